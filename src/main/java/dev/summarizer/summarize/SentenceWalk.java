package dev.summarizer.summarize;

/**
 * The random walk over a sentence graph, shared by the ranking ({@link TextRankSummarizer}) and the explanation of
 * its scores ({@link Ranking}): edge weights with the forward factor applied, each sentence's outgoing weight, and
 * one step of spreading score along the edges. An edge to a later sentence keeps the share {@code forward} of its
 * weight. Immutable.
 */
final class SentenceWalk {

    private final SimilarityGraph graph;
    private final double forward;
    private final double damping;
    private final double[] outWeight;

    SentenceWalk(SimilarityGraph graph, double forward, double damping) {
        this.graph = graph;
        this.forward = forward;
        this.damping = damping;
        this.outWeight = new double[graph.size()];
        for (int i = 0; i < outWeight.length; i++) {
            for (int e = graph.rowStart(i); e < graph.rowEnd(i); e++) {
                outWeight[i] += edgeWeight(i, e);
            }
        }
    }

    SimilarityGraph graph() {
        return graph;
    }

    double damping() {
        return damping;
    }

    /** True if the sentence has no outgoing edge, so its score would leak out of the walk. */
    boolean isDangling(int sentence) {
        return outWeight[sentence] == 0;
    }

    /** The weight of an edge of the sentence {@code from}, with the forward factor if it points to a later one. */
    double edgeWeight(int from, int edge) {
        return graph.neighbour(edge) > from ? forward * graph.weight(edge) : graph.weight(edge);
    }

    /** The share of its own score that {@code from} sends along {@code edge}, before damping. */
    double transition(int from, int edge) {
        return edgeWeight(from, edge) / outWeight[from];
    }

    /** Adds one damped step of the walk from the scores {@code from} to {@code into}: {@code into += d M from}. */
    void spread(double[] from, double[] into) {
        for (int i = 0; i < from.length; i++) {
            if (outWeight[i] == 0) {
                continue;
            }
            double share = damping * from[i] / outWeight[i];
            for (int e = graph.rowStart(i); e < graph.rowEnd(i); e++) {
                into[graph.neighbour(e)] += share * edgeWeight(i, e);
            }
        }
    }

    /** One step of a power iteration: fills {@code into} from {@code from}. */
    interface Step {
        void apply(double[] from, double[] into);
    }

    /**
     * Power iteration from {@code start}: repeats the step until the L1 change falls below {@code tolerance} or
     * {@code maxIterations} steps are done.
     */
    static double[] iterate(double[] start, Step step, int maxIterations, double tolerance) {
        double[] scores = start.clone();
        double[] next = new double[scores.length];
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            step.apply(scores, next);
            double change = 0;
            for (int i = 0; i < scores.length; i++) {
                change += Math.abs(next[i] - scores[i]);
            }
            double[] swap = scores;
            scores = next;
            next = swap;
            if (change < tolerance) {
                break;
            }
        }
        return scores;
    }
}
