package dev.summarizer.summarize;

import java.util.List;

/**
 * Ranks sentences by TextRank (Mihalcea and Tarau, "TextRank: Bringing Order into Texts", EMNLP 2004): sentences
 * are the vertices of a weighted similarity graph and their score is the stationary distribution of a random
 * walk over it (PageRank by power iteration, damping {@code d}, stopped at an L1 change below {@code tolerance}).
 *
 * <p><b>Similarity.</b> {@link Similarity#OVERLAP}, the original TextRank measure, or tf-idf
 * {@link Similarity#COSINE} (Barrios et al. 2016), over stemmed content words (stop words removed). The graph is
 * sparse ({@link SimilarityGraph}): only sentences that share a term are compared, and each keeps its
 * {@code maxNeighbours} strongest edges, so long inputs cost time and memory linear in their sentences.
 *
 * <p><b>Priors.</b> News puts the essentials first, and pure centrality loses about 9 ROUGE-1 points to the first
 * three sentences on CNN/DailyMail. {@link SentencePriors} adds a lead prior to the teleport vector
 * (personalised PageRank, as in PositionRank, Florescu and Caragea 2017), directs the edges so that a sentence
 * mainly endorses earlier ones (position-aware centrality, PacSum, Zheng and Lapata 2019), multiplies the score
 * by a position factor, a compactness factor and a form factor (questions, quotations and short hooks rarely
 * state the news), and can send part of the teleport to sentences that repeat the
 * title. Their strength depends on how much of the document the summary covers (this coverage rule is the
 * project's own, not from the literature; see {@link SentencePriors}); redundancy is handled at selection by MMR
 * (Carbonell and Goldstein 1998, {@link SummarySelector}). The defaults and the dev-set measurements behind each
 * choice are in {@code src/docs/summary-evaluation.md}.
 *
 * <p>References: R. Mihalcea and P. Tarau, EMNLP 2004; F. Barrios, F. Lopez, L. Argerich and R. Wachenchauzer,
 * "Variations of the Similarity Function of TextRank for Automated Summarization", 2016; C. Florescu and
 * C. Caragea, "PositionRank", ACL 2017; H. Zheng and M. Lapata, "Sentence Centrality Revisited for
 * Unsupervised Summarization" (PacSum), ACL 2019; J. Carbonell and J. Goldstein, "The Use of MMR,
 * Diversity-Based Reranking for Reordering Documents and Producing Summaries", SIGIR 1998.
 *
 * <p>Deterministic: no iteration over hash order, and the graph is the same for the same input. Thread-safe:
 * immutable; each call works on its own arrays.
 */
public final class TextRankSummarizer {

    /** The tunables; see {@code summarizer.textrank.*} in the configuration. */
    public record Parameters(double damping, double tolerance, int maxIterations, int maxNeighbours,
            Similarity similarity, SentencePriors priors) {

        public Parameters {
            if (damping < 0 || damping >= 1) {
                throw new IllegalArgumentException("damping must be in [0, 1): " + damping);
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

    /** Scores each sentence with no title and the priors in full; the scores are positive and sum to 1. */
    public double[] rank(List<List<String>> sentenceTerms) {
        return rank(sentenceTerms, List.of(), 0);
    }

    /**
     * Scores each sentence; the scores are positive and sum to 1.
     *
     * @param sentenceTerms the content terms of each sentence, in document order
     * @param titleTerms the content terms of the title (empty if there is none)
     * @param coverage the share of the document the summary will keep, in [0, 1] (sets the priors' strength)
     */
    public double[] rank(List<List<String>> sentenceTerms, List<String> titleTerms, double coverage) {
        return rank(sentenceTerms, titleTerms, coverage, null);
    }

    /**
     * Scores each sentence; the scores are positive and sum to 1.
     *
     * @param sentenceTerms the content terms of each sentence, in document order
     * @param titleTerms the content terms of the title (empty if there is none)
     * @param coverage the share of the document the summary will keep, in [0, 1] (sets the priors' strength)
     * @param forms the surface form of each sentence for the form prior, or null for none
     */
    public double[] rank(List<List<String>> sentenceTerms, List<String> titleTerms, double coverage,
            List<SentenceForm> forms) {
        return ranking(sentenceTerms, titleTerms, coverage, forms).scores();
    }

    /**
     * Scores each sentence like {@link #rank(List, List, double, List)}, keeping what is needed to explain a
     * score ({@link Ranking#explain}).
     */
    public Ranking ranking(List<List<String>> sentenceTerms, List<String> titleTerms, double coverage,
            List<SentenceForm> forms) {
        int n = sentenceTerms.size();
        SentencePriors priors = parameters.priors();
        double strength = priors.strength(coverage);
        SimilarityGraph graph = SimilarityGraph.build(sentenceTerms, parameters.maxNeighbours(),
                parameters.similarity());
        double[] title = TitlePrior.of(sentenceTerms, titleTerms);
        double[][] teleportParts = priors.teleportParts(n, title, strength);
        SentenceWalk walk = new SentenceWalk(graph, priors.forward(strength), parameters.damping());
        double[] scores;
        // Why: no graph to walk with fewer than two sentences.
        if (n < 2) {
            scores = n == 0 ? new double[0] : new double[] {1.0};
        } else {
            scores = pageRank(walk, SentencePriors.teleport(teleportParts));
            priors.apply(scores, sentenceTerms, forms, strength);
        }
        return new Ranking(scores, sentenceTerms, forms, walk, teleportParts, strength, parameters);
    }

    private double[] pageRank(SentenceWalk walk, double[] teleport) {
        double d = walk.damping();
        return SentenceWalk.iterate(teleport, (scores, next) -> {
            // Why: a sentence with no (outgoing) edges would leak its score; it goes back through the teleport.
            double dangling = 0;
            for (int i = 0; i < scores.length; i++) {
                if (walk.isDangling(i)) {
                    dangling += scores[i];
                }
            }
            for (int i = 0; i < scores.length; i++) {
                next[i] = (1 - d + d * dangling) * teleport[i];
            }
            walk.spread(scores, next);
        }, parameters.maxIterations(), parameters.tolerance());
    }
}
