package dev.summarizer.summarize;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A teleport distribution over sentences from the title: proportional to the share of the title's distinct
 * content terms that a sentence contains. Headlines name the story's topic, so sentences that repeat them are a
 * good place for the random walk to restart (the title prior of PositionRank-style personalised PageRank).
 */
final class TitlePrior {

    private TitlePrior() {
    }

    /** The distribution, or null when the title has no terms or no sentence shares one (no prior then). */
    static double[] of(List<List<String>> sentenceTerms, List<String> titleTerms) {
        Set<String> title = new HashSet<>(titleTerms);
        // Why: without title terms there is nothing to prefer; the caller falls back to the other priors.
        if (title.isEmpty()) {
            return null;
        }
        double[] prior = new double[sentenceTerms.size()];
        double total = 0;
        for (int i = 0; i < prior.length; i++) {
            Set<String> shared = new HashSet<>(sentenceTerms.get(i));
            shared.retainAll(title);
            prior[i] = (double) shared.size() / title.size();
            total += prior[i];
        }
        if (total == 0) {
            return null;
        }
        for (int i = 0; i < prior.length; i++) {
            prior[i] /= total;
        }
        return prior;
    }
}
