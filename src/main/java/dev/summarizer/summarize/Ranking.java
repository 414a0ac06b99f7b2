package dev.summarizer.summarize;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of one ranking, with what is needed to explain them ({@link #explain}).
 *
 * <p>How a score is split into parts: PageRank with dangling sentences restarting through the teleport vector
 * {@code t} solves {@code x = s (I - dM)^-1 t} for a scalar {@code s}, so {@code x} is linear in {@code t}: the
 * walk started from each part of the teleport vector (uniform, lead, title) contributes
 * {@code y_k = (I - dM)^-1 t_k}, and a sentence's share of each part is {@code y_k[i] / sum_k y_k[i]}. The
 * position, compactness and form factors multiply the walk score, so the shares carry over to the final score
 * exactly. The parts are computed only when asked for. Not thread-safe: one per request.
 */
public final class Ranking {

    private final double[] scores;
    private final List<List<String>> sentenceTerms;
    private final List<SentenceForm> forms;
    private final SentenceWalk walk;
    private final double[][] teleportParts;
    private final double strength;
    private final TextRankSummarizer.Parameters parameters;
    private double[][] walks;
    private int[] incomingStart;
    private int[] incomingEdges;
    private int[] incomingFrom;

    Ranking(double[] scores, List<List<String>> sentenceTerms, List<SentenceForm> forms, SentenceWalk walk,
            double[][] teleportParts, double strength, TextRankSummarizer.Parameters parameters) {
        this.scores = scores;
        this.sentenceTerms = sentenceTerms;
        this.forms = forms;
        this.walk = walk;
        this.teleportParts = teleportParts;
        this.strength = strength;
        this.parameters = parameters;
    }

    /** Scores of all sentences, in document order; positive, they add up to 1. */
    public double[] scores() {
        return scores;
    }

    /**
     * Explains the score of one sentence.
     *
     * @param maxTerms how many shared terms to give at most
     * @param maxEndorsements how many endorsing sentences to give at most
     */
    public ScoreExplanation explain(int sentence, int maxTerms, int maxEndorsements) {
        SentencePriors priors = parameters.priors();
        double positionFactor = priors.positionFactor(sentence, strength);
        double lengthFactor = priors.lengthFactor(sentenceTerms.get(sentence).size(), strength);
        double formFactor = forms == null ? 1 : priors.formFactor(forms.get(sentence), strength);
        double score = scores[sentence];
        // Why: one sentence is not ranked by a walk; all of its score is its own.
        if (scores.length < 2) {
            return new ScoreExplanation(sentence, score, score, 0, 0, positionFactor, lengthFactor, formFactor,
                    List.of(), List.of());
        }
        double[][] parts = walks();
        double total = parts[0][sentence] + parts[1][sentence] + parts[2][sentence];
        double[] shares = new double[3];
        for (int k = 0; k < 3; k++) {
            shares[k] = total > 0 ? parts[k][sentence] / total : (k == 0 ? 1 : 0);
        }
        Map<Integer, Double> flows = endorsements(sentence);
        double received = flows.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> termWeights = new HashMap<>();
        for (Map.Entry<Integer, Double> flow : flows.entrySet()) {
            walk.graph().sharedTerms(flow.getKey(), sentence).forEach((term, part) ->
                    termWeights.merge(term, flow.getValue() * part, Double::sum));
        }
        List<ScoreExplanation.TermShare> terms = strongest(termWeights, maxTerms).stream()
                .map(e -> new ScoreExplanation.TermShare(e.getKey(), e.getValue() / received))
                .toList();
        List<ScoreExplanation.Endorsement> endorsedBy = strongest(flows, maxEndorsements).stream()
                .map(e -> new ScoreExplanation.Endorsement(e.getKey(), e.getValue() / received))
                .toList();
        return new ScoreExplanation(sentence, score, score * shares[0], score * shares[1], score * shares[2],
                positionFactor, lengthFactor, formFactor, terms, endorsedBy);
    }

    /** The entries with the largest values, at most {@code limit}, ties by key. */
    private static <K extends Comparable<K>> List<Map.Entry<K, Double>> strongest(Map<K, Double> values, int limit) {
        return values.entrySet().stream()
                .sorted(Map.Entry.<K, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .toList();
    }

    /** What each sentence sends to this one per step of the walk (up to a common factor), by sender. */
    private Map<Integer, Double> endorsements(int target) {
        double[][] parts = walks();
        Map<Integer, Double> flows = new HashMap<>();
        for (int k = incomingStart[target]; k < incomingStart[target + 1]; k++) {
            int from = incomingFrom[k];
            double flow = (parts[0][from] + parts[1][from] + parts[2][from]) * walk.transition(from, incomingEdges[k]);
            if (flow > 0) {
                flows.put(from, flow);
            }
        }
        return flows;
    }

    /** Indexes the edges by the sentence they point to, so explaining many sentences stays linear. */
    private void indexIncoming() {
        SimilarityGraph graph = walk.graph();
        int n = graph.size();
        incomingStart = new int[n + 1];
        for (int e = 0; e < graph.edgeCount(); e++) {
            incomingStart[graph.neighbour(e) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            incomingStart[i + 1] += incomingStart[i];
        }
        incomingEdges = new int[graph.edgeCount()];
        incomingFrom = new int[graph.edgeCount()];
        int[] fill = Arrays.copyOf(incomingStart, n);
        for (int from = 0; from < n; from++) {
            for (int e = graph.rowStart(from); e < graph.rowEnd(from); e++) {
                int slot = fill[graph.neighbour(e)]++;
                incomingEdges[slot] = e;
                incomingFrom[slot] = from;
            }
        }
    }

    /** The walk started from each teleport part alone, {@code y_k = t_k + d M y_k}, by power iteration. */
    private double[][] walks() {
        if (walks != null) {
            return walks;
        }
        indexIncoming();
        walks = new double[3][];
        for (int k = 0; k < 3; k++) {
            double[] teleport = teleportParts[k];
            walks[k] = SentenceWalk.iterate(teleport, (y, next) -> {
                System.arraycopy(teleport, 0, next, 0, teleport.length);
                walk.spread(y, next);
            }, parameters.maxIterations(), parameters.tolerance());
        }
        return walks;
    }
}
