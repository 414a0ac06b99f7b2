package dev.summarizer.summarize;

import java.util.List;

/**
 * Why one sentence scored what it did.
 *
 * <p>The score is split into three parts that add up to it, by where the random walk restarted before reaching
 * the sentence: {@code centrality} (uniform restarts: the sentence is reached because other sentences share its
 * terms), {@code leadPrior} (restarts at the start of the article) and {@code titlePrior} (restarts at sentences
 * repeating the title). The position, compactness and form (question, opening quote, short) factors multiply
 * every part; they are given as they are.
 *
 * @param index the sentence's position in the document, from 0
 * @param terms the terms (stems) it shares with the sentences that endorse it, each with its share of the
 *     endorsement received (strongest first)
 * @param endorsedBy the sentences that send it the most score through the graph, each with its share
 */
public record ScoreExplanation(int index, double score, double centrality, double leadPrior, double titlePrior,
        double positionFactor, double lengthFactor, double formFactor, List<TermShare> terms, List<Endorsement> endorsedBy) {

    /** A shared term and its share, in [0, 1], of the endorsement a sentence receives. */
    public record TermShare(String term, double share) {
    }

    /** An endorsing sentence and its share, in [0, 1], of the endorsement a sentence receives. */
    public record Endorsement(int sentence, double share) {
    }
}
