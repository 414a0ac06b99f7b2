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
            "novel", "novels", "ep", "lp", "sitcom", "opera", "musical", "documentary", "mixtape",
            // Genres that name nothing but works (2026-11-29 eighth session: "his migrant drama The Long Crossing").
            "drama", "thriller", "comedy", "biopic", "memoir", "miniseries", "sequel", "remake", "anthology");

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
    /** A year in parentheses right after a name ("Ferryman (2012)"). */
    private static final Pattern YEAR_AFTER = Pattern.compile("^[ \\t]*\\((?:1[89]|20)\\d\\d\\)");
    /**
     * Words before a dated name, in its sentence, that make it a release ("she released The Orchard Sessions (2008),
     * Ferryman (2012) and Sea Glass (2019)"); not "record" ("the record book: Harrison Dillard (1948)").
     */
    private static final Pattern RELEASE_BEFORE = Pattern.compile(
            "\\b(?:released|recorded|issued|albums?|EPs?|LPs?|films?|novels?|singles)\\b");
    /** How far back in its sentence a release word is looked for. */
    private static final int RELEASE_LOOK = 150;
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

    /**
     * True if the mention is dated by a year in parentheses and its sentence speaks of releases before it ("released
     * Night Ferry (2001)", "albums: Ferryman (2012), Lantern Hours (2015)"): a title, as discographies write them.
     */
    static boolean isDatedRelease(String text, Mention mention) {
        if (!YEAR_AFTER.matcher(text.substring(mention.end(), Math.min(text.length(), mention.end() + 12))).find()) {
            return false;
        }
        String before = text.substring(Math.max(0, mention.start() - RELEASE_LOOK), mention.start());
        int sentenceStart = Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n'));
        return RELEASE_BEFORE.matcher(before.substring(sentenceStart + 1)).find();
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
