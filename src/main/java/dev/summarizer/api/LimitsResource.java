package dev.summarizer.api;

import java.util.List;

import dev.summarizer.api.dto.EntityOptions;
import dev.summarizer.api.dto.SummaryRequest;
import dev.summarizer.config.SummarizerConfig;
import dev.summarizer.nlp.NlpModels;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /v1/limits}: every limit and default a caller must respect, stated up front. */
@Path("/v1/limits")
@Tag(name = "Service")
public class LimitsResource {

    /** The published limits. */
    @Schema(name = "Limits")
    public record Limits(
            @Schema(description = "Longest text, in UTF-16 code units (413 above).") int maxChars,
            @Schema(description = "Largest request body in bytes (413 above).") long maxBodyBytes,
            @Schema(description = "Most documents in one batch.") int maxBatchDocuments,
            @Schema(description = "Largest batch body in bytes.") long maxBatchBodyBytes,
            @Schema(description = "Longest analysis before a 503, in milliseconds.") long deadlineMs,
            @Schema(description = "Largest entities.max.") int maxEntities,
            @Schema(description = "Longest title.") int maxTitleChars,
            @Schema(description = "Default summary length in sentences.") int defaultSentences,
            @Schema(description = "Default number of entities.") int defaultEntities,
            @Schema(description = "Languages whose text is split and ranked with their own models (ISO 639-1).")
            List<String> summaryLanguages,
            @Schema(description = "Languages whose entities are found.") List<String> entityLanguages,
            @Schema(description = "Unit of every offset and length.") String offsetUnit) {
    }

    private final Limits limits;

    public LimitsResource(SummarizerConfig config, NlpModels models) {
        SummarizerConfig.Limits l = config.limits();
        this.limits = new Limits(l.maxChars(), l.maxBodyBytes(), l.maxBatchDocuments(), l.maxBatchBodyBytes(),
                l.deadline().toMillis(), EntityOptions.MAX, SummaryRequest.TITLE_MAX, config.defaults().sentences(),
                config.defaults().entities(), models.languages(), List.of("en"), "utf-16");
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The service's limits and defaults")
    public Limits limits() {
        return limits;
    }
}
