package dev.summarizer.api.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A summarisation request. Only {@code text} is required. */
@Schema(name = "SummaryRequest", description = "An article to summarise, and how.")
public record SummaryRequest(
        @Schema(required = true, description = "The article text (plain text, UTF-8). Longer than "
                + "summarizer.limits.max-chars (default 200,000 characters) is rejected with 413, never cut.")
        @NotBlank(message = "must not be blank")
        String text,

        @Schema(description = "The headline, if you have it.", maxLength = TITLE_MAX)
        @Size(max = TITLE_MAX, message = "must be at most {max} characters")
        String title,

        @Schema(description = "Summary length, in exactly one unit. Default: 3 sentences.")
        @Valid
        LengthSpec length,

        @Schema(type = SchemaType.STRING, enumeration = {"document", "rank"}, defaultValue = "document",
                description = "Order of the summary sentences: as in the article, or best first.")
        SummaryOrder order,

        @Schema(description = "Which entities to return.")
        @Valid
        EntityOptions entities,

        @Schema(description = "Redundancy control (Maximal Marginal Relevance): 0 takes sentences in rank order; "
                + "higher values trade rank for novelty, so near-duplicate sentences are left out. Default: "
                + "summarizer.defaults.diversity (0).", minimum = "0", maximum = "1", example = "0.3")
        @DecimalMin(value = "0", message = "must be at least 0")
        @DecimalMax(value = "1", message = "must be at most 1")
        Double diversity) {

    public static final int TITLE_MAX = 1000;
}
