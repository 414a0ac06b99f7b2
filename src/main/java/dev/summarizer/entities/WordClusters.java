package dev.summarizer.entities;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Word clusters turned into name-finder features: words that occur in similar contexts in a large unannotated
 * corpus share a cluster ("putin", "yeltsin", "merkel"; "microsoft", "ibm", "cisco"), so the model can tag a name
 * it never saw in training by the company its cluster keeps. Why: out-of-domain text is full of names the
 * training data never had, and cluster features are the classic cure (Turian et al. 2010; Ratinov and Roth 2009).
 * The clusters come from k-means over GloVe vectors at several granularities (see models/clusters/README.md).
 *
 * <p>The table travels inside the model file as a text artifact ({@link #ARTIFACT}; OpenNLP keeps {@code .txt}
 * artifacts as bytes): a header {@code # word NAME NAME …} naming the granularities, then one line per
 * lower-case word with its cluster number at each. Why not OpenNLP's word-cluster feature generator: in OpenNLP
 * 2.5.9 its dictionary closes the model's zip stream both when written and when read, so such a model cannot be
 * saved or loaded.
 *
 * <p>Features of a capitalised token whose word (lower-cased) the table knows, one per granularity NAME:
 * {@code NAME=c}. Only capitalised tokens, and no neighbour features: OpenNLP's name finder repeats every
 * additional-context feature of the 8 tokens on each side under its own offset, so each feature here costs 17
 * in every decoding step. Measured on dev (models/README.md): clusters of every token and of its neighbours made
 * name finding 2.5 times slower and were no better than clusters of capitalised tokens alone, which cost
 * nothing measurable. Immutable and thread-safe.
 */
public final class WordClusters {

    /** Name of the model artifact that holds the table. */
    public static final String ARTIFACT = "word-clusters.txt";
    /** No clusters: no features (models trained without them). */
    public static final WordClusters NONE = new WordClusters(new String[0], Map.of());
    private static final String[] NO_FEATURES = new String[0];

    private final String[] granularities;
    /** Lower-case word to its cluster name at each granularity. */
    private final Map<String, String[]> clusters;

    private WordClusters(String[] granularities, Map<String, String[]> clusters) {
        this.granularities = granularities;
        this.clusters = clusters;
    }

    /** The clusters stored in a model, or {@link #NONE} if the model has none. */
    public static WordClusters of(TokenNameFinderModel model) {
        byte[] table = model.getArtifact(ARTIFACT);
        return table == null ? NONE : parse(table);
    }

    /**
     * Reads a table in the artifact format.
     *
     * @throws IllegalArgumentException Thrown if the header or a line is malformed.
     */
    public static WordClusters parse(byte[] table) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ByteArrayInputStream(table), StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("# word ")) {
                throw new IllegalArgumentException("word-cluster table must start with '# word NAME …'");
            }
            String[] granularities = header.substring("# word ".length()).trim().split(" +");
            Map<String, String[]> clusters = new HashMap<>(1 << 18);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(" ");
                if (fields.length != granularities.length + 1) {
                    throw new IllegalArgumentException("word-cluster line needs " + (granularities.length + 1)
                            + " fields: " + line);
                }
                clusters.put(fields[0], Arrays.copyOfRange(fields, 1, fields.length));
            }
            return new WordClusters(granularities, clusters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The granularity names, in feature order. */
    public List<String> granularities() {
        return List.of(granularities);
    }

    /** How many words the table knows. */
    public int size() {
        return clusters.size();
    }

    /** True if the word, in any case, is among the clustered words (the most frequent words of GloVe's vocabulary). */
    public boolean knows(String word) {
        return clusters.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** Features of every token of the sentence (an empty array per token when nothing is known). */
    public String[][] features(String[] tokens) {
        String[][] features = new String[tokens.length][];
        for (int t = 0; t < tokens.length; t++) {
            features[t] = featuresOf(tokens[t]);
        }
        return features;
    }

    private String[] featuresOf(String token) {
        boolean capitalised = !token.isEmpty() && Character.isUpperCase(token.charAt(0));
        String[] wordClusters = capitalised ? clusters.get(token.toLowerCase(Locale.ROOT)) : null;
        if (wordClusters == null) {
            return NO_FEATURES;
        }
        String[] features = new String[granularities.length];
        for (int g = 0; g < granularities.length; g++) {
            features[g] = granularities[g] + "=" + wordClusters[g];
        }
        return features;
    }
}
