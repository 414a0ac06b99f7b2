package dev.summarizer.config;

import io.smallrye.config.WithDefault;

/** Sentence splitting beyond the OpenNLP detector. */
public interface SentencesConfig {
    /**
     * Most detector sentences that one quotation running over sentences may join into one sentence (1 = never
     * join); bounds the damage of a quote mark that is never closed.
     */
    @WithDefault("3")
    int maxQuoteSentences();

    /**
     * A sentence whose content-term cosine with a sentence already in the summary is at least this is a repeat
     * and is not chosen (a caption restating the lead); above 1 turns the check off.
     */
    @WithDefault("0.9")
    double repeatCosine();
}
