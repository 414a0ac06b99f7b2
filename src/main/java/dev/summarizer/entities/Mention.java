package dev.summarizer.entities;

import java.util.List;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/** One occurrence of a name in the text: [start, end) in UTF-16 code units, its sentence and detected type. */
public record Mention(String text, int start, int end, int sentence, EntityType type) {

    /** A preposition of place at the end of the text before a mention. */
    private static final Pattern PLACE_PREPOSITION_BEFORE = Pattern.compile(
            "(?i)\\b(?:in|from|to|near|at|outside|across|of)[ \\t]+$");
    /** "the" or "The" at the end of the text before a mention. */
    private static final Pattern THE_BEFORE = Pattern.compile("\\b[Tt]he[ \\t]+$");

    public int length() {
        return end - start;
    }

    /** Up to {@code look} characters of {@code text} right before the mention. */
    String textBefore(String text, int look) {
        return text.substring(Math.max(0, start - look), start);
    }

    /** True if the mention overlaps one of the character spans. */
    boolean overlapsAny(List<Span> spans) {
        return spans.stream().anyMatch(span -> start < span.getEnd() && span.getStart() < end);
    }

    /** True if a preposition of place stands right before the mention in {@code text} ("lived in |Manhattan"). */
    boolean followsPlacePreposition(String text) {
        return PLACE_PREPOSITION_BEFORE.matcher(textBefore(text, 12)).find();
    }

    /** True if "the" stands right before the mention in {@code text} ("on the |Billboard Country Airplay chart"). */
    boolean followsThe(String text) {
        return THE_BEFORE.matcher(textBefore(text, 12)).find();
    }

    /** Up to {@code look} characters of {@code text} right after the mention. */
    String textAfter(String text, int look) {
        return text.substring(end, Math.min(text.length(), end + look));
    }

    /** The same occurrence with another type. */
    public Mention withType(EntityType newType) {
        return new Mention(text, start, end, sentence, newType);
    }

    /** True if a person among the mentions has a name of two or more words that ends in {@code words}. */
    static boolean endsSomePersonsName(List<Mention> mentions, String words) {
        return mentions.stream().anyMatch(mention -> mention.type() == EntityType.PERSON
                && mention.text().endsWith(" " + words));
    }

    /** True if {@code word} is one of the words of the mention's name (split at spaces and hyphens). */
    boolean holdsWord(String word) {
        return List.of(text.split("[\\s-]+")).contains(word);
    }
}
