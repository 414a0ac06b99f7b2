package dev.summarizer.analysis;

/**
 * One sentence of the input and its tokens. Offsets are Java string indices (UTF-16 code units) into the whole
 * input text; {@code end} and {@code tokenEnds} are exclusive.
 */
public record Sentence(int index, int start, int end, String[] tokens, int[] tokenStarts, int[] tokenEnds) {

    public int length() {
        return end - start;
    }

    /** Number of tokens that contain a letter or a digit. */
    public int wordCount() {
        int words = 0;
        for (String token : tokens) {
            if (Words.isWord(token)) {
                words++;
            }
        }
        return words;
    }
}
