package dev.summarizer.summarize;

/**
 * What the ranking knows of a sentence's surface form, for the form prior of {@link SentencePriors}.
 *
 * @param question the sentence ends in a question mark (possibly inside closing quotes or brackets)
 * @param opensQuote the sentence starts with a quotation mark: it is somebody's words, not the story's
 * @param words the number of words (tokens with a letter or a digit)
 */
public record SentenceForm(boolean question, boolean opensQuote, int words) {

    private static final String CLOSERS = "\"')]\u201D\u2019\u00BB";
    private static final String OPENERS = "\"'\u201C\u2018\u00AB\u201E";

    /** The form of a sentence's text (trimmed) with the given word count. */
    public static SentenceForm of(String sentence, int words) {
        int last = sentence.length() - 1;
        while (last >= 0 && (Character.isWhitespace(sentence.charAt(last))
                || CLOSERS.indexOf(sentence.charAt(last)) >= 0)) {
            last--;
        }
        boolean question = last >= 0 && sentence.charAt(last) == '?';
        boolean opensQuote = !sentence.isEmpty() && OPENERS.indexOf(sentence.charAt(0)) >= 0;
        return new SentenceForm(question, opensQuote, words);
    }
}
