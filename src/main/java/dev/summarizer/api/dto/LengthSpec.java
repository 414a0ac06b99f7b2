package dev.summarizer.api.dto;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Summary length: exactly one of the four units. */
@ExactlyOneUnit
@Schema(name = "Length", description = "Exactly one of sentences, ratio, words, characters. The summary always "
        + "ends on a sentence boundary and is never empty when the text has a sentence.",
        example = "{\"sentences\": 3}")
public record LengthSpec(
        @Schema(description = "Number of sentences.", minimum = "1", example = "3")
        @Positive(message = "must be at least 1")
        Integer sentences,

        @Schema(description = "Share of the article's sentences (rounded, at least one).", minimum = "0",
                exclusiveMinimum = true, maximum = "1", example = "0.2")
        @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @DecimalMax(value = "1", message = "must be at most 1")
        Double ratio,

        @Schema(description = "Most words in the summary.", minimum = "1", example = "100")
        @Positive(message = "must be at least 1")
        Integer words,

        @Schema(description = "Most characters in the summary text.", minimum = "1", example = "600")
        @Positive(message = "must be at least 1")
        Integer characters) {

    /** How many units are given. */
    int unitCount() {
        int count = 0;
        for (Object unit : new Object[] {sentences, ratio, words, characters}) {
            if (unit != null) {
                count++;
            }
        }
        return count;
    }
}
