package dev.summarizer.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sparse, weighted sentence graph: an edge joins two sentences that share a term, weighted by a {@link Similarity}.
 *
 * <p>Built through an inverted index, so only sentence pairs that share a term are ever compared, and each
 * sentence keeps at most {@code maxNeighbours} strongest edges (ties by index), so memory stays linear in the
 * number of sentences however long the text is. A term found in every sentence has idf 0 and links nothing.
 * Stored in compressed sparse row form; immutable once built.
 */
final class SimilarityGraph {

    private final int size;
    private final int[] rowStart;
    private final int[] neighbours;
    private final double[] weights;
    private final TfIdfVectors vectors;

    private SimilarityGraph(int size, int[] rowStart, int[] neighbours, double[] weights, TfIdfVectors vectors) {
        this.size = size;
        this.rowStart = rowStart;
        this.neighbours = neighbours;
        this.weights = weights;
        this.vectors = vectors;
    }

    /** Builds the graph of the given sentences (each a list of terms, possibly empty). */
    static SimilarityGraph build(List<List<String>> sentenceTerms, int maxNeighbours, Similarity similarity) {
        int n = sentenceTerms.size();
        TfIdfVectors vectors = TfIdfVectors.of(sentenceTerms, similarity);
        double[] dot = new double[n];
        int[] touched = new int[n];
        int[] rowStart = new int[n + 1];
        List<int[]> rowsNeighbours = new ArrayList<>(n);
        List<double[]> rowsWeights = new ArrayList<>(n);
        int edges = 0;
        for (int i = 0; i < n; i++) {
            int touchedCount = 0;
            int[] terms = vectors.terms(i);
            double[] termWeights = vectors.weights(i);
            for (int t = 0; t < terms.length; t++) {
                int[] postingSentences = vectors.postingSentences(terms[t]);
                double[] postingWeights = vectors.postingWeights(terms[t]);
                for (int p = 0; p < postingSentences.length; p++) {
                    int j = postingSentences[p];
                    if (j == i) {
                        continue;
                    }
                    if (dot[j] == 0) {
                        touched[touchedCount++] = j;
                    }
                    dot[j] += termWeights[t] * postingWeights[p];
                }
            }
            int[] candidates = Arrays.copyOf(touched, touchedCount);
            double[] cosine = new double[touchedCount];
            for (int c = 0; c < touchedCount; c++) {
                int j = candidates[c];
                cosine[c] = switch (similarity) {
                    case OVERLAP -> dot[j] / (vectors.norm(i) + vectors.norm(j));
                    case COSINE -> dot[j] / (vectors.norm(i) * vectors.norm(j));
                    case BM25 -> dot[j];
                };
                dot[j] = 0;
            }
            int[] kept = strongest(candidates, cosine, maxNeighbours);
            double[] keptWeights = new double[kept.length];
            for (int k = 0; k < kept.length; k++) {
                keptWeights[k] = cosine[kept[k]];
                kept[k] = candidates[kept[k]];
            }
            rowsNeighbours.add(kept);
            rowsWeights.add(keptWeights);
            rowStart[i] = edges;
            edges += kept.length;
        }
        rowStart[n] = edges;
        int[] allNeighbours = new int[edges];
        double[] allWeights = new double[edges];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rowsNeighbours.get(i), 0, allNeighbours, rowStart[i], rowsNeighbours.get(i).length);
            System.arraycopy(rowsWeights.get(i), 0, allWeights, rowStart[i], rowsWeights.get(i).length);
        }
        return new SimilarityGraph(n, rowStart, allNeighbours, allWeights, vectors);
    }

    /** Positions (into candidates) of the strongest edges, strongest first, ties by sentence index. */
    private static int[] strongest(int[] candidates, double[] cosine, int limit) {
        Integer[] order = new Integer[candidates.length];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> {
            int byWeight = Double.compare(cosine[b], cosine[a]);
            return byWeight != 0 ? byWeight : Integer.compare(candidates[a], candidates[b]);
        });
        int kept = Math.min(limit, order.length);
        int[] result = new int[kept];
        for (int k = 0; k < kept; k++) {
            result[k] = order[k];
        }
        return result;
    }

    int size() {
        return size;
    }

    int edgeCount() {
        return neighbours.length;
    }

    int rowStart(int sentence) {
        return rowStart[sentence];
    }

    int rowEnd(int sentence) {
        return rowStart[sentence + 1];
    }

    int neighbour(int edge) {
        return neighbours[edge];
    }

    double weight(int edge) {
        return weights[edge];
    }

    /**
     * The terms the sentence {@code from} shares with {@code to}, each with its part of the weight of the edge
     * between them: the product of its weight in {@code from} and its (document) weight in {@code to}, over the
     * sum of those products, which is what the edge weight adds up (so the parts add up to 1). With the overlap
     * measure every shared term gets the same part; with cosine and BM25, rarer and repeated terms get more.
     */
    Map<String, Double> sharedTerms(int from, int to) {
        int[] termsA = vectors.terms(from);
        int[] termsB = vectors.terms(to);
        double[] weightsA = vectors.weights(from);
        double[] weightsB = vectors.documentWeights(to);
        Map<String, Double> shared = new HashMap<>();
        double total = 0;
        // Why: term ids are sorted in each row, so one merge pass finds the common ones.
        for (int x = 0, y = 0; x < termsA.length && y < termsB.length;) {
            if (termsA[x] < termsB[y]) {
                x++;
            } else if (termsA[x] > termsB[y]) {
                y++;
            } else {
                double product = weightsA[x] * weightsB[y];
                shared.put(vectors.term(termsA[x]), product);
                total += product;
                x++;
                y++;
            }
        }
        for (Map.Entry<String, Double> entry : shared.entrySet()) {
            entry.setValue(entry.getValue() / total);
        }
        return shared;
    }
}
