package dev.summarizer.summarize;

/** How the edge weight between two sentences of the TextRank graph is measured. */
public enum Similarity {
    /**
     * Cosine of sublinear tf-idf vectors, idf over the document's own sentences (Barrios et al., "Variations of
     * the Similarity Function of TextRank for Automated Summarization", 2016).
     */
    COSINE,
    /**
     * The original TextRank measure (Mihalcea and Tarau 2004): distinct shared terms over
     * {@code log(1+|Si|) + log(1+|Sj|)} ({@code |S|} = content terms; the +1 keeps a one-term sentence from
     * dividing by zero). It grows with sentence length, so it favours long, content-rich sentences.
     */
    OVERLAP
}
