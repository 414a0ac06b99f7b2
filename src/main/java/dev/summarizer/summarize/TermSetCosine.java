package dev.summarizer.summarize;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cosine of two sentences' sets of distinct content terms, {@code |A ∩ B| / sqrt(|A| |B|)}: 1 for sentences with
 * the same terms, 0 for sentences with none in common. The redundancy measure of {@link SummarySelector}'s MMR;
 * computed on demand for the pairs MMR asks about, so nothing quadratic is stored. Immutable.
 */
public final class TermSetCosine {

    private final int[][] termIds;

    private TermSetCosine(int[][] termIds) {
        this.termIds = termIds;
    }

    /** Indexes the terms of each sentence, in document order. */
    public static TermSetCosine of(List<List<String>> sentenceTerms) {
        Map<String, Integer> ids = new HashMap<>();
        int[][] termIds = new int[sentenceTerms.size()][];
        for (int i = 0; i < termIds.length; i++) {
            termIds[i] = sentenceTerms.get(i).stream().mapToInt(term -> ids.computeIfAbsent(term, t -> ids.size()))
                    .sorted().distinct().toArray();
        }
        return new TermSetCosine(termIds);
    }

    /** The cosine of sentences a and b, in [0, 1]. */
    public double between(int a, int b) {
        int[] x = termIds[a];
        int[] y = termIds[b];
        // Why: a sentence without terms (only stop words or numbers) is similar to nothing.
        if (x.length == 0 || y.length == 0) {
            return 0;
        }
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            int order = Integer.compare(x[i], y[j]);
            if (order == 0) {
                shared++;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return shared / Math.sqrt((double) x.length * y.length);
    }

    int size() {
        return termIds.length;
    }

    @Override
    public String toString() {
        return "TermSetCosine" + Arrays.deepToString(termIds);
    }
}
