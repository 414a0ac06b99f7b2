package dev.summarizer.entities;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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
     * A kind of work and a comma right before a title set off by commas ("his debut album, Sink or Swim, on XOXO
     * Records"), the kind in lower case: not a partnership's "LP, River Medical Inc.".
     */
    private static final Pattern KIND_AND_COMMA = Pattern.compile("(?<!\\p{L})(\\p{Ll}+),[ \\t]+$");
    /**
     * The title after it: up to eight title-case words, then perhaps the year of the work ("album, Blue Canal (1995),"
     * as encyclopaedic articles write), ending at the comma. Not "the movie, Daily Variety said" (no closing comma, a
     * lower-case verb).
     */
    private static final Pattern TITLE_WORDS = Pattern.compile(
            "^(?:(?:\\p{Lu}[\\p{L}\\p{N}'\u2019.-]*|\\p{N}+|of|the|a|an|and|in|on|to|for|with|or|from|at|by)"
                    + "[ \\t]+){0,7}(?:\\p{Lu}[\\p{L}\\p{N}'\u2019.!?-]*|\\p{N}+)"
                    + "(?:[ \\t]+\\((?:1[89]|20)\\d\\d\\))?,");
    /** How far before a name its kind of work is looked for, and after it the closing comma. */
    private static final int LOOK = 80;

    private TitlesOfWorks() {
    }

    /**
     * True if the name at {@code start} opens a title set off by commas after its kind of work ("album, Sink or
     * Swim,"). CoNLL annotates the title as MISC; the model, seeing "Sink", tags a name.
     */
    static boolean opensAppositiveTitle(String text, int start) {
        Matcher kind = KIND_AND_COMMA.matcher(text.substring(Math.max(0, start - LOOK), start));
        return kind.find() && KINDS.contains(kind.group(1))
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
