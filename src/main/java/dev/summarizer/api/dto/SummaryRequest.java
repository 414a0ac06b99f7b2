package dev.summarizer.api.dto;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

        @Schema(description = "How many key phrases to return.")
        @Valid
        KeyphraseOptions keyphrases,

        @Schema(description = "Language of the text: 'auto' (default) to detect it, or an ISO 639-1 code from "
                + "GET /v1/limits (summaryLanguages), which is also used when the text is too short to tell.",
                example = "auto", defaultValue = "auto")
        @Pattern(regexp = "auto|[a-z]{2,3}", message = "must be 'auto' or an ISO 639-1 code")
        String language,

        @Schema(description = "What text holds: plain text, or an HTML page whose boilerplate (navigation, "
                + "scripts, footers) is removed before analysis; offsets then refer to source.text.",
                enumeration = {"text/plain", "text/html"}, defaultValue = "text/plain")
        @Pattern(regexp = "text/plain|text/html", message = "must be text/plain or text/html")
        String contentType,


        @Schema(description = "Redundancy control (Maximal Marginal Relevance): 0 takes sentences in rank order; "
                + "higher values trade rank for novelty, so near-duplicate sentences are left out. Default: "
                + "summarizer.defaults.diversity (0).", minimum = "0", maximum = "1", example = "0.3")
        @DecimalMin(value = "0", message = "must be at least 0")
        @DecimalMax(value = "1", message = "must be at most 1")
        Double diversity,

        @Schema(description = "Optional parts of the answer. 'explanations' adds to each summary sentence why it "
                + "was chosen: the parts of its score (centrality, lead prior, title prior), the position and "
                + "compactness factors, the words it shares with the sentences that endorse it, those sentences, and "
                + "the key entities it mentions. Also accepted as the query parameter include=explanations.",
                example = "[\"explanations\"]")
        List<@NotNull(message = "must not be null") IncludeOption> include) {

    public static final int TITLE_MAX = 1000;

    /** True if text is an HTML page. */
    public boolean isHtml() {
        return "text/html".equals(contentType);
    }

    /** The same request for other text, as after HTML extraction. */
    public SummaryRequest withText(String newText, String newTitle) {
        return new SummaryRequest(newText, newTitle, length, order, entities, keyphrases, language, "text/plain",
                diversity, include);
    }

    /** The same request with more optional parts asked for (from the query string). */
    public SummaryRequest including(Collection<IncludeOption> more) {
        if (more.isEmpty()) {
            return this;
        }
        Set<IncludeOption> all = EnumSet.noneOf(IncludeOption.class);
        if (include != null) {
            all.addAll(include);
        }
        all.addAll(more);
        return new SummaryRequest(text, title, length, order, entities, keyphrases, language, contentType, diversity,
                List.copyOf(all));
    }

    /** True if the answer should carry this optional part. */
    public boolean includes(IncludeOption option) {
        return include != null && include.contains(option);
    }
}
