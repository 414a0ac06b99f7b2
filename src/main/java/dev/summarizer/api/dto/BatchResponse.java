package dev.summarizer.api.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.summarizer.api.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One result or problem per document, in request order. */
@Schema(name = "BatchResponse")
public record BatchResponse(
        @Schema(description = "One entry per document, in request order.") List<Item> results,
        @Schema(description = "How many documents succeeded and failed.", example = "{\"succeeded\": 2, "
                + "\"failed\": 1, \"processingMs\": 15}") Counts counts) {

    /** A document's outcome: status 200 with a result, or a 4xx/5xx status with a problem. */
    @Schema(name = "BatchItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            @Schema(description = "The document's id (or position).", example = "a1") String id,
            @Schema(description = "HTTP status this document alone would have got.", example = "200") int status,
            @Schema(description = "The analysis, when status is 200.") SummaryResponse result,
            @Schema(description = "The problem, when status is not 200.") Problem problem) {
    }

    /** Totals. */
    @Schema(name = "BatchCounts")
    public record Counts(int succeeded, int failed, long processingMs) {
    }
}
