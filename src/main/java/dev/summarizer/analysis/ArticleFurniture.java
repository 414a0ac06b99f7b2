package dev.summarizer.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the furniture around news text that is not part of any sentence of the story: bylines, datelines,
 * "Source link:" style trailers and "Scroll down for video" prompts. {@link SentenceSplitter} drops whole
 * furniture lines and cuts a dateline off the sentence it starts, so a summary never begins with "LONDON
 * (Reuters) -". The patterns are deliberately narrow: a false match loses words of a real sentence.
 */
public final class ArticleFurniture {

    /** "By Jane Smith", "By . Jane Smith and John Doe .", "By Staff Reporter" on a line of its own. */
    private static final Pattern BYLINE = Pattern.compile(
            "By\\s*\\.?\\s+\\p{Lu}[\\p{L}.'\u2019-]*(?:[\\s,]+(?:and|&|\\p{Lu}[\\p{L}.'\u2019-]*))*\\s*\\.?");

    /** A trailer line: "Source link: …", "Read more: …", "Related: …", "Advertisement", "Share this article". */
    private static final Pattern TRAILER = Pattern.compile(
            "(?i)(?:source(?: link)?|read more|related(?: articles?)?|see also|image caption|image copyright"
                    + "|follow us|sources?)\\s*:.*|advertisement|share this article|click here.*");

    /**
     * An agency dateline: an optional place ("LONDON", "New Delhi, India", "WASHINGTON, Jan. 5") then an agency in
     * parentheses ("(Reuters)", "(CNN)", "(AP)") and an optional dash or colon.
     */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}.'\u2019-]*(?:[ ,]+\\p{Lu}[\\p{L}.'\u2019-]*|,? \\d{1,4})*\\s*)?"
                    + "\\((?:\\p{Lu}[\\p{L}&.'\u2019-]*)(?: \\p{Lu}[\\p{L}&.'\u2019-]*){0,3}\\)"
                    + "\\s*(?:[-\u2013\u2014:]+\\s*)?");

    /** A place dateline: an upper-case place and a dash ("WASHINGTON \u2014 "). */
    private static final Pattern PLACE_DATELINE = Pattern.compile(
            "\\p{Lu}{2,}(?:[ ,]+\\p{Lu}{2,})*\\s+[-\u2013\u2014]+\\s+");

    /** A prompt Daily Mail style pages glue before the first sentence. */
    private static final Pattern PROMPT = Pattern.compile("(?i)scroll down for (?:video|more)\\s*");

    private static final String CLOSERS = "\"')]\u201D\u2019";
    private static final String TERMINALS = ".!?\u2026";

    private ArticleFurniture() {
    }

    /** True if the whole line (trimmed) is a byline or a trailer, not a sentence of the story. */
    static boolean isFurnitureLine(String line) {
        String trimmed = line.strip();
        return BYLINE.matcher(trimmed).matches() || TRAILER.matcher(trimmed).matches()
                || PROMPT.matcher(trimmed).matches();
    }

    /**
     * Number of characters of dateline or prompt at the start of the sentence, 0 if none. Only a prefix that
     * leaves a sentence behind counts (so "(CNN)" alone is kept); see {@link #datelineEnd} for what else keeps a
     * dateline-like start.
     */
    static int leadingFurniture(String sentence) {
        int cut = datelineEnd(sentence);
        Matcher prompt = PROMPT.matcher(sentence).region(cut, sentence.length());
        if (prompt.lookingAt() && prompt.end() < sentence.length()
                && startsSentence(sentence.charAt(prompt.end()))) {
            cut = prompt.end();
        }
        return cut;
    }

    /**
     * End of a dateline at the start of the sentence, 0 if none. A dateline needs a sentence after it that does
     * not start with a digit: "Benetton (Italy) 92 Dinamo (Russia) 81" is a result line, and cutting it hid its
     * names from entity finding. A place dateline must not be followed by text all in capitals: "BOXING -
     * PANAMA'S ROBERTO DURAN FIGHTS ON" is a headline, whose names the name finder found only with the whole line.
     */
    private static int datelineEnd(String sentence) {
        Matcher agency = AGENCY_DATELINE.matcher(sentence);
        if (agency.lookingAt() && startsSentenceAfter(sentence, agency.end())) {
            return agency.end();
        }
        Matcher place = PLACE_DATELINE.matcher(sentence);
        if (place.lookingAt() && startsSentenceAfter(sentence, place.end())
                && !isAllCapitals(sentence.substring(place.end()))) {
            return place.end();
        }
        return 0;
    }

    private static boolean startsSentenceAfter(String sentence, int end) {
        return end < sentence.length() && startsSentence(sentence.charAt(end))
                && !Character.isDigit(sentence.charAt(end));
    }

    /**
     * Number of characters of a "Scroll down for video" prompt at the start of a sentence anywhere in a block, 0
     * if none (Daily Mail pages also put it between two paragraphs' sentences).
     */
    static int leadingPrompt(String sentence) {
        Matcher matcher = PROMPT.matcher(sentence);
        return matcher.lookingAt() && matcher.end() < sentence.length()
                && startsSentence(sentence.charAt(matcher.end())) ? matcher.end() : 0;
    }

    /** An editor's note about the story ("Editor's Note: …", "Editor's note (July 8, 2015) -- …"). */
    private static final Pattern EDITORS_NOTE = Pattern.compile("(?i)editor[’']?s[’']? note\\b.*",
            Pattern.DOTALL);

    /** True if the sentence is an editor's note: part of the page, but not a statement of the story. */
    public static boolean isEditorsNote(String sentence) {
        return EDITORS_NOTE.matcher(sentence).matches();
    }

    /**
     * True if the sentence has no final punctuation (. ! ? or an ellipsis, possibly inside closing quotes or
     * brackets): a heading, a caption or a list item, which reads badly as a summary sentence.
     */
    public static boolean isFragment(String sentence) {
        int last = sentence.length() - 1;
        while (last >= 0 && (Character.isWhitespace(sentence.charAt(last))
                || CLOSERS.indexOf(sentence.charAt(last)) >= 0)) {
            last--;
        }
        return last < 0 || TERMINALS.indexOf(sentence.charAt(last)) < 0;
    }

    /** True if the text has capital letters and no lower-case ones (a script without case has neither). */
    private static boolean isAllCapitals(String text) {
        return text.chars().anyMatch(Character::isUpperCase) && text.chars().noneMatch(Character::isLowerCase);
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '\u201C'
                || c == '\u2018';
    }
}
