package dev.summarizer.analysis;

import java.util.List;

import dev.summarizer.entities.Entity;
import dev.summarizer.keyphrases.Keyphrase;

/**
 * The result of analysing one document.
 *
 * @param summary chosen sentences, in the order asked for
 * @param sentences every sentence of the document
 * @param scores TextRank score of every sentence
 * @param ranks rank (1 = best) of every sentence
 */
public record Analysis(List<SummarySentence> summary, List<Sentence> sentences, double[] scores, int[] ranks,
        List<Entity> entities, List<Keyphrase> keyphrases, LanguageResolver.Resolved language, int words,
        List<String> warnings) {

    /** One chosen sentence with its place in the document and in the ranking, and why (null unless asked). */
    public record SummarySentence(int index, int rank, double score, int start, int end, Explanation explanation) {
    }
}
