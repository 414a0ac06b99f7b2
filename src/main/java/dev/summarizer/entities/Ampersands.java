package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import opennlp.tools.util.Span;

/**
 * Names joined by an ampersand ("Marks & Spencer", "Brooks & Dunn", "Alexander Stephen & Sons"): one firm, band or
 * society, which the model now and then reads as a person and nothing, or as two persons. In CoNLL-2003 train and
 * valid every "&" between capitalised words lies inside a name (36 of 36), in WikiANN 251 of 254. Measured in
 * models/README.md ("Names joined by an ampersand").
 */
final class Ampersands {

    private Ampersands() {
    }

    /**
     * The names, each "&" with a found name on at least one side and a capitalised word on each joined into one
     * name: an organisation, or a place if both sides are places and {@code listedPlace} holds the name written with
     * "and" ("Trinidad & Tobago"; "France & Germany" stay two). A side the model left alone is its run of capitalised
     * words, without sentence openers ("The"); a side that is a found name is the whole name. A person of two or more
     * words stays apart from another person or from two or more words the model left alone ("Matt Lucas & David
     * Walliams", "Paul Simon & Art Garfunkel"; "Alexander Stephen & Sons" and "Michael L. Beatty & Associates, PC"
     * are firms).
     */
    static List<Span> joined(String[] tokens, List<Span> names, Predicate<String> listedPlace) {
        List<Span> result = new ArrayList<>(names);
        for (int amp = 1; amp + 1 < tokens.length; amp++) {
            if (!tokens[amp].equals("&") || !TokenShape.isCapitalised(tokens[amp - 1])
                    || !TokenShape.isCapitalised(tokens[amp + 1])) {
                continue;
            }
            Span left = nameEndingAt(result, amp);
            Span right = nameStartingAt(result, amp + 1);
            if (left == null && right == null) {
                continue;
            }
            int start = left != null ? left.getStart() : runStart(tokens, result, amp);
            int end = right != null ? right.getEnd() : runEnd(tokens, result, amp + 1);
            if (start >= amp || end <= amp + 1 || keepsApart(left, right, end - amp - 1)
                    || keepsApart(right, left, amp - start)) {
                continue;
            }
            boolean places = left != null && right != null && EntityType.LOCATION.isTypeOf(left.getType())
                    && EntityType.LOCATION.isTypeOf(right.getType());
            if (places && !listedPlace.test(String.join(" ", Arrays.copyOfRange(tokens, start, amp)) + " and "
                    + String.join(" ", Arrays.copyOfRange(tokens, amp + 1, end)))) {
                continue;
            }
            DesignatedRuns.put(result, new Span(start, end,
                    (places ? EntityType.LOCATION : EntityType.ORGANIZATION).name()));
        }
        return result;
    }

    /**
     * True if {@code person}, a person of two or more words, stays apart from the other side of the "&": another
     * person, or {@code otherWords} of two or more that are no organisation.
     */
    private static boolean keepsApart(Span person, Span other, int otherWords) {
        return isPerson(person) && person.length() >= 2
                && (isPerson(other) || !isOrganisation(other) && otherWords >= 2);
    }

    private static boolean isPerson(Span name) {
        return name != null && EntityType.PERSON.isTypeOf(name.getType());
    }

    private static boolean isOrganisation(Span name) {
        return name != null && EntityType.ORGANIZATION.isTypeOf(name.getType());
    }

    private static Span nameEndingAt(List<Span> names, int end) {
        return names.stream().filter(name -> name.getEnd() == end).findFirst().orElse(null);
    }

    private static Span nameStartingAt(List<Span> names, int start) {
        return names.stream().filter(name -> name.getStart() == start).findFirst().orElse(null);
    }

    /** The start of the capitalised run that ends before the ampersand, or the ampersand if there is none. */
    private static int runStart(String[] tokens, List<Span> names, int amp) {
        int start = amp;
        while (start > 0 && TokenShape.isCapitalised(tokens[start - 1]) && isFree(names, start - 1)) {
            start--;
        }
        return DesignatedRuns.afterOpeners(tokens, start, amp);
    }

    /** The end of the capitalised run that starts after the ampersand. */
    private static int runEnd(String[] tokens, List<Span> names, int start) {
        int end = start;
        while (end < tokens.length && TokenShape.isCapitalised(tokens[end]) && isFree(names, end)) {
            end++;
        }
        return end;
    }

    private static boolean isFree(List<Span> names, int token) {
        return DesignatedRuns.isFree(names, new Span(token, token + 1));
    }
}
