package dev.summarizer.entities;

import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The name finder's "additional context": what this project adds to OpenNLP's own feature generators, the same in
 * training and at run time. Gazetteer features ({@link Gazetteer}) and word-cluster features
 * ({@link WordClusters}), both read from tables stored in the model. Immutable and thread-safe.
 */
public record NameContext(Gazetteer gazetteer, WordClusters clusters) {

    /** The context a model was trained with. */
    public static NameContext of(TokenNameFinderModel model) {
        return new NameContext(Gazetteer.of(model), WordClusters.of(model));
    }

    /** Features of every token of the sentence: the gazetteer's followed by the clusters'. */
    public String[][] features(String[] tokens) {
        String[][] lists = gazetteer.features(tokens);
        String[][] words = clusters.features(tokens);
        String[][] features = new String[tokens.length][];
        for (int t = 0; t < tokens.length; t++) {
            if (words[t].length == 0) {
                features[t] = lists[t];
            } else if (lists[t].length == 0) {
                features[t] = words[t];
            } else {
                features[t] = new String[lists[t].length + words[t].length];
                System.arraycopy(lists[t], 0, features[t], 0, lists[t].length);
                System.arraycopy(words[t], 0, features[t], lists[t].length, words[t].length);
            }
        }
        return features;
    }
}
