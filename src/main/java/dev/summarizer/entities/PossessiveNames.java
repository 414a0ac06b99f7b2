package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import opennlp.tools.util.Span;

/**
 * Names with a possessive inside: a saint's building or body ("St James' Park", "St. Mary's College") and a building
 * or place named after someone ("Queen's Park", "Martha's Vineyard", "Christ's Hospital"). The model often stops at
 * the possessive ("St James" of "St James' Park", "James" of "St. James's Park"), since a possessive ends most names.
 * In CoNLL train, UNER-EWT dev and WikiANN train, 49 of 50 capitalised words after "St Name 's" continue the name
 * (the other is "St Gallen 's Brazilian player"), and all 10 building words after "Name 's" as this class reads them.
 * Not joined: a saint's place that owns what follows ("St Louis' Mark McGwire", "St Patrick's Day": the run must end
 * in a building or organisation word), a person or a longer place the model found right after a saint's possessive
 * ("St Helens' Sean Long", "St Petersburg's Hermitage Museum"), a listed place, nationality or organisation before a
 * building's possessive or after any ("Britain's Parliament"), and a building word that runs on ("Manning's Hall of
 * Fame").
 */
final class PossessiveNames {

    private static final Set<String> SAINTS = Set.of("St", "St.", "Saint");
    /** The words a place or building named after someone's possession ends in. */
    private static final Set<String> BUILDINGS = Set.of("Park", "College", "Hospital", "Church", "Cathedral",
            "Chapel", "School", "Lane", "Palace", "Hall", "Square", "Wood", "Bay", "Island", "Inn", "Abbey",
            "Vineyard", "Row", "Market", "Academy", "Gardens", "University", "Center", "Centre", "Museum",
            "Stadium", "Airport", "County", "Basilica");
    /** The most capitalised words taken into a saint's name after the possessive ("Regional Medical Center"). */
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
            if (!TokenShape.isPossessiveAt(tokens, p) || !TokenShape.isCapitalised(tokens[p - 1])
                    || !TokenShape.isCapitalised(tokens[p + 1]) || listed.test(tokens[p + 1])) {
                continue;
            }
            int start = -1;
            int end = -1;
            if (p >= 2 && SAINTS.contains(tokens[p - 2])) {
                start = p - 2;
                end = holdsPersonOrPlace(result, p + 1) ? -1 : buildingEnd(tokens, p + 1);
            } else if (isBuilding(tokens, p) && !listed.test(tokens[p - 1])) {
                start = p - 1;
                end = p + 2;
            }
            if (end > 0 && !crossesName(result, start, end) && !isName(result, start, end)) {
                Span joined = new Span(start, end);
                DesignatedRuns.put(result, new Span(start, end, typeOf(tokens, joined, result)));
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

    /**
     * True for one capitalised word, the possessive at {@code p} and one building word, with no capitalised word,
     * "of" or "&" after it ("Manning's Hall of Fame" is Manning's).
     */
    private static boolean isBuilding(String[] tokens, int p) {
        String after = p + 2 < tokens.length ? tokens[p + 2] : "";
        return BUILDINGS.contains(tokens[p + 1]) && !TokenShape.isCapitalised(after) && !after.equals("of")
                && !after.equals("&") && (p < 2 || !TokenShape.isCapitalised(tokens[p - 2]));
    }

    /**
     * The end of the capitalised words from {@code from} if there are at most {@link #MAX_WORDS_AFTER} and the last
     * is a building or organisation word ("Park", "College", "Regional Medical Center"), else -1 ("Union Station"
     * is not cut to "Union").
     */
    private static int buildingEnd(String[] tokens, int from) {
        int end = DesignatedRuns.runEnd(tokens, from, MAX_WORDS_AFTER + 1, TokenShape::isCapitalised);
        String last = tokens[end - 1];
        return end - from <= MAX_WORDS_AFTER && (BUILDINGS.contains(last) || OrganisationDesignators.isDesignator(last))
                ? end : -1;
    }

    /**
     * True if the model found a person, or a place of two or more words, right after a saint's possessive ("St
     * Helens' Sean Long", "St Petersburg's Hermitage Museum"): what follows is the saint's place's own, not part of
     * its name. A one-word place there is the model's slip ("Church" of "St Mary's Church").
     */
    private static boolean holdsPersonOrPlace(List<Span> names, int from) {
        return names.stream().anyMatch(name -> name.getStart() == from
                && (EntityType.PERSON.isTypeOf(name.getType())
                        || EntityType.LOCATION.isTypeOf(name.getType()) && name.length() > 1));
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
