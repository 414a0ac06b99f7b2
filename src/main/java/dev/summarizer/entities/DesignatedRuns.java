package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import opennlp.tools.util.Span;

/**
 * Capitalised runs of words that end in a designator, a word that says what kind of name they are ("Records",
 * "University" for organisations, {@link OrganisationDesignators}; "River", "County" for places,
 * {@link PlaceDesignators}): how such runs are cut out of a sentence.
 */
final class DesignatedRuns {

    /** Lower-case words that may stand inside a name ("Society of Jesus", "Institute for Advanced Study"). */
    private static final Set<String> INNER_WORDS = Set.of("of", "for", "and", "&", "de");
    /** Inner words that join a designator to the rest of its name ("Academy of Sciences"), unlike "and". */
    static final Set<String> COMPLEMENT_WORDS = Set.of("of", "for", "de");
    /** Capitalised words that open a sentence rather than a name ("The", "In Wells College"). */
    private static final Set<String> OPENERS = Set.of("The", "A", "An", "In", "At", "On", "For", "From", "By",
            "With", "To", "Of", "And", "But", "His", "Her", "Their", "Its", "Our", "This", "That", "These",
            "Those", "When", "After", "Before", "As", "While", "Since", "Under", "Both", "Many", "Some", "If",
            "Although", "Because", "Unless", "Until", "Whether", "Once", "Why", "How", "What", "Where", "Who");

    private DesignatedRuns() {
    }

    /**
     * Capitalised runs of two or more words that end in a designator and overlap none of the found names, as token
     * spans of the type, except those {@code exclude} accepts; leading sentence openers are left out ("In Verve
     * Records" gives "Verve Records"), a designator's complement stays in ("Bulgarian Academy of Sciences"), and a
     * run joined to another name by "and" ends at its designator ("EMI Records and Parlophone").
     */
    static List<Span> unfound(String[] tokens, List<Span> found, Predicate<String> isDesignator, EntityType type,
            Predicate<Span> exclude) {
        List<Span> runs = new ArrayList<>();
        int t = 0;
        while (t < tokens.length) {
            if (!TokenShape.isCapitalised(tokens[t])) {
                t++;
                continue;
            }
            int end = t + 1;
            while (end < tokens.length && (TokenShape.isCapitalised(tokens[end]) || INNER_WORDS.contains(tokens[end])
                    && end + 1 < tokens.length && TokenShape.isCapitalised(tokens[end + 1]))) {
                end++;
            }
            int start = afterOpeners(tokens, t, end);
            int nameEnd = designatedEnd(tokens, start, end, isDesignator);
            if (nameEnd > start + 1
                    && found.stream().noneMatch(span -> span.getStart() < nameEnd && start < span.getEnd())) {
                Span run = new Span(start, nameEnd, type.name());
                if (!exclude.test(run)) {
                    runs.add(run);
                }
            }
            t = end;
        }
        return runs;
    }

    /**
     * The end (exclusive) of the name in the run, or -1 if there is none: the whole run if its last designator
     * ends it or is followed by its complement ("Bulgarian Academy of Sciences", "Society of Jesus"), else the run up
     * to a designator before "and" or "&" ("EMI Records" of "EMI Records and Parlophone").
     */
    private static int designatedEnd(String[] tokens, int start, int end, Predicate<String> isDesignator) {
        for (int k = end - 1; k >= start; k--) {
            if (isDesignator.test(tokens[k])) {
                if (k < end - 1 && COMPLEMENT_WORDS.contains(tokens[k + 1]) || k == end - 1 && k > start) {
                    return end;
                }
                if (k > start && INNER_WORDS.contains(tokens[k + 1])) {
                    return k + 1;
                }
            }
        }
        return -1;
    }

    /**
     * The end of a designator's complement at {@code at} ("of Economics", "for Advanced Study", "of Public and
     * International Affairs"), before {@code limit}; {@code at} itself if there is none.
     */
    static int withComplement(String[] tokens, int at, int limit) {
        if (at + 1 >= limit || !COMPLEMENT_WORDS.contains(tokens[at]) || !TokenShape.isCapitalised(tokens[at + 1])) {
            return at;
        }
        int end = at + 1;
        while (end < limit && (TokenShape.isCapitalised(tokens[end]) || INNER_WORDS.contains(tokens[end])
                && end + 1 < limit && TokenShape.isCapitalised(tokens[end + 1]))) {
            end++;
        }
        return end;
    }

    /**
     * Where a run of words that {@code isWord} accepts, from {@code start} and at most {@code maxWords} long, ends
     * ({@code start} if the first word is not accepted).
     */
    static int runEnd(String[] tokens, int start, int maxWords, Predicate<String> isWord) {
        int end = start;
        while (end < tokens.length && end - start < maxWords && isWord.test(tokens[end])) {
            end++;
        }
        return end;
    }

    /** Puts {@code name} in place of the names it overlaps, keeping the names in token order. */
    static void put(List<Span> names, Span name) {
        names.removeIf(other -> other.intersects(name));
        names.add(name);
        names.sort(Comparator.comparingInt(Span::getStart));
    }

    /** True if no name overlaps the run: the rules add a name only where none lies. */
    static boolean isFree(List<Span> names, Span run) {
        return names.stream().noneMatch(name -> name.intersects(run));
    }

    /** True for a word that may carry a name's run: capitalised, with a lower-case letter, no sentence opener. */
    static boolean isRunWord(String token) {
        return TokenShape.isCapitalisedWord(token) && !isOpener(token);
    }

    /** True for a capitalised word that opens a sentence rather than a name ("The", "When"). */
    static boolean isOpener(String token) {
        return OPENERS.contains(token);
    }

    /**
     * The first token of the run from {@code start} that is no sentence opener ("The", "In") and no compound that
     * describes the name ("Paisley-based RCA Trust").
     */
    static int afterOpeners(String[] tokens, int start, int end) {
        int first = start;
        while (first < end && (OPENERS.contains(tokens[first])
                || TokenShape.isDescriptiveCompound(tokens[first]))) {
            first++;
        }
        return first;
    }
}
