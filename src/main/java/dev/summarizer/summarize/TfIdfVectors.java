package dev.summarizer.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sublinear tf-idf vectors of the sentences and the inverted index over them; for the overlap measure every
 * weight is 1 and the "norm" is {@code log(1 + number of terms)}; for BM25 a sentence's own (query) weights
 * are 1 and its posting (document) weights are the BM25 term weights.
 */
final class TfIdfVectors {
    private final int[][] terms;
    private final double[][] weights;
    private final double[][] documentWeights;
    private final double[] norms;
    private final int[][] postingSentences;
    private final double[][] postingWeights;
    private final String[] vocabulary;

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private TfIdfVectors(int[][] terms, double[][] weights, double[][] documentWeights, double[] norms,
            int[][] postingSentences, double[][] postingWeights, String[] vocabulary) {
        this.vocabulary = vocabulary;
        this.terms = terms;
        this.weights = weights;
        this.documentWeights = documentWeights;
        this.norms = norms;
        this.postingSentences = postingSentences;
        this.postingWeights = postingWeights;
    }

    static TfIdfVectors of(List<List<String>> sentenceTerms, Similarity similarity) {
        boolean binary = similarity == Similarity.OVERLAP;
        boolean bm25 = similarity == Similarity.BM25;
        int n = sentenceTerms.size();
        Map<String, Integer> ids = new HashMap<>();
        int[][] termIds = new int[n][];
        int[][] counts = new int[n][];
        List<Integer> documentFrequency = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<Integer, Integer> tf = new HashMap<>();
            for (String term : sentenceTerms.get(i)) {
                Integer id = ids.get(term);
                if (id == null) {
                    id = ids.size();
                    ids.put(term, id);
                    documentFrequency.add(0);
                }
                tf.merge(id, 1, Integer::sum);
            }
            int[] sorted = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            termIds[i] = sorted;
            counts[i] = new int[sorted.length];
            for (int t = 0; t < sorted.length; t++) {
                counts[i][t] = tf.get(sorted[t]);
                documentFrequency.set(sorted[t], documentFrequency.get(sorted[t]) + 1);
            }
        }
        int vocabulary = ids.size();
        double[] idf = new double[vocabulary];
        int[] postingSize = new int[vocabulary];
        for (int t = 0; t < vocabulary; t++) {
            idf[t] = Math.log((double) n / documentFrequency.get(t));
        }
        double averageLength = 0;
        for (List<String> terms : sentenceTerms) {
            averageLength += (double) terms.size() / n;
        }
        double[][] documentWeights = new double[n][];
        int[][] keptTerms = new int[n][];
        double[][] keptWeights = new double[n][];
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            int[] row = termIds[i];
            int kept = 0;
            int[] rowTerms = new int[row.length];
            double[] rowWeights = new double[row.length];
            double[] rowDocumentWeights = new double[row.length];
            double lengthNorm = K1 * (1 - B + B * sentenceTerms.get(i).size() / Math.max(averageLength, 1e-9));
            for (int t = 0; t < row.length; t++) {
                // Why: a term in every sentence (idf 0) says nothing about which sentences belong together.
                if (idf[row[t]] > 0) {
                    rowTerms[kept] = row[t];
                    rowWeights[kept] = binary || bm25 ? 1 : (1 + Math.log(counts[i][t])) * idf[row[t]];
                    int df = documentFrequency.get(row[t]);
                    rowDocumentWeights[kept] = bm25
                            ? Math.log(1 + (n - df + 0.5) / (df + 0.5)) * counts[i][t] * (K1 + 1)
                                    / (counts[i][t] + lengthNorm)
                            : rowWeights[kept];
                    norms[i] += rowWeights[kept] * rowWeights[kept];
                    postingSize[row[t]]++;
                    kept++;
                }
            }
            keptTerms[i] = Arrays.copyOf(rowTerms, kept);
            keptWeights[i] = Arrays.copyOf(rowWeights, kept);
            documentWeights[i] = Arrays.copyOf(rowDocumentWeights, kept);
            norms[i] = binary ? Math.log(1 + sentenceTerms.get(i).size()) : Math.sqrt(norms[i]);
        }
        int[][] postingSentences = new int[vocabulary][];
        double[][] postingWeights = new double[vocabulary][];
        int[] fill = new int[vocabulary];
        for (int t = 0; t < vocabulary; t++) {
            postingSentences[t] = new int[postingSize[t]];
            postingWeights[t] = new double[postingSize[t]];
        }
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < keptTerms[i].length; t++) {
                int term = keptTerms[i][t];
                postingSentences[term][fill[term]] = i;
                postingWeights[term][fill[term]++] = documentWeights[i][t];
            }
        }
        String[] vocabularyById = new String[vocabulary];
        ids.forEach((term, id) -> vocabularyById[id] = term);
        return new TfIdfVectors(keptTerms, keptWeights, documentWeights, norms, postingSentences, postingWeights,
                vocabularyById);
    }

    int[] terms(int sentence) {
        return terms[sentence];
    }

    String term(int id) {
        return vocabulary[id];
    }

    double[] weights(int sentence) {
        return weights[sentence];
    }

    /** A sentence's weights as the target of an edge (BM25 document weights; else its own weights). */
    double[] documentWeights(int sentence) {
        return documentWeights[sentence];
    }

    double norm(int sentence) {
        return norms[sentence];
    }

    int[] postingSentences(int term) {
        return postingSentences[term];
    }

    double[] postingWeights(int term) {
        return postingWeights[term];
    }
}
