package dev.summarizer.summarize;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy Maximal Marginal Relevance selection (Carbonell and Goldstein, SIGIR 1998); see {@link SummarySelector}.
 * Keeps one running maximum similarity per remaining sentence, so each step costs one similarity per remaining
 * sentence and nothing quadratic is stored.
 */
final class MarginalRelevance {

    private MarginalRelevance() {
    }

    /**
     * Chooses up to {@code count} sentences (and, for word and character budgets, only those that still fit).
     *
     * @param eligible sentence indices in rank order, best first
     */
    static List<Integer> select(List<SummarySelector.Candidate> candidates, List<Integer> eligible,
            LengthBudget budget, int count, double diversity, TermSetCosine similarity) {
        int n = eligible.size();
        double best = candidates.get(eligible.get(0)).score();
        double[] redundancy = new double[n];
        boolean[] taken = new boolean[n];
        boolean capped = budget.unit() == LengthBudget.Unit.WORDS || budget.unit() == LengthBudget.Unit.CHARACTERS;
        int used = 0;
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            int pick = -1;
            double pickValue = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < n; r++) {
                if (taken[r]) {
                    continue;
                }
                int cost = SummarySelector.cost(candidates.get(eligible.get(r)), budget.unit(), chosen.isEmpty());
                if (capped && used + cost > budget.value()) {
                    continue;
                }
                // Why: best == 0 only if every score is 0; relevance then ties and novelty decides.
                double relevance = best > 0 ? candidates.get(eligible.get(r)).score() / best : 0;
                double value = (1 - diversity) * relevance - diversity * redundancy[r];
                // Strictly greater: ties go to the better ranked sentence, visited first.
                if (value > pickValue) {
                    pick = r;
                    pickValue = value;
                }
            }
            if (pick < 0) {
                break;
            }
            taken[pick] = true;
            int index = eligible.get(pick);
            used += SummarySelector.cost(candidates.get(index), budget.unit(), chosen.isEmpty());
            chosen.add(index);
            for (int r = 0; r < n; r++) {
                if (!taken[r]) {
                    redundancy[r] = Math.max(redundancy[r], similarity.between(index, eligible.get(r)));
                }
            }
        }
        return chosen;
    }
}
