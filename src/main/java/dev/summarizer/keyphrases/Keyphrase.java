package dev.summarizer.keyphrases;

/** A key phrase as written in the text (its most frequent form), its score, and how often it occurs. */
public record Keyphrase(String text, double score, int count) {
}
