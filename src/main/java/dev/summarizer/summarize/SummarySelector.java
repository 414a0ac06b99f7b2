package dev.summarizer.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses summary sentences under a length budget from ranked sentences.
 *
 * <p>Sentences are visited best first (score descending, ties by document position). A sentence-count budget
 * takes the first k; a word or character budget takes every sentence that still fits, skipping those that do
 * not, so the summary always ends on sentence boundaries. Never empty when there is a candidate: if not even one
 * sentence fits, the best one is taken alone and {@link Selection#overBudget()} says so.
 *
 * <p><b>Diversity.</b> With a diversity {@code λ > 0} the order of visiting is Maximal Marginal Relevance
 * (Carbonell and Goldstein, SIGIR 1998): each next sentence maximises {@code (1 - λ) score/bestScore -
 * λ max cosine(sentence, chosen)}, so a near-duplicate of a chosen sentence loses to a slightly lower ranked but
 * new one. λ = 0 is plain rank order; λ = 1 picks by novelty alone after the best sentence. The ranks reported
 * for every sentence stay the TextRank ranks. Even at λ = 0 a sentence that repeats a chosen one (content-term
 * cosine at least {@code repeatCosine}, e.g. a caption restating the lead) is skipped.
 */
public final class SummarySelector {

    /** What the selector needs to know of one sentence. */
    public record Candidate(int index, double score, int words, int characters, boolean eligible) {
    }

    /**
     * The chosen sentence indices in rank order, the rank (1 = best) of every sentence, whether the best sentence
     * alone is over the budget, and how many sentences short of a sentence-count budget the summary is because
     * the remaining sentences repeat chosen ones.
     */
    public record Selection(int[] chosenByRank, int[] rankOfSentence, boolean overBudget, int shortByRepeats) {
    }

    private SummarySelector() {
    }

    /** Selects sentences in rank order; candidates must be in document order, index i at position i. */
    public static Selection select(List<Candidate> candidates, LengthBudget budget) {
        return select(candidates, budget, 0, null);
    }

    /** Selects sentences without a repeat check (see the next method). */
    public static Selection select(List<Candidate> candidates, LengthBudget budget, double diversity,
            TermSetCosine similarity) {
        return select(candidates, budget, diversity, similarity, Double.POSITIVE_INFINITY);
    }

    /**
     * Selects sentences; candidates must be in document order, index i at position i.
     *
     * @param diversity the MMR trade-off λ in [0, 1]
     * @param similarity redundancy between sentences, by index; may be null when diversity is 0 and there is no
     *     repeat check
     * @param repeatCosine without diversity, a sentence whose cosine with a chosen one is at least this is a
     *     repeat and skipped (articles repeat their lead in a caption); above 1 turns the check off
     */
    public static Selection select(List<Candidate> candidates, LengthBudget budget, double diversity,
            TermSetCosine similarity, double repeatCosine) {
        if (diversity < 0 || diversity > 1) {
            throw new IllegalArgumentException("diversity must be in [0, 1]: " + diversity);
        }
        Integer[] byRank = rankOrder(candidates);
        int[] rankOf = new int[candidates.size()];
        for (int r = 0; r < byRank.length; r++) {
            rankOf[byRank[r]] = r + 1;
        }
        List<Integer> eligible = new ArrayList<>();
        for (Integer index : byRank) {
            if (candidates.get(index).eligible()) {
                eligible.add(index);
            }
        }
        // Why: nothing to choose from (no sentence has a word); the caller warns.
        if (eligible.isEmpty()) {
            return new Selection(new int[0], rankOf, false, 0);
        }
        int count = switch (budget.unit()) {
            case SENTENCES -> Math.min(eligible.size(), (int) budget.value());
            case RATIO -> Math.min(eligible.size(), Math.max(1, (int) Math.round(budget.value() * eligible.size())));
            case WORDS, CHARACTERS -> eligible.size();
        };
        List<Integer> chosen = diversity > 0
                ? MarginalRelevance.select(candidates, eligible, budget, count, diversity, similarity)
                : switch (budget.unit()) {
            case SENTENCES, RATIO -> fitting(candidates, eligible, count, LengthBudget.Unit.SENTENCES, similarity,
                    repeatCosine);
            case WORDS -> fitting(candidates, eligible, (int) budget.value(), LengthBudget.Unit.WORDS, similarity,
                    repeatCosine);
            case CHARACTERS -> fitting(candidates, eligible, (int) budget.value(), LengthBudget.Unit.CHARACTERS,
                    similarity, repeatCosine);
        };
        boolean overBudget = chosen.isEmpty();
        if (overBudget) {
            chosen = List.of(eligible.get(0));
        }
        int shortByRepeats = budget.unit() == LengthBudget.Unit.SENTENCES || budget.unit() == LengthBudget.Unit.RATIO
                ? count - chosen.size() : 0;
        return new Selection(chosen.stream().mapToInt(Integer::intValue).toArray(), rankOf, overBudget,
                shortByRepeats);
    }

    /** Takes, best first, every sentence that fits the limit and does not repeat a sentence already taken. */
    private static List<Integer> fitting(List<Candidate> candidates, List<Integer> eligible, int limit,
            LengthBudget.Unit unit, TermSetCosine similarity, double repeatCosine) {
        List<Integer> chosen = new ArrayList<>();
        int used = 0;
        for (int index : eligible) {
            int cost = cost(candidates.get(index), unit, chosen.isEmpty());
            if (used + cost <= limit && !repeats(index, chosen, similarity, repeatCosine)) {
                chosen.add(index);
                used += cost;
                // Why: a count budget is full once reached; nothing later can fit.
                if (unit == LengthBudget.Unit.SENTENCES && used == limit) {
                    break;
                }
            }
        }
        return chosen;
    }

    private static boolean repeats(int index, List<Integer> chosen, TermSetCosine similarity, double repeatCosine) {
        if (similarity == null || repeatCosine > 1) {
            return false;
        }
        for (int other : chosen) {
            if (similarity.between(index, other) >= repeatCosine) {
                return true;
            }
        }
        return false;
    }

    /** What a sentence costs of a word or character budget (characters count the joining space). */
    static int cost(Candidate candidate, LengthBudget.Unit unit, boolean first) {
        return switch (unit) {
            case CHARACTERS -> candidate.characters() + (first ? 0 : 1);
            case WORDS -> candidate.words();
            case SENTENCES, RATIO -> 1;
        };
    }

    private static Integer[] rankOrder(List<Candidate> candidates) {
        Integer[] order = new Integer[candidates.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> {
            int byScore = Double.compare(candidates.get(b).score(), candidates.get(a).score());
            return byScore != 0 ? byScore : Integer.compare(a, b);
        });
        return order;
    }
}
