package dev.summarizer.entities;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Titles of works named right after their kind ("the album Blackened Sky", "the film Cold Mountain", "his novel
 * Small Island"): CoNLL annotates them as MISC and UNER not at all, so they are no person, place or organisation
 * whatever their words suggest. The model, trained without MISC, reads them as names now and then.
 */
final class TitlesOfWorks {

    /** Kinds of work that stand right before a title; "single", "play" and "show" have other senses too. */
    private static final Set<String> KINDS = Set.of("album", "albums", "song", "songs", "film", "films", "movie",
            "novel", "novels", "ep", "lp", "sitcom", "opera", "musical", "documentary", "mixtape");

    /**
     * A title set off by commas after its kind, written in lower case ("his debut album, Sink or Swim, on XOXO
     * Records"): up to eight title-case words, ending at the comma. Not "the movie, Daily Variety said" (no closing
     * comma, a lower-case verb) nor a partnership's "LP, River Medical Inc." (capitals).
     */
    private static final Pattern APPOSITIVE_TITLE = Pattern.compile(
            "\\b(?:album|albums|song|songs|film|films|movie|novel|novels|sitcom|opera|musical|documentary|mixtape)"
                    + ",[ \\t]+$");
    private static final Pattern TITLE_WORDS = Pattern.compile(
            "^(?:(?:\\p{Lu}[\\p{L}\\p{N}'\u2019.-]*|\\p{N}+|of|the|a|an|and|in|on|to|for|with|or|from|at|by)"
                    + "[ \\t]+){0,7}(?:\\p{Lu}[\\p{L}\\p{N}'\u2019.!?-]*|\\p{N}+),");
    /** How far before a name its kind of work is looked for, and after it the closing comma. */
    private static final int LOOK = 80;

    private TitlesOfWorks() {
    }

    /**
     * True if the name at {@code start} opens a title set off by commas after its kind of work ("album, Sink or
     * Swim,"). CoNLL annotates the title as MISC; the model, seeing "Sink", tags a name.
     */
    static boolean opensAppositiveTitle(String text, int start) {
        return APPOSITIVE_TITLE.matcher(text.substring(Math.max(0, start - LOOK), start)).find()
                && TITLE_WORDS.matcher(text.substring(start, Math.min(text.length(), start + LOOK))).find();
    }

    /** True if the word right before character {@code start} of the text is a kind of work ("the film |Ray"). */
    static boolean precedes(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return end < start && begin < end && KINDS.contains(text.substring(begin, end).toLowerCase(Locale.ROOT));
    }

    /** True if a kind of work stands right before {@code start}. */
    static boolean after(String[] tokens, int start) {
        return start > 0 && KINDS.contains(tokens[start - 1].toLowerCase(Locale.ROOT));
    }
}
