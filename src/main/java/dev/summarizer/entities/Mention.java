package dev.summarizer.entities;

/** One occurrence of a name in the text: [start, end) in UTF-16 code units, its sentence and detected type. */
public record Mention(String text, int start, int end, int sentence, EntityType type) {

    public int length() {
        return end - start;
    }
}
