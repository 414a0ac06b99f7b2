package dev.summarizer.api.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The analysis of one article. */
@Schema(name = "SummaryResponse", description = "Summary, key entities, language, statistics and warnings. "
        + "Every offset and length counts UTF-16 code units (Java and JavaScript string indices) of the text sent.")
public record SummaryResponse(
        @Schema(description = "The extractive summary.") Summary summary,
        @Schema(description = "Key entities, most salient first.") List<EntityView> entities,
        @Schema(description = "Key phrases, best first (TextRank over words).") List<KeyphraseView> keyphrases,
        @Schema(description = "Detected language.") LanguageView language,
        @Schema(description = "Sizes and timing.") Stats stats,
        @Schema(description = "Things the caller should know, e.g. an assumed language. Empty when all is well.")
        List<String> warnings,
        @Schema(description = "Only for HTML input: the text extracted from the page, which offsets refer to.")
        @JsonInclude(JsonInclude.Include.NON_NULL) Source source,
        @Schema(description = "What identifies this answer.") Meta meta) {

    /** The analysed text when it was extracted from HTML. */
    @Schema(name = "Source")
    public record Source(
            @Schema(example = "text/html") String contentType,
            @Schema(description = "The extracted text; every offset refers to it.") String text,
            @Schema(description = "The page title, if it has one.") String title) {
    }

    /** Identity of the input and of the answer. */
    @Schema(name = "Meta")
    public record Meta(
            @Schema(description = "SHA-256 (hex) of the text's UTF-8 bytes.") String inputSha256,
            @Schema(description = "Entity tag of the answer, also sent as the ETag header: equal for equal text, "
                    + "options and service configuration.") String etag,
            @Schema(description = "Unit of every offset and length.", example = "utf-16") String offsetUnit) {
    }

    /** The chosen sentences and their joined text. */
    @Schema(name = "Summary")
    public record Summary(
            @Schema(description = "The summary sentences joined by single spaces, in the requested order.")
            String text,
            @Schema(description = "The summary sentences.") List<SentenceView> sentences) {
    }

    /** One summary sentence. */
    @Schema(name = "SummarySentence")
    public record SentenceView(
            @Schema(description = "Position of the sentence in the article, from 0.", example = "0") int index,
            @Schema(description = "Rank among all sentences of the article, 1 is the most central.", example = "1")
            int rank,
            @Schema(description = "TextRank score; the scores of all sentences add up to 1.", example = "0.142")
            double score,
            @Schema(description = "Start of the sentence in the text (UTF-16 code units).", example = "0")
            int offset,
            @Schema(description = "Length of the sentence (UTF-16 code units).", example = "118") int length,
            @Schema(description = "The sentence, exactly text.substring(offset, offset + length).") String text,
            @Schema(description = "Why the sentence was chosen; only with include=explanations.")
            @JsonInclude(JsonInclude.Include.NON_NULL) ExplanationView explanation) {
    }

    /** Why a summary sentence was chosen. */
    @Schema(name = "Explanation", description = "The score is the stationary probability of a random walk over "
            + "the sentence graph that restarts either anywhere, at the start of the article, or at sentences "
            + "repeating the title, times a position, a compactness and a form factor. centrality + leadPrior + titlePrior "
            + "= score: the part of the score owed to each kind of restart.")
    public record ExplanationView(
            @Schema(description = "Part of the score owed to the graph: other sentences share its words.",
                    example = "0.061") double centrality,
            @Schema(description = "Part of the score owed to the lead prior (news puts the essentials first).",
                    example = "0.031") double leadPrior,
            @Schema(description = "Part of the score owed to the title prior; 0 without a title.", example = "0")
            double titlePrior,
            @Schema(description = "Multiplier for the sentence's position (1 = none), inside the parts above.",
                    example = "0.5") double positionFactor,
            @Schema(description = "Multiplier for compactness (1 = none), inside the parts above.", example = "1")
            double lengthFactor,
            @Schema(description = "Multiplier for the sentence's form: a question, an opening quotation or a very "
                    + "short sentence is rarely the news itself (1 = none), inside the parts above.", example = "1")
            double formFactor,
            @Schema(description = "Words it shares with the sentences that endorse it, as written in the sentence, "
                    + "each with its share of the endorsement the sentence receives.") List<TermView> terms,
            @Schema(description = "The sentences that endorse it most, each with its share of the endorsement.")
            List<EndorsementView> endorsedBy,
            @Schema(description = "Names of the returned key entities that the sentence mentions, most salient "
                    + "first.", example = "[\"Vladimir Putin\", \"North Korea\"]") List<String> entities) {
    }

    /** A word that made a sentence central. */
    @Schema(name = "ExplanationTerm")
    public record TermView(
            @Schema(example = "treaty") String text,
            @Schema(description = "Share of the endorsement received, 0..1.", example = "0.18") double share) {
    }

    /** A sentence that endorses a summary sentence. */
    @Schema(name = "Endorsement")
    public record EndorsementView(
            @Schema(description = "Index of the endorsing sentence.", example = "4") int index,
            @Schema(description = "Share of the endorsement received, 0..1.", example = "0.27") double share) {
    }

    /** A key entity. */
    @Schema(name = "Entity")
    public record EntityView(
            @Schema(description = "The fullest form of the name.", example = "Vladimir Putin") String name,
            @Schema(description = "PERSON, LOCATION or ORGANIZATION.", example = "PERSON") String type,
            @Schema(description = "How central the entity is to the article, 0..1; all entities of the article "
                    + "add up to 1. From mention count, position and the centrality of the mentioning sentences.",
                    example = "0.21") double salience,
            @Schema(description = "Number of mentions.", example = "5") int count,
            @Schema(description = "Every form the name appears under, in order of first use.") List<String> aliases,
            @Schema(description = "Every mention, in document order.") List<MentionView> mentions) {
    }

    /** One mention of an entity. */
    @Schema(name = "Mention")
    public record MentionView(
            @Schema(description = "Start in the text (UTF-16 code units).", example = "812") int offset,
            @Schema(description = "Length (UTF-16 code units).", example = "14") int length,
            @Schema(description = "Index of the sentence holding the mention.", example = "5") int sentence,
            @Schema(description = "The mention as written.", example = "Vladimir Putin") String text) {
    }

    /** A key phrase. */
    @Schema(name = "Keyphrase")
    public record KeyphraseView(
            @Schema(description = "The phrase, in its most frequent form in the text.", example = "defense agreement")
            String text,
            @Schema(description = "Sum of its words' TextRank scores (word scores add up to 1).", example = "0.06")
            double score,
            @Schema(description = "Occurrences, counting those inside longer phrases.", example = "3") int count) {
    }

    /** The detected language. */
    @Schema(name = "Language")
    public record LanguageView(
            @Schema(description = "ISO 639-1 code (ISO 639-3 where there is none).", example = "en") String code,
            @Schema(description = "Detector confidence in this language, 0..1 (0 when it was assumed, or requested "
                    + "and not what the detector saw).", example = "0.98") double confidence,
            @Schema(description = "How it was chosen: detected, requested, or assumed (text too short to tell).",
                    example = "detected") String source) {
    }

    /** Sizes of the input and the time taken. */
    @Schema(name = "Stats")
    public record Stats(
            @Schema(description = "Length of the text in UTF-16 code units.", example = "2851") int characters,
            @Schema(description = "Tokens holding a letter or digit.", example = "470") int words,
            @Schema(description = "Sentences found.", example = "19") int sentences,
            @Schema(description = "Time spent analysing, in milliseconds.", example = "12") long processingMs) {
    }
}
