package dev.summarizer.api;

import java.util.Arrays;
import java.util.List;

import dev.summarizer.api.dto.EntityOptions;
import dev.summarizer.api.dto.IncludeOption;
import dev.summarizer.api.dto.KeyphraseOptions;
import dev.summarizer.api.dto.SummaryRequest;
import dev.summarizer.config.LimitsConfig;
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
            @Schema(description = "Longest text, in UTF-16 code units (413 above).", example = "200000") int maxChars,
            @Schema(description = "Largest request body in bytes (413 above).", example = "2097152")
            long maxBodyBytes,
            @Schema(description = "Most documents in one batch (413 above).", example = "25") int maxBatchDocuments,
            @Schema(description = "Largest batch body in bytes (413 above).", example = "8388608")
            long maxBatchBodyBytes,
            @Schema(description = "Longest analysis before a 503, in milliseconds.", example = "10000")
            long deadlineMs,
            @Schema(description = "Largest entities.max.", example = "1000") int maxEntities,
            @Schema(description = "Largest keyphrases.max.", example = "100") int maxKeyphrases,
            @Schema(description = "Longest title.", example = "1000") int maxTitleChars,
            @Schema(description = "Default summary length in sentences.", example = "3") int defaultSentences,
            @Schema(description = "Default number of entities.", example = "1000") int defaultEntities,
            @Schema(description = "Default number of key phrases.", example = "10") int defaultKeyphrases,
            @Schema(description = "Default diversity (MMR), 0..1.", example = "0") double defaultDiversity,
            @Schema(description = "Languages whose text is split and ranked with their own models (ISO 639-1).",
                    example = "[\"de\", \"en\", \"fr\"]") List<String> summaryLanguages,
            @Schema(description = "Languages whose entities are found.", example = "[\"en\"]")
            List<String> entityLanguages,
            @Schema(description = "Optional parts of the answer that include can ask for.",
                    example = "[\"explanations\"]") List<String> includeOptions,
            @Schema(description = "Unit of every offset and length.", example = "utf-16") String offsetUnit) {
    }

    private final Limits limits;

    public LimitsResource(SummarizerConfig config, NlpModels models) {
        LimitsConfig l = config.limits();
        this.limits = new Limits(l.maxChars(), l.maxBodyBytes(), l.maxBatchDocuments(), l.maxBatchBodyBytes(),
                l.deadline().toMillis(), EntityOptions.MAX, KeyphraseOptions.MAX, SummaryRequest.TITLE_MAX,
                config.defaults().sentences(), config.defaults().entities(), config.keyphrases().defaultMax(),
                config.defaults().diversity(), models.languages(), List.of("en"),
                Arrays.stream(IncludeOption.values()).map(IncludeOption::wireName).toList(), "utf-16");
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The service's limits and defaults")
    public Limits limits() {
        return limits;
    }
}
