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
    OVERLAP,
    /**
     * Okapi BM25 (Barrios et al. 2016): the edge from sentence i to sentence j weighs sentence j as a document
     * retrieved by the distinct terms of sentence i as a query, {@code sum idf(t) tf(t,j)(k1+1) / (tf(t,j) +
     * k1(1 - b + b |Sj|/avg|S|))}, k1 = 1.2, b = 0.75, idf = {@code log(1 + (N - n + 0.5)/(n + 0.5))} over the
     * document's own sentences (the Lucene form, never negative, instead of Barrios' epsilon floor). Not
     * symmetric.
     */
    BM25
}
