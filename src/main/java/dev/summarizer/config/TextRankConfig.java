package dev.summarizer.config;

import io.smallrye.config.WithDefault;

/**
 * Sentence ranking: TextRank over a sparse similarity graph with news priors; see TextRankSummarizer and
 * SentencePriors for the method and src/docs/summary-evaluation.md for the measurements behind the defaults.
 */
public interface TextRankConfig {
    /** PageRank damping factor d (Mihalcea and Tarau use 0.85). */
    @WithDefault("0.85")
    double damping();

    /** Power iteration stops when the L1 change of the scores falls below this. */
    @WithDefault("1.0E-6")
    double tolerance();

    /** Power iteration stops after this many rounds even if not converged. */
    @WithDefault("100")
    int maxIterations();

    /** Largest number of neighbours kept per sentence, so the graph stays sparse on long texts. */
    @WithDefault("50")
    int maxNeighbours();

    /**
     * Edge weight: {@code overlap} (Mihalcea and Tarau 2004), {@code cosine} (tf-idf) or {@code bm25}
     * (Barrios et al. 2016).
     */
    @WithDefault("overlap")
    String similarity();

    /**
     * Share of the teleport vector that favours early sentences, proportional to 1/(position+1)
     * (0 = uniform teleport as in plain TextRank).
     */
    @WithDefault("0.5")
    double positionBias();

    /**
     * Factor on the weight of an edge from a sentence to a later one (1 = undirected TextRank, 0 = sentences
     * endorse only earlier sentences, as in PacSum).
     */
    @WithDefault("0.0")
    double forwardWeight();

    /** Exponent w of the position factor (position+1)^-w on the final score (0 = none). */
    @WithDefault("1.0")
    double positionWeight();

    /** Content terms a sentence may have before the compactness factor lowers its score. */
    @WithDefault("15")
    int lengthTarget();

    /** Rate of the compactness factor exp(-penalty * (terms - target) / target) (0 = none). */
    @WithDefault("2.0")
    double lengthPenalty();

    /** Share of the teleport vector given to sentences that repeat the title's terms, when a title is sent. */
    @WithDefault("0.1")
    double titleBias();

    /** Largest share of the document a summary may cover with the position and length priors in full. */
    @WithDefault("0.25")
    double priorFullCoverage();

    /** Share of the document from which on a summary is ranked by plain TextRank (priors faded out). */
    @WithDefault("0.4")
    double priorNoneCoverage();

    /** Factor on the score of a question (form prior; 1 = none). */
    @WithDefault("1.0")
    double questionFactor();

    /** Factor on the score of a sentence that opens with a quotation mark (form prior; 1 = none). */
    @WithDefault("1.0")
    double quoteFactor();

    /** Sentences with fewer words than this get {@code short-factor} (form prior; 0 = none). */
    @WithDefault("0")
    int shortWords();

    /** Factor on the score of a sentence with fewer than {@code short-words} words (form prior; 1 = none). */
    @WithDefault("1.0")
    double shortFactor();
}
