package dev.summarizer.entities;

import java.util.Locale;
import java.util.Set;

/**
 * Titles of works named right after their kind ("the album Blackened Sky", "the film Cold Mountain", "his novel
 * Small Island"): CoNLL annotates them as MISC and UNER not at all, so they are no person, place or organisation
 * whatever their words suggest. The model, trained without MISC, reads them as names now and then.
 */
final class TitlesOfWorks {

    /** Kinds of work that stand right before a title; "single", "play" and "show" have other senses too. */
    private static final Set<String> KINDS = Set.of("album", "albums", "song", "songs", "film", "films", "movie",
            "novel", "novels", "ep", "lp", "sitcom", "opera", "musical", "documentary", "mixtape");

    private TitlesOfWorks() {
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
