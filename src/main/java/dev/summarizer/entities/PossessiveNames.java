package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import opennlp.tools.util.Span;

/**
 * Names with a possessive inside: a saint's ("St James' Park", "St. Mary's College") and a building or place named
 * after someone ("Queen's Park", "Martha's Vineyard", "Christ's Hospital"). The model often stops at the possessive
 * ("St James" of "St James' Park", "James" of "St. James's Park"), since a possessive ends most names. In CoNLL train,
 * UNER-EWT dev and WikiANN train, 49 of 50 capitalised words after "St Name 's" continue the name (the other is
 * "St Gallen 's Brazilian player"), and all 11 of the building words below after "Name 's".
 */
final class PossessiveNames {

    private static final Set<String> POSSESSIVES = Set.of("'s", "'", "\u2019s", "\u2019");
    private static final Set<String> SAINTS = Set.of("St", "St.", "Saint");
    /** The words a place or building named after someone's possession ends in. */
    private static final Set<String> BUILDINGS = Set.of("Park", "College", "Hospital", "Church", "Cathedral",
            "Chapel", "School", "Lane", "Palace", "Hall", "Square", "Wood", "Bay", "Island", "Inn", "Abbey",
            "Vineyard", "Row", "Market", "Academy", "Gardens", "University");
    /** The most capitalised words after a saint's possessive taken into the name ("St John's Wood Road"). */
    private static final int MAX_WORDS_AFTER = 3;

    private PossessiveNames() {
    }

    /**
     * The names with every name across a possessive joined into one, typed by {@link #typeOf}.
     *
     * @param names the names in token order, not overlapping
     * @param listed true for words a place, nationality or organisation list holds, which own rather than name
     *     ("Britain's Parliament", "St Gallen's Brazilian player")
     */
    static List<Span> joined(String[] tokens, List<Span> names, Predicate<String> listed) {
        List<Span> result = new ArrayList<>(names);
        for (int p = 1; p + 1 < tokens.length; p++) {
            if (!POSSESSIVES.contains(tokens[p]) || !TokenShape.isCapitalised(tokens[p - 1])
                    || !TokenShape.isCapitalised(tokens[p + 1]) || listed.test(tokens[p + 1])) {
                continue;
            }
            int start = p >= 2 && SAINTS.contains(tokens[p - 2]) ? p - 2 : -1;
            int end = start >= 0 ? capitalisedRunEnd(tokens, p + 1) : -1;
            if (start < 0 && isBuilding(tokens, p) && !listed.test(tokens[p - 1])) {
                start = p - 1;
                end = p + 2;
            }
            if (start >= 0 && !crossesName(result, start, end) && !isName(result, start, end)) {
                Span joined = new Span(start, end);
                String type = typeOf(tokens, joined, result);
                result.removeIf(name -> name.intersects(joined));
                result.add(new Span(start, end, type));
                result.sort(Comparator.comparingInt(Span::getStart));
                p = end - 1;
            }
        }
        return result;
    }

    /**
     * An organisation if the name ends in an organisation word or the model found only organisations inside it
     * ("Park" of "Queen 's Park" the club); else a place.
     */
    private static String typeOf(String[] tokens, Span joined, List<Span> names) {
        List<String> inside = names.stream().filter(name -> name.intersects(joined)).map(Span::getType).toList();
        boolean organisation = OrganisationDesignators.endsInDesignator(tokens, joined) || !inside.isEmpty()
                && inside.stream().allMatch(EntityType.ORGANIZATION.name()::equals);
        return organisation ? EntityType.ORGANIZATION.name() : EntityType.LOCATION.name();
    }

    /** True for one capitalised word, the possessive at {@code p}, one building word, and no capitalised word on. */
    private static boolean isBuilding(String[] tokens, int p) {
        return BUILDINGS.contains(tokens[p + 1])
                && (p + 2 >= tokens.length || !TokenShape.isCapitalised(tokens[p + 2]))
                && (p < 2 || !TokenShape.isCapitalised(tokens[p - 2]));
    }

    private static int capitalisedRunEnd(String[] tokens, int from) {
        int end = from;
        while (end < tokens.length && end - from < MAX_WORDS_AFTER && TokenShape.isCapitalised(tokens[end])) {
            end++;
        }
        return end;
    }

    /** True if a found name covers exactly these tokens (its type stands: "Queen 's Park" the club). */
    private static boolean isName(List<Span> names, int start, int end) {
        return names.stream().anyMatch(name -> name.getStart() == start && name.getEnd() == end);
    }

    /** True if a found name runs out of the joined span on either side ("John St James"). */
    private static boolean crossesName(List<Span> names, int start, int end) {
        for (Span name : names) {
            if (name.getStart() < start && name.getEnd() > start || name.getStart() < end && name.getEnd() > end) {
                return true;
            }
        }
        return false;
    }
}
