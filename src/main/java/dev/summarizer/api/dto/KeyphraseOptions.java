package dev.summarizer.api.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many key phrases to return. */
@Schema(name = "KeyphraseOptions", example = "{\"max\": 10}")
public record KeyphraseOptions(
        @Schema(description = "Most key phrases, best first; 0 turns them off.", minimum = "0",
                maximum = "" + MAX, defaultValue = "10")
        @Min(value = 0, message = "must be at least 0")
        @Max(value = MAX, message = "must be at most {value}")
        Integer max) {

    public static final int MAX = 100;
}
