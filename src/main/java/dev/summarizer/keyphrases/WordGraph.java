package dev.summarizer.keyphrases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Undirected co-occurrence graph of candidate words, weighted by how often two words co-occur. */
final class WordGraph {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<Map<Integer, Integer>> edges = new ArrayList<>();

    int size() {
        return edges.size();
    }

    /** The id of a word, adding it if new (ids follow first occurrence, so the graph is deterministic). */
    int vertex(String word) {
        return ids.computeIfAbsent(word, w -> {
            edges.add(new LinkedHashMap<>());
            return edges.size() - 1;
        });
    }

    void link(int a, int b) {
        edges.get(a).merge(b, 1, Integer::sum);
        edges.get(b).merge(a, 1, Integer::sum);
    }

    /** PageRank scores (sum 1) by a fixed number of power-iteration rounds; isolated words keep the base share. */
    double[] rank(double damping, int iterations) {
        int n = size();
        double[] outWeight = new double[n];
        for (int v = 0; v < n; v++) {
            for (int weight : edges.get(v).values()) {
                outWeight[v] += weight;
            }
        }
        double[] scores = new double[n];
        Arrays.fill(scores, 1.0 / n);
        double[] next = new double[n];
        for (int round = 0; round < iterations; round++) {
            double dangling = 0;
            for (int v = 0; v < n; v++) {
                if (outWeight[v] == 0) {
                    dangling += scores[v];
                }
            }
            Arrays.fill(next, (1 - damping + damping * dangling) / n);
            for (int v = 0; v < n; v++) {
                for (Map.Entry<Integer, Integer> edge : edges.get(v).entrySet()) {
                    next[edge.getKey()] += damping * scores[v] * edge.getValue() / outWeight[v];
                }
            }
            double[] swap = scores;
            scores = next;
            next = swap;
        }
        return scores;
    }

    /** Marks the {@code count} best-scored words (ties by id, i.e. first occurrence). */
    boolean[] top(double[] scores, int count) {
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> {
            int byScore = Double.compare(scores[b], scores[a]);
            return byScore != 0 ? byScore : Integer.compare(a, b);
        });
        boolean[] top = new boolean[scores.length];
        for (int i = 0; i < Math.min(count, order.length); i++) {
            top[order[i]] = true;
        }
        return top;
    }
}
