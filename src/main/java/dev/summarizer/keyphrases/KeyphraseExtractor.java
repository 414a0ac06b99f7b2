package dev.summarizer.keyphrases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import opennlp.tools.stemmer.PorterStemmer;

/**
 * Key phrases by TextRank over words (Mihalcea and Tarau 2004, section 3). Candidate words are nouns, proper
 * nouns and adjectives (UPOS tags); two candidates are linked when they occur within {@code window} tokens of
 * each other in a sentence; PageRank (damping {@code d}) scores the words; the top third of the words (at least
 * {@code minTopWords}) are marked, and maximal runs of adjacent marked words in the text become phrases, scored
 * by the sum of their words' scores; a run that stops inside a sequence of proper nouns is completed to the whole
 * name. Phrases are grouped by their stemmed words ("treaty"/"treaties"), and a
 * phrase contained in a longer one ("Four Seasons" in "Four Seasons hotel") is folded into it.
 *
 * <p>Not thread-safe (stemmer buffer): make one per document.
 */
public final class KeyphraseExtractor {

    private static final Set<String> CANDIDATE_TAGS = Set.of("NOUN", "PROPN", "ADJ");

    /** The tunables: co-occurrence window, damping, PageRank rounds, fewest top words, longest phrase. */
    public record Parameters(int window, double damping, int iterations, int minTopWords, int maxPhraseWords) {
    }

    private final Parameters parameters;
    private final PorterStemmer stemmer = new PorterStemmer();

    public KeyphraseExtractor(Parameters parameters) {
        this.parameters = parameters;
    }

    /**
     * The best phrases, highest score first (ties: earlier first).
     *
     * @param sentences tokens of each sentence
     * @param tags UPOS tags of each sentence's tokens
     * @param stopWords lower-case words never taken as candidates
     */
    public List<Keyphrase> extract(List<String[]> sentences, List<String[]> tags, Set<String> stopWords, int max) {
        WordGraph graph = new WordGraph();
        List<int[]> candidateIds = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            int[] ids = new int[tokens.length];
            for (int t = 0; t < tokens.length; t++) {
                String lower = tokens[t].toLowerCase(Locale.ROOT);
                boolean candidate = CANDIDATE_TAGS.contains(tags.get(s)[t]) && !stopWords.contains(lower)
                        && lower.codePoints().anyMatch(Character::isLetter);
                ids[t] = candidate ? graph.vertex(stemmer.stem(lower)) : -1;
            }
            for (int t = 0; t < ids.length; t++) {
                for (int u = t + 1; u < Math.min(ids.length, t + parameters.window()); u++) {
                    if (ids[t] >= 0 && ids[u] >= 0 && ids[t] != ids[u]) {
                        graph.link(ids[t], ids[u]);
                    }
                }
            }
            candidateIds.add(ids);
        }
        // Why: no candidate word, no phrase (and no graph to rank).
        if (graph.size() == 0 || max == 0) {
            return List.of();
        }
        double[] scores = graph.rank(parameters.damping(), parameters.iterations());
        boolean[] top = graph.top(scores, Math.max(parameters.minTopWords(), graph.size() / 3));
        Map<String, PhraseGroup> phrases = collectPhrases(sentences, tags, candidateIds, scores, top);
        foldContainedPhrases(phrases);
        return phrases.values().stream()
                .sorted(Comparator.comparingDouble(PhraseGroup::score).reversed()
                        .thenComparingInt(g -> g.firstPosition))
                .limit(max)
                .map(g -> new Keyphrase(g.bestSurface(), g.score(), g.count))
                .toList();
    }

    private Map<String, PhraseGroup> collectPhrases(List<String[]> sentences, List<String[]> tags,
            List<int[]> candidateIds, double[] scores, boolean[] top) {
        Map<String, PhraseGroup> phrases = new LinkedHashMap<>();
        int position = 0;
        for (int s = 0; s < sentences.size(); s++) {
            int[] ids = candidateIds.get(s);
            int t = 0;
            while (t < ids.length) {
                if (ids[t] < 0 || !top[ids[t]]) {
                    t++;
                    continue;
                }
                int end = t;
                while (end < ids.length && ids[end] >= 0 && top[ids[end]] && end - t < parameters.maxPhraseWords()) {
                    end++;
                }
                // Why: a name is one unit; "Choe Son" of "Choe Son Hui" reads as a mistake, so a run ending
                // inside a proper-noun sequence takes the rest of it (within the longest phrase).
                String[] sentenceTags = tags.get(s);
                while (end < ids.length && end > t && ids[end] >= 0 && isName(sentenceTags, end - 1)
                        && isName(sentenceTags, end) && end - t < parameters.maxPhraseWords()) {
                    end++;
                }
                StringBuilder key = new StringBuilder();
                StringBuilder surface = new StringBuilder();
                double score = 0;
                for (int k = t; k < end; k++) {
                    key.append(k > t ? " " : "").append(ids[k]);
                    surface.append(k > t ? " " : "").append(sentences.get(s)[k]);
                    score += scores[ids[k]];
                }
                int firstPosition = position + t;
                phrases.computeIfAbsent(key.toString(), k -> new PhraseGroup(k, firstPosition))
                        .add(surface.toString(), score);
                t = end;
            }
            position += ids.length;
        }
        return phrases;
    }

    private static boolean isName(String[] tags, int token) {
        return "PROPN".equals(tags[token]);
    }

    /** Folds each phrase whose word ids appear, in order, inside a longer phrase into the longest such phrase. */
    private static void foldContainedPhrases(Map<String, PhraseGroup> phrases) {
        List<PhraseGroup> byLength = new ArrayList<>(phrases.values());
        byLength.sort(Comparator.comparingInt((PhraseGroup g) -> g.key.length()));
        for (PhraseGroup shorter : byLength) {
            PhraseGroup container = null;
            for (PhraseGroup longer : phrases.values()) {
                if (longer != shorter && longer.key.length() > shorter.key.length()
                        && (" " + longer.key + " ").contains(" " + shorter.key + " ")
                        && (container == null || longer.count > container.count)) {
                    container = longer;
                }
            }
            if (container != null) {
                container.count += shorter.count;
                phrases.remove(shorter.key);
            }
        }
    }

    /** All occurrences of one phrase (same stemmed words). */
    private static final class PhraseGroup {
        final String key;
        final int firstPosition;
        final Map<String, Integer> surfaces = new HashMap<>();
        final List<String> surfaceOrder = new ArrayList<>();
        double bestScore;
        int count;

        PhraseGroup(String key, int firstPosition) {
            this.key = key;
            this.firstPosition = firstPosition;
        }

        void add(String surface, double score) {
            if (surfaces.merge(surface, 1, Integer::sum) == 1) {
                surfaceOrder.add(surface);
            }
            bestScore = Math.max(bestScore, score);
            count++;
        }

        double score() {
            return bestScore;
        }

        /** The most frequent surface form, ties to the first seen. */
        String bestSurface() {
            String best = surfaceOrder.get(0);
            for (String surface : surfaceOrder) {
                if (surfaces.get(surface) > surfaces.get(best)) {
                    best = surface;
                }
            }
            return best;
        }
    }
}
