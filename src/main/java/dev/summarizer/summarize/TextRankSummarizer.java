package dev.summarizer.summarize;

import java.util.List;

/**
 * Ranks sentences by TextRank (Mihalcea and Tarau, "TextRank: Bringing Order into Texts", EMNLP 2004): sentences
 * are the vertices of a weighted similarity graph and their score is the stationary distribution of a random
 * walk over it (PageRank by power iteration, damping {@code d}, stopped at an L1 change below {@code tolerance}).
 *
 * <p><b>Similarity.</b> Cosine of sublinear tf-idf vectors over stemmed content words (stop words removed), with
 * idf computed over the sentences of the document itself. Barrios et al. ("Variations of the Similarity Function
 * of TextRank for Automated Summarization", 2016) found tf-idf cosine and BM25 clearly ahead of the original
 * word-overlap measure; cosine also needs no length normalisation of its own, and a term that occurs in every
 * sentence gets idf 0 and links nothing, which keeps repeated boilerplate from dominating the graph.
 *
 * <p><b>Position prior.</b> The teleport vector of the walk (personalised PageRank, as in PositionRank, Florescu
 * and Caragea 2017) mixes the uniform vector with one proportional to {@code 1/(position+1)}: the share
 * {@code positionBias} of 0 gives plain TextRank, news articles profit from a positive share because they put
 * the essentials first.
 *
 * <p>Deterministic: no iteration over hash order, and the graph is the same for the same input. Thread-safe:
 * immutable; each call works on its own arrays.
 */
public final class TextRankSummarizer {

    /** The tunables; see {@code summarizer.textrank.*} in the configuration. */
    public record Parameters(double damping, double tolerance, int maxIterations, int maxNeighbours,
            double positionBias) {

        public Parameters {
            if (damping < 0 || damping >= 1) {
                throw new IllegalArgumentException("damping must be in [0, 1): " + damping);
            }
            if (positionBias < 0 || positionBias > 1) {
                throw new IllegalArgumentException("positionBias must be in [0, 1]: " + positionBias);
            }
            if (tolerance <= 0 || maxIterations < 1 || maxNeighbours < 1) {
                throw new IllegalArgumentException("tolerance, maxIterations and maxNeighbours must be positive");
            }
        }
    }

    private final Parameters parameters;

    public TextRankSummarizer(Parameters parameters) {
        this.parameters = parameters;
    }

    /**
     * Scores each sentence; the scores are positive and sum to 1.
     *
     * @param sentenceTerms the content terms of each sentence, in document order
     */
    public double[] rank(List<List<String>> sentenceTerms) {
        int n = sentenceTerms.size();
        // Why: no graph to walk with fewer than two sentences.
        if (n == 0) {
            return new double[0];
        }
        if (n == 1) {
            return new double[] {1.0};
        }
        SimilarityGraph graph = SimilarityGraph.build(sentenceTerms, parameters.maxNeighbours());
        return pageRank(graph, teleport(n));
    }

    /** Mixture of the uniform distribution and one proportional to 1/(position+1). */
    private double[] teleport(int n) {
        double harmonic = 0;
        for (int i = 0; i < n; i++) {
            harmonic += 1.0 / (i + 1);
        }
        double bias = parameters.positionBias();
        double[] teleport = new double[n];
        for (int i = 0; i < n; i++) {
            teleport[i] = (1 - bias) / n + bias * (1.0 / (i + 1)) / harmonic;
        }
        return teleport;
    }

    private double[] pageRank(SimilarityGraph graph, double[] teleport) {
        int n = graph.size();
        double[] outWeight = new double[n];
        for (int i = 0; i < n; i++) {
            for (int e = graph.rowStart(i); e < graph.rowEnd(i); e++) {
                outWeight[i] += graph.weight(e);
            }
        }
        double d = parameters.damping();
        double[] scores = teleport.clone();
        double[] next = new double[n];
        for (int iteration = 0; iteration < parameters.maxIterations(); iteration++) {
            // Why: a sentence with no edges would leak its score; it goes back through the teleport vector.
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (outWeight[i] == 0) {
                    dangling += scores[i];
                }
            }
            for (int i = 0; i < n; i++) {
                next[i] = (1 - d + d * dangling) * teleport[i];
            }
            for (int i = 0; i < n; i++) {
                if (outWeight[i] == 0) {
                    continue;
                }
                double share = d * scores[i] / outWeight[i];
                for (int e = graph.rowStart(i); e < graph.rowEnd(i); e++) {
                    next[graph.neighbour(e)] += share * graph.weight(e);
                }
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                change += Math.abs(next[i] - scores[i]);
            }
            double[] swap = scores;
            scores = next;
            next = swap;
            if (change < parameters.tolerance()) {
                break;
            }
        }
        return scores;
    }
}
