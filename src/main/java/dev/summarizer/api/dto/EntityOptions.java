package dev.summarizer.api.dto;

import java.util.List;

import dev.summarizer.entities.EntityType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which entities to return. */
@Schema(name = "EntityOptions", example = "{\"max\": 15, \"types\": [\"PERSON\", \"LOCATION\", \"ORGANIZATION\"]}")
public record EntityOptions(
        @Schema(description = "Most entities to return, most salient first; 0 turns entities off. "
                + "Default: all that are found (at most 1,000); a warning says when this number cut the list.",
                minimum = "0", maximum = "" + MAX, defaultValue = "" + MAX)
        @Min(value = 0, message = "must be at least 0")
        @Max(value = MAX, message = "must be at most {value}")
        Integer max,

        @Schema(description = "Entity types to return. Default: all.")
        @Size(min = 1, message = "must name at least one type (use max 0 to turn entities off)")
        List<@NotNull(message = "must not be null") EntityType> types) {

    public static final int MAX = 1000;
}
