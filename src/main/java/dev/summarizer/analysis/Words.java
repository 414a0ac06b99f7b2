package dev.summarizer.analysis;

/** Small character-class helpers shared by the pipeline stages. */
public final class Words {

    private Words() {
    }

    /** True if the token holds at least one letter or digit (so it is a word, not punctuation). */
    public static boolean isWord(CharSequence token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True if the text holds at least one letter. */
    public static boolean hasLetter(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
