package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import opennlp.tools.util.Span;

/**
 * Places named after the words of a biography or a gazetteer entry ("born in Can Tho", "died in
 * Saintes-Maries-de-la-Mer", "located in Grand Forks", "near Pibor") that the model left alone, mostly small places
 * no list or training sentence holds. In CoNLL train, 29 of 33 capitalised runs after such words are places, in
 * WikiANN train 194 of 273 (most of the rest are longer places: "Perry Township , Ohio"). Measured in
 * models/README.md ("Places after 'born in'").
 */
final class PlaceContexts {

    /** The words before the place, lower case, one or two words. */
    private static final Set<String> CONTEXTS = Set.of("born in", "died in", "raised in", "grew up in", "lives in",
            "lived in", "located in", "situated in", "settled in", "near");
    /** The last words of the contexts ("in", "near"). */
    private static final Set<String> LAST_WORDS = CONTEXTS.stream()
            .map(context -> context.substring(context.lastIndexOf(' ') + 1)).collect(Collectors.toUnmodifiableSet());
    /** Capitalised words that follow "in" without being a place, besides calendar words. */
    private static final Set<String> NOT_PLACES = Set.of("Parliament", "Congress");
    /**
     * Prepositions after which a name is the place itself: a listed place the model took for a club or firm ("clubs
     * in Liverpool") is the city, and a word that is also a found person's surname ("in Washington" after "Harold
     * Washington") is not that person. Not "to", "from", "at" or "into" alone: "closer to Hamilton", "an offer from
     * Glazer", "the car ran into Valencia" name the person (in the news articles they turned 8 right persons back
     * into places); see {@link #afterJourney}.
     */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "across", "throughout");
    /**
     * Words of a journey before "to" or "from" ("flew to Jordan", "returned from Jordan"): what follows is where the
     * journey goes, not a person of the same name. In CoNLL train, UNER-EWT dev and WikiANN train, 97 of the 104
     * capitalised words after them are places, 4 clubs or bodies ("returned to La Liga"), no person. Not "to" or
     * "from" alone ("closer to Hamilton", "an offer from Glazer"), nor words that hand things over as well as
     * travel: "the award went to Jordan", "gave way to Hamilton", "sent to President Cardoso", "move to Chelsea".
     */
    private static final Set<String> JOURNEYS = Set.of("flew", "fly", "flies", "flying", "travelled", "traveled",
            "travel", "travels", "travelling", "traveling", "returned", "return", "returns", "returning", "fled",
            "flee", "headed", "heading", "sailed", "deported", "extradited", "emigrated", "relocated", "drove",
            "arrived", "expelled", "exiled", "immigrated", "trip", "journey", "visit", "flight");
    /**
     * Forms of "visit" before the place visited ("visited Jordan"): 35 of 44 such capitalised words are places,
     * 5 persons.
     */
    private static final Set<String> VISITS = Set.of("visit", "visits", "visited", "visiting");
    /**
     * Points of the compass before "of" ("north-west of Płock", "south of Little Rock"): what follows is a place. In
     * CoNLL train, UNER-EWT dev and WikiANN train, 66 of 69 capitalised words after them are places.
     */
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "north-east", "north-west",
            "south-east", "south-west", "northeast", "northwest", "southeast", "southwest");
    /**
     * Parts of a river before "of the" ("the right bank of the Allier", "a tributary of the Meuse"): what follows is
     * the river. Not "source" ("the source of the Dnevi", a newspaper, in CoNLL train).
     */
    private static final Set<String> RIVER_PARTS = Set.of("bank", "banks", "mouth", "tributary", "tributaries",
            "confluence", "estuary", "headwaters");
    private static final Set<String> BANK_PREPOSITIONS = Set.of("on", "along", "from", "at", "by", "to");
    private static final Set<String> BANK_SIDES = Set.of("left", "right", "north", "south", "east", "west",
            "northern", "southern", "eastern", "western", "opposite", "far");
    /** Kinds of seat or capital between "Its" and the word ("Its county seat", "Its administrative capital"). */
    private static final Set<String> SEAT_KINDS = Set.of("county", "administrative", "regional", "provincial",
            "district", "municipal", "parish");
    /** What joins the places of a list: "in Leeds, York and Hull". */
    private static final Set<String> COORDINATORS = Set.of(",", "and", "or");
    /**
     * What may follow a place inside or at the end of a list; anything else ("in Leeds and Liverpool beat them",
     * "in Manchester, Liverpool signed him") makes the name the subject of a new clause, not another place.
     */
    private static final Set<String> LIST_ITEM_ENDS = Set.of(",", ".", ";", ":", ")", "and", "or", "in", "on",
            "at", "from", "to", "for", "with", "during", "over", "until", "since", "before", "after");
    /** The most capitalised words a place after these words runs to ("Saint Paul Park"). */
    private static final int MAX_WORDS = 3;

    /**
     * Who sits "for" a constituency ("MP for Stockport South", "the member for Mersey", "MLA for Surrey"): what
     * follows is the electoral division, a place.
     */
    private static final Set<String> REPRESENTATIVES = Set.of("MP", "MPs", "MLA", "MLAs", "MSP", "MSPs", "TD", "TDs",
            "MHA", "MHK", "member", "Member", "members", "Parliament");
    /** Words after an electoral division's name ("the Reddish North ward"); not "riding" ("Dettori riding Enable"). */
    private static final Set<String> DIVISION_WORDS = Set.of("constituency", "ward", "electorate");
    /** Words before "the seat of" a division: "won the seat of", "The seat of … was held by" opens a sentence. */
    private static final Set<String> SEAT_VERBS = Set.of("won", "win", "wins", "held", "hold", "holds", "lost",
            "lose", "contested", "contest", "retained", "retain", "gained", "gain", "took", "take");
    /** Parties a representative sits "for" ("TD for Fianna Fáil", "member for Sinn Féin"): no divisions. */
    private static final Set<String> PARTIES = Set.of("Labour", "Labor", "Conservative", "Conservatives", "Liberal",
            "Liberals", "Democrats", "Republicans", "Greens", "Plaid Cymru", "Sinn Féin", "Sinn Fein", "Fianna Fáil",
            "Fianna Fail", "Fine Gael", "SNP", "UKIP", "DUP", "SDLP", "Reform UK", "Alliance");

    private PlaceContexts() {
    }

    /**
     * True for a name that is an electoral division: after a representative and "for", after "the seat of" that
     * someone wins or holds, or before "constituency", "ward", "electorate"; no party ("TD for Fianna Fáil"), no
     * owner ("a member for Microsoft's Xbox team") and no organisation by its own words.
     */
    static boolean isElectoralDivision(String[] tokens, Span span) {
        int start = span.getStart();
        boolean after = start >= 2 && (tokens[start - 1].equals("for") && isRepresentative(tokens, start - 2)
                || tokens[start - 1].equals("of") && tokens[start - 2].equalsIgnoreCase("seat")
                        && isElectionSeat(tokens, start - 2));
        // Why "Sabha": "Adilabad (Lok Sabha constituency)" names the house whose division it is.
        boolean before = span.getEnd() < tokens.length && DIVISION_WORDS.contains(tokens[span.getEnd()])
                && !tokens[span.getEnd() - 1].equals("Sabha");
        if (!after && !before || TokenShape.isPossessiveAt(tokens, span.getEnd())) {
            return false;
        }
        String name = String.join(" ", Arrays.copyOfRange(tokens, start, span.getEnd()));
        return !PARTIES.contains(name) && !name.endsWith(" Party")
                && !OrganisationDesignators.namesOrganisation(tokens, span);
    }

    /**
     * True if "seat" at {@code at} is a division's: "The seat of" opening a sentence, or "the seat of" after a verb of
     * elections; not "Brussels is the seat of NATO".
     */
    private static boolean isElectionSeat(String[] tokens, int at) {
        return at >= 1 && (at == 1 && tokens[0].equals("The")
                || tokens[at - 1].equals("the") && at >= 2 && SEAT_VERBS.contains(tokens[at - 2]));
    }

    /** True if a representative ends at {@code at}, or just before a parenthesis there ("Parliament ( MP )"). */
    private static boolean isRepresentative(String[] tokens, int at) {
        int end = at;
        if (tokens[at].equals(")")) {
            while (end > 0 && !tokens[end].equals("(")) {
                end--;
            }
            end--;
        }
        return end >= 0 && REPRESENTATIVES.contains(tokens[end]);
    }

    /** True right after a preposition of place ("in", "near", "outside", "across", "throughout"; any case). */
    static boolean afterPlacePreposition(String[] tokens, int start) {
        return start > 0 && PLACE_PREPOSITIONS.contains(tokens[start - 1].toLowerCase(Locale.ROOT));
    }

    /**
     * True where a name is where a journey goes or comes from ("flew to Jordan", "returned from Jordan", "visited
     * Jordan"; any case): a word shared by a found person's surname and a place is the place there.
     */
    private static boolean afterJourney(String[] tokens, int start) {
        if (start < 1) {
            return false;
        }
        String before = tokens[start - 1].toLowerCase(Locale.ROOT);
        return VISITS.contains(before) || start >= 2 && (before.equals("to") || before.equals("from"))
                && JOURNEYS.contains(tokens[start - 2].toLowerCase(Locale.ROOT));
    }

    /**
     * True for a name where a journey goes that owns nothing after it ("flew to Jordan", not "came to Jordan 's
     * defence"): a word a found person's surname shares with a place is the place there.
     */
    static boolean isJourneyDestination(String[] tokens, int start, int end) {
        return afterJourney(tokens, start) && !TokenShape.isPossessiveAt(tokens, end);
    }

    /**
     * True right after a point of the compass and "of", written in lower case ("north-west of"; "West of Scotland"
     * is a name of its own).
     */
    static boolean afterDirection(String[] tokens, int start) {
        return start >= 2 && tokens[start - 1].equals("of") && DIRECTIONS.contains(tokens[start - 2]);
    }

    /**
     * The names with each person right after another person and "of" retyped as a place ("Johann Perren of
     * |Zermatt", "Stephanie of |Monaco"). Why: in CoNLL train 65 such names are places, 4 organisations and none a
     * person, yet the model, having read a place as a person earlier in a document, may do so again there. A name
     * opening with a given name ({@code givenName}) stays a person ("Recollections and Anecdotes of Edward Williams").
     */
    static List<Span> withPlacesAfterPersonOf(String[] tokens, List<Span> names, Predicate<String> givenName) {
        List<Span> result = new ArrayList<>(names.size());
        Span previous = null;
        for (Span name : names) {
            boolean afterPersonOf = previous != null && EntityType.PERSON.isTypeOf(previous.getType())
                    && EntityType.PERSON.isTypeOf(name.getType()) && previous.getEnd() + 1 == name.getStart()
                    && tokens[previous.getEnd()].equals("of") && !givenName.test(tokens[name.getStart()]);
            result.add(afterPersonOf ? new Span(name.getStart(), name.getEnd(), EntityType.LOCATION.name()) : name);
            previous = name;
        }
        return result;
    }

    /**
     * True if "to the" and a point of the compass follow token {@code end} in a sentence about borders or coasts
     * ("bordered by Langeac| to the north", "a coastline on Bandon Bay| to the northeast"); not "with Montgomery to
     * the north" of a battle, nor "rivals Arsenal to the north".
     */
    private static boolean beforeCompassPoint(String[] tokens, int end) {
        if (end + 2 >= tokens.length || !tokens[end].equals("to") || !tokens[end + 1].equals("the")
                || !DIRECTIONS.contains(tokens[end + 2])) {
            return false;
        }
        for (int t = 0; t < end; t++) {
            String word = tokens[t].toLowerCase(Locale.ROOT);
            if (word.startsWith("border") || word.startsWith("bounded") || word.startsWith("adjoin")
                    || word.startsWith("neighbo") || word.startsWith("coast")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if "Its (county) capital/seat is/was" or "The capital is/was" opens the clause right before token
     * {@code start} ("Its county seat is Pruett"); not "In the passenger seat was Harris", "growth capital was
     * SoftBank".
     */
    private static boolean afterCapitalIs(String[] tokens, int start) {
        if (start < 3 || !tokens[start - 1].equals("is") && !tokens[start - 1].equals("was")
                || !tokens[start - 2].equals("capital") && !tokens[start - 2].equals("seat")) {
            return false;
        }
        String before = tokens[start - 3];
        return before.equalsIgnoreCase("its") || before.equals("The") && start == 3
                || SEAT_KINDS.contains(before) && start >= 4 && tokens[start - 4].equalsIgnoreCase("its");
    }

    /**
     * True if "twinned with" stands right before the name and no designator is among its words: towns are twinned
     * with towns, hospitals and clubs with their like ("twinned with FC St. Pauli").
     */
    private static boolean afterTwinnedWith(String[] tokens, Span span) {
        int start = span.getStart();
        return start >= 2 && tokens[start - 1].equals("with") && tokens[start - 2].equals("twinned")
                && !OrganisationDesignators.holdsDesignator(tokens, span)
                && !PlaceDesignators.endsInNonPersonPlaceWord(tokens, span);
    }

    /** True if the name follows a part of a river and "of the" ("the mouth of the |Brisbane"). */
    private static boolean afterRiverPart(String[] tokens, int start) {
        if (start < 3 || !tokens[start - 1].equals("the") || !tokens[start - 2].equals("of")
                || !RIVER_PARTS.contains(tokens[start - 3])) {
            return false;
        }
        // A bank is a river's with its side or a place's preposition ("the right bank of the Allier", "on the bank
        // of the Shannon"), not "the merchant bank of the Baring family".
        return !tokens[start - 3].equals("bank") || start >= 4 && BANK_SIDES.contains(tokens[start - 4])
                || start >= 5 && tokens[start - 4].equals("the") && BANK_PREPOSITIONS.contains(tokens[start - 5]);
    }

    /**
     * True for a found name after a point of the compass or a part of a river, before "to the" and a point of the
     * compass ("bordered by Langeac to the north"), or after "twinned with" or "capital is", that is the place itself:
     * not a possessor ("north of Bush 's ranch", "west of Google 's headquarters") and not an organisation by its own
     * words ("north of Harvard University").
     */
    static boolean isPlaceByGeographicContext(String[] tokens, Span span) {
        return (afterDirection(tokens, span.getStart()) || afterRiverPart(tokens, span.getStart())
                || beforeCompassPoint(tokens, span.getEnd()) || afterTwinnedWith(tokens, span)
                || afterCapitalIs(tokens, span.getStart()))
                && !TokenShape.isPossessiveAt(tokens, span.getEnd())
                && !OrganisationDesignators.namesOrganisation(tokens, span);
    }

    /**
     * Capitalised runs (words with a lower-case letter, up to three) right after the words of a biography or a
     * gazetteer entry, or after a point of the compass ({@link #afterDirection}), where no name lies, as locations,
     * except those {@code listed} accepts (organisations). A run before a possessive ("near Smith 's farm") owns the
     * place, and one before a number ("south of Interstate 80", "Route 66") is part of a road's name: neither is taken.
     */
    static List<Span> unfound(String[] tokens, List<Span> names, Predicate<Span> listed) {
        List<Span> places = new ArrayList<>();
        if (isTitleCase(tokens)) {
            return places;
        }
        for (int t = 1; t < tokens.length; t++) {
            if (!after(tokens, t) && !afterDirection(tokens, t)) {
                continue;
            }
            int end = DesignatedRuns.runEnd(tokens, t, MAX_WORDS, PlaceContexts::isPlaceWord);
            Span run = new Span(t, end, EntityType.LOCATION.name());
            if (end > t && DesignatedRuns.isFree(names, run) && !listed.test(run)
                    && !TokenShape.isPossessiveAt(tokens, end) && !beforeNumber(tokens, end)) {
                places.add(run);
                t = end - 1;
            }
        }
        return places;
    }

    /**
     * True for a headline in title case ("Farmer Who Lived Near Pibor Dies"), where every word is capitalised and a
     * run would take in the verbs: more than two thirds of the words with letters start with a capital.
     */
    private static boolean isTitleCase(String[] tokens) {
        int words = 0;
        int capitalised = 0;
        for (String token : tokens) {
            if (token.chars().anyMatch(Character::isLetter)) {
                words++;
                capitalised += TokenShape.isCapitalised(token) ? 1 : 0;
            }
        }
        return words > 0 && 3 * capitalised > 2 * words;
    }

    private static boolean after(String[] tokens, int t) {
        String one = tokens[t - 1].toLowerCase(Locale.ROOT);
        // Why first: this runs for every token, and the longer contexts are built only after their last word.
        if (!LAST_WORDS.contains(one)) {
            return false;
        }
        String two = t >= 2 ? tokens[t - 2].toLowerCase(Locale.ROOT) + " " + one : one;
        String three = t >= 3 ? tokens[t - 3].toLowerCase(Locale.ROOT) + " " + two : two;
        return CONTEXTS.contains(one) || CONTEXTS.contains(two) || CONTEXTS.contains(three);
    }

    /**
     * True for a name that continues a list of places begun after a preposition of place ("in Liverpool and Hamburg",
     * "in Leeds, York and Hull"): only "," "and" "or" since the list's last place at {@code placesEnd}, and the name
     * ends a list item, not a new clause ("in Manchester, Liverpool signed him").
     */
    static boolean continuesPlaceList(String[] tokens, int placesEnd, Span span) {
        return coordinated(tokens, placesEnd, span) && endsListItem(tokens, span.getEnd());
    }

    private static boolean endsListItem(String[] tokens, int end) {
        return end == tokens.length || LIST_ITEM_ENDS.contains(tokens[end]);
    }

    /** True if only "," "and" "or" stand between a place list ending at {@code placesEnd} and the span. */
    private static boolean coordinated(String[] tokens, int placesEnd, Span span) {
        int start = span.getStart();
        if (placesEnd < 0 || start <= placesEnd || start - placesEnd > 2) {
            return false;
        }
        for (int t = placesEnd; t < start; t++) {
            if (!COORDINATORS.contains(tokens[t])) {
                return false;
            }
        }
        return true;
    }

    private static boolean beforeNumber(String[] tokens, int end) {
        return end < tokens.length && TokenShape.startsWithDigit(tokens[end]);
    }

    private static boolean isPlaceWord(String token) {
        return DesignatedRuns.isRunWord(token) && !NOT_PLACES.contains(token) && !TokenShape.isCalendarWord(token)
                && !PersonTitles.isTitle(token);
    }
}
