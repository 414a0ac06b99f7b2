package dev.summarizer.entities;

import java.util.List;

/** One occurrence of a name in the text: [start, end) in UTF-16 code units, its sentence and detected type. */
public record Mention(String text, int start, int end, int sentence, EntityType type) {

    public int length() {
        return end - start;
    }

    /** Up to {@code look} characters of {@code text} right before the mention. */
    String textBefore(String text, int look) {
        return text.substring(Math.max(0, start - look), start);
    }

    /** Up to {@code look} characters of {@code text} right after the mention. */
    String textAfter(String text, int look) {
        return text.substring(end, Math.min(text.length(), end + look));
    }

    /** True if {@code word} is one of the words of the mention's name (split at spaces and hyphens). */
    boolean holdsWord(String word) {
        return List.of(text.split("[\\s-]+")).contains(word);
    }
}
