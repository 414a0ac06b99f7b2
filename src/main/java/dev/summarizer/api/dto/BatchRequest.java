package dev.summarizer.api.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Several articles at once. Each document is validated and answered on its own (partial success); options a
 * document leaves out come from {@code defaults}.
 */
@Schema(name = "BatchRequest", description = "Up to summarizer.limits.max-batch-documents (default 25) articles.")
public record BatchRequest(
        @Schema(description = "Options for every document that does not set its own.") @Valid Defaults defaults,
        @Schema(required = true, description = "The articles; each answers with its own result or problem.")
        @NotNull(message = "must be given") @Size(min = 1, message = "must hold at least one document")
        List<@NotNull(message = "must not be null") Document> documents) {

    /** Shared options. */
    @Schema(name = "BatchDefaults")
    public record Defaults(@Valid LengthSpec length, SummaryOrder order, @Valid EntityOptions entities,
            @Valid KeyphraseOptions keyphrases, String language, Double diversity, List<IncludeOption> include) {
    }

    /** One article of a batch; fields as in SummaryRequest, plus an id echoed in the result. */
    @Schema(name = "BatchDocument")
    public record Document(
            @Schema(description = "Echoed in the result; the document's position if absent.", example = "a1")
            String id,
            @Schema(required = true, description = "The article text.") String text,
            String title, LengthSpec length, SummaryOrder order, EntityOptions entities, KeyphraseOptions keyphrases,
            String language, String contentType, Double diversity, List<IncludeOption> include) {

        /** This document as a single request, its missing options taken from the defaults. */
        public SummaryRequest withDefaults(Defaults defaults) {
            Defaults shared = defaults == null ? new Defaults(null, null, null, null, null, null, null) : defaults;
            return new SummaryRequest(text, title, length != null ? length : shared.length(),
                    order != null ? order : shared.order(), entities != null ? entities : shared.entities(),
                    keyphrases != null ? keyphrases : shared.keyphrases(),
                    language != null ? language : shared.language(), contentType,
                    diversity != null ? diversity : shared.diversity(), include != null ? include : shared.include());
        }
    }
}
