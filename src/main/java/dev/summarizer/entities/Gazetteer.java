package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.StringList;

/**
 * Name lists (cities, countries, person names, companies, …) turned into name-finder features, one feature name
 * per list, so the model learns how far to trust each list. Why not OpenNLP's own dictionary feature generator:
 * it gives every list the same feature name, and a custom generator class would have to be loadable by OpenNLP's
 * own class loader, which Quarkus does not guarantee. The features are handed to the name finder as its
 * "additional context", both in training and at run time.
 *
 * <p>The lists travel inside the model file as one dictionary artifact ({@link #ARTIFACT}), so the service needs
 * nothing besides the model. Matching is case-insensitive and takes, per list and start token, the
 * longest entry. Features of token i: {@code gz=LIST:B} or {@code gz=LIST:I} when an entry of LIST covers it. No
 * neighbour features: OpenNLP's name finder repeats every additional-context feature of the 8 tokens on each side
 * under its own offset already (dropping the earlier {@code gzp}/{@code gzn} features was as good on dev and
 * faster, models/README.md).
 *
 * <p>Immutable and thread-safe.
 */
public final class Gazetteer {

    /** Name of the model artifact that holds the lists. */
    public static final String ARTIFACT = "gazetteer.dictionary";
    private static final String[] NO_FEATURES = new String[0];

    /** An empty gazetteer: no features at all (models trained without lists). */
    public static final Gazetteer NONE = new Gazetteer(new TreeMap<>());

    private final String[] lists;
    /** Lower-cased entry (tokens joined by a space) to a bit mask of the lists holding it. */
    private final Map<String, Long> entries = new HashMap<>();
    /** Lower-cased first token to the most tokens of an entry starting with it. */
    private final Map<String, Integer> longestFrom = new HashMap<>();

    /**
     * A gazetteer of named lists, each a list of entries given as tokens.
     *
     * @throws IllegalArgumentException Thrown if there are more than 64 lists.
     */
    public Gazetteer(TreeMap<String, List<String[]>> namedLists) {
        if (namedLists.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most 64 lists, got " + namedLists.size());
        }
        lists = namedLists.keySet().toArray(String[]::new);
        int bit = 0;
        for (List<String[]> list : namedLists.values()) {
            for (String[] entry : list) {
                if (entry.length == 0) {
                    continue;
                }
                long mask = 1L << bit;
                entries.merge(key(entry, 0, entry.length), mask, (a, b) -> a | b);
                longestFrom.merge(entry[0].toLowerCase(Locale.ROOT), entry.length, Math::max);
            }
            bit++;
        }
    }

    /** The gazetteer stored in a model, or {@link #NONE} if the model has none. */
    public static Gazetteer of(TokenNameFinderModel model) {
        Dictionary dictionary = model.getArtifact(ARTIFACT);
        return dictionary == null ? NONE : of(dictionary);
    }

    /** The gazetteer stored in a dictionary made by {@link #toDictionary}. */
    static Gazetteer of(Dictionary dictionary) {
        TreeMap<String, List<String[]>> namedLists = new TreeMap<>();
        for (StringList entry : dictionary) {
            String[] tokens = new String[entry.size() - 1];
            for (int t = 0; t < tokens.length; t++) {
                tokens[t] = entry.getToken(t + 1);
            }
            namedLists.computeIfAbsent(entry.getToken(0), l -> new ArrayList<>()).add(tokens);
        }
        return namedLists.isEmpty() ? NONE : new Gazetteer(namedLists);
    }

    /**
     * The lists as one dictionary to store in a model ({@link #ARTIFACT}): each entry is the list name followed
     * by the entry's tokens.
     */
    public static Dictionary toDictionary(TreeMap<String, List<String[]>> namedLists) {
        Dictionary dictionary = new Dictionary(true);
        namedLists.forEach((list, entries) -> {
            for (String[] entry : entries) {
                String[] tokens = new String[entry.length + 1];
                tokens[0] = list;
                System.arraycopy(entry, 0, tokens, 1, entry.length);
                dictionary.put(new StringList(tokens));
            }
        });
        return dictionary;
    }

    /**
     * True if the words (separated by spaces) are an entry of the named list and of no other list: "North Korean"
     * of {@code wn_nationality} only, "Miami" of {@code wn_nationality} and {@code city}.
     */
    public boolean onlyIn(String list, String words) {
        int bit = Arrays.asList(lists).indexOf(list);
        long mask = maskOf(words);
        return bit >= 0 && mask == 1L << bit;
    }

    /**
     * The bit mask of the named lists, to look words up in several lists at once ({@link #holdsAny}); names this
     * gazetteer does not have add nothing. Cheap enough per call, meant to be kept by callers that ask often.
     */
    public long maskOfLists(List<String> names) {
        long mask = 0;
        for (String name : names) {
            int bit = Arrays.asList(lists).indexOf(name);
            mask |= bit >= 0 ? 1L << bit : 0;
        }
        return mask;
    }

    /** True if the words (separated by spaces) are an entry of any list of the mask ({@link #maskOfLists}). */
    public boolean holdsAny(long listMask, String words) {
        return (maskOf(words) & listMask) != 0;
    }

    /** The lists holding the words as an entry, as a bit mask (0 for none). */
    private long maskOf(String words) {
        return entries.getOrDefault(String.join(" ", words.trim().split("\\s+")).toLowerCase(Locale.ROOT), 0L);
    }

    /** The list names, in feature-bit order. */
    public List<String> lists() {
        return List.of(lists);
    }

    /** Features of every token of the sentence (an empty array per token when nothing matches). */
    public String[][] features(String[] tokens) {
        String[][] features = new String[tokens.length][];
        if (entries.isEmpty()) {
            Arrays.fill(features, NO_FEATURES);
            return features;
        }
        long[] begins = new long[tokens.length];
        long[] insides = new long[tokens.length];
        for (int start = 0; start < tokens.length; start++) {
            Integer longest = longestFrom.get(tokens[start].toLowerCase(Locale.ROOT));
            if (longest == null) {
                continue;
            }
            long seen = 0;
            for (int length = Math.min(longest, tokens.length - start); length > 0; length--) {
                Long mask = entries.get(key(tokens, start, start + length));
                if (mask == null || (mask & ~seen) == 0) {
                    continue;
                }
                long fresh = mask & ~seen;
                seen |= fresh;
                begins[start] |= fresh;
                for (int t = start + 1; t < start + length; t++) {
                    insides[t] |= fresh;
                }
            }
        }
        for (int t = 0; t < tokens.length; t++) {
            features[t] = featuresOf(begins[t], insides[t] & ~begins[t]);
        }
        return features;
    }

    private String[] featuresOf(long begin, long inside) {
        if ((begin | inside) == 0) {
            return NO_FEATURES;
        }
        List<String> out = new ArrayList<>(2);
        for (int bit = 0; bit < lists.length; bit++) {
            long mask = 1L << bit;
            if ((begin & mask) != 0) {
                out.add("gz=" + lists[bit] + ":B");
            } else if ((inside & mask) != 0) {
                out.add("gz=" + lists[bit] + ":I");
            }
        }
        return out.toArray(NO_FEATURES);
    }

    private static String key(String[] tokens, int from, int to) {
        if (to - from == 1) {
            return tokens[from].toLowerCase(Locale.ROOT);
        }
        StringBuilder key = new StringBuilder();
        for (int t = from; t < to; t++) {
            if (t > from) {
                key.append(' ');
            }
            key.append(tokens[t].toLowerCase(Locale.ROOT));
        }
        return key.toString();
    }
}
