package dev.summarizer.config;

import io.smallrye.config.WithDefault;

/** Key phrases: TextRank over words, see {@code KeyphraseExtractor}. */
public interface KeyphrasesConfig {
    /** Key phrases returned when keyphrases.max is not given. */
    @WithDefault("10")
    int defaultMax();

    /** Candidate words within this many tokens of each other are linked (Mihalcea and Tarau found 2 best). */
    @WithDefault("2")
    int window();

    /** PageRank damping factor. */
    @WithDefault("0.85")
    double damping();

    /** PageRank rounds (a word graph of an article converges well within 30). */
    @WithDefault("30")
    int iterations();

    /** The top third of the words become phrase words, but at least this many. */
    @WithDefault("6")
    int minTopWords();

    /** Longest phrase, in words. */
    @WithDefault("4")
    int maxPhraseWords();
}
