package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import opennlp.tools.util.Span;

/**
 * Names that end in a word of geography ("Danube River", "Lord Howe Island", "Clare Valley", "Mingus Mountain").
 * Why: the model types such names of an encyclopaedic article as persons or organisations when their first words
 * are a surname or a company ("Cherry River", "Morgan Island"); the geographic word settles it. Measured in
 * models/README.md ("Names ending in a word of geography").
 *
 * <p>Left out: words that are also surnames ("Rivers", "Strait", "Hills", "Plain") and words that end sports
 * clubs named after places ("Bay" of "Tampa Bay" and "Green Bay", "Forest" of "Nottingham Forest").
 */
final class PlaceDesignators {

    private static final Set<String> ENDINGS = Set.of("River", "Mountains", "Mountain", "Sea", "Ocean", "Lake",
            "Island", "Islands", "Peninsula", "Valley", "Gulf", "Canal", "Creek", "Desert", "Glacier", "Falls",
            "Range", "Coast", "Plateau", "Basin", "Delta");

    /**
     * The words that end protected areas: a park is a place in CoNLL's guidelines, and WikiANN train marks 13 of its
     * 18 national parks as places; "Park" alone also ends clubs and firms ("Queens Park", "Ocean Park").
     */
    private static final Set<String> PROTECTED_AREAS = Set.of("National Park", "Natural Park", "State Park",
            "National Forest", "Nature Reserve", "Game Reserve", "Wildlife Sanctuary", "Marine Park");

    /**
     * Words that end places of people's making ("Clinton County", "Mughal Empire", "Joshua Tree National
     * Monument", "Shea Stadium": CoNLL and UNER annotate buildings as locations) and no person's name; clubs and
     * firms do end in them ("Ross County"), so they only take a name the model called a person. Surnames among such
     * words are left out: "Park", "Castle", "Street", "Abbey", "Bridge" (the footballer Wayne Bridge), "Church",
     * "Temple", "Arena".
     */
    private static final Set<String> NOT_PERSON_ENDINGS = Set.of("County", "Township", "District", "Parish",
            "Province", "Empire", "Cathedral", "Monument", "Palace", "Square", "Avenue", "Stadium", "Airport",
            "Station", "Cemetery", "Hospital", "Museum", "Library", "Mosque", "Viaduct", "Aqueduct", "Monastery",
            "Priory", "Lighthouse", "Observatory", "Expressway", "Motorway", "Boulevard");

    /**
     * Words of other languages that open the names of buildings and estates ("Schloss Ravensberg", "Burg
     * Valdrecht", "Palazzo Vecchio"), and no person's name: in CoNLL, UNER and WikiANN no person opens with one
     * (WikiANN's silver labels call three wine châteaux persons). They only take a name the model called a person, as
     * estates also name wines and firms ("Château Margaux"). Not "Villa", "Quinta" or "Castillo", which are also
     * names of persons ("Villa Ruiz", "Quinta Brunson").
     */
    private static final Set<String> NOT_PERSON_OPENINGS = Set.of("Schloss", "Burg", "Palazzo", "Château",
            "Castello", "Kasteel", "Palacio", "Hacienda");

    /** Administrative areas written before "of" and their place ("Province of Padua"). */
    private static final Set<String> AREAS_OF = Set.of("Province", "Municipality", "Region", "Prefecture",
            "Governorate", "Oblast", "Voivodeship", "Canton");
    /**
     * Words that end the names of administrative areas ("Phú Ninh District", "Larecaja Province", "Arequipa
     * Region"), which the model, having seen "Department" and "Council" end organisations, often types as such.
     */
    private static final Set<String> AREA_ENDINGS = Set.of("District", "Province", "Region", "Prefecture",
            "Governorate", "Oblast", "Voivodeship", "Municipality", "Township", "Parish");

    /**
     * Words of geography that open a place's name ("Mount Rainier", "Isle of Wight", "Cape Canaveral", "Loch Ness");
     * "Lake" opens people's names too ("Lake Bell") and so only takes an organisation, and "Gulf" opens "Gulf War".
     */
    private static final Set<String> OPENINGS = Set.of("Mount", "Mt.", "Isle", "Cape", "Loch", "Mont", "Monte");
    private static final String LAKE = "Lake";
    /** The most capitalised words after an opening word ("Mount Kilimanjaro", "Cape of Good Hope"). */
    private static final int MAX_OPENED_WORDS = 3;

    private PlaceDesignators() {
    }

    /**
     * True if the name ends in a word of administrative areas and the word before it is no organisation's
     * ("Unified School District", "Police District", "Odessa Military District" are bodies).
     */
    static boolean endsInAreaWord(String[] tokens, Span span) {
        return span.length() >= 2 && AREA_ENDINGS.contains(tokens[span.getEnd() - 1])
                && !isBodyWord(tokens[span.getEnd() - 2]);
    }

    private static boolean isBodyWord(String token) {
        return OrganisationDesignators.isDesignator(token) || token.equals("Military");
    }

    /** True if the name has two or more tokens and its last word ends places and no person's name. */
    static boolean endsInNonPersonPlaceWord(String[] tokens, Span span) {
        return span.length() >= 2 && NOT_PERSON_ENDINGS.contains(tokens[span.getEnd() - 1]);
    }

    /** True if the name has two or more tokens and opens with a word of buildings that opens no person's name. */
    static boolean opensWithNonPersonPlaceWord(String[] tokens, Span span) {
        return span.length() >= 2 && NOT_PERSON_OPENINGS.contains(tokens[span.getStart()]);
    }

    /**
     * The names, each administrative area written "Province of" and a place ("the Province of Padua", "the Region of
     * Murcia", "the Municipality of Anchorage") one place: the model reads "Province" alone or the whole as an
     * organisation. In the gold data all 17 such names opening with "Province" or "Municipality" are places. Not
     * after a capitalised word, which makes the area word part of another name ("Lazio Region of Italy").
     */
    static List<Span> withAreasOfPlaces(String[] tokens, List<Span> names) {
        List<Span> result = new ArrayList<>(names);
        for (int area = 0; area + 2 < tokens.length; area++) {
            if (!AREAS_OF.contains(tokens[area]) || !tokens[area + 1].equals("of")
                    || area > 0 && TokenShape.isCapitalised(tokens[area - 1]) && !tokens[area - 1].equals("The")) {
                continue;
            }
            int at = area;
            Span whole = result.stream().filter(name -> name.getStart() == at && name.getEnd() > at + 2)
                    .findFirst().orElse(null);
            Span place = result.stream().filter(name -> name.getStart() == at + 2
                    && EntityType.LOCATION.isTypeOf(name.getType())).findFirst().orElse(null);
            Span joined = whole != null ? new Span(at, whole.getEnd(), EntityType.LOCATION.name())
                    : place != null ? new Span(at, place.getEnd(), EntityType.LOCATION.name()) : null;
            if (joined != null && result.stream().noneMatch(name -> name.getStart() < at && name.getEnd() > at)) {
                DesignatedRuns.put(result, joined);
            }
        }
        return result;
    }

    /**
     * True if the name has two or more tokens and opens with a word of geography ("Mount Rainier", "Isle of Bute"),
     * or with "Lake" where {@code orLake}.
     */
    static boolean opensWithPlaceWord(String[] tokens, Span span, boolean orLake) {
        String first = tokens[span.getStart()];
        return span.length() >= 2 && (OPENINGS.contains(first) || orLake && first.equals(LAKE));
    }

    /**
     * True if the name has two or more tokens and its last is a word of geography, or three or more and it ends in
     * the words of a protected area ("Tsavo West National Park", "Somiedo Natural Park").
     */
    static boolean endsInDesignator(String[] tokens, Span span) {
        int end = span.getEnd();
        return span.length() >= 2 && ENDINGS.contains(tokens[end - 1])
                || span.length() >= 3 && PROTECTED_AREAS.contains(tokens[end - 2] + " " + tokens[end - 1]);
    }

    /**
     * Capitalised runs ending in a word of geography, of an administrative area, "County" or "Empire" ("Nicobar
     * Islands", "Hiiu County", "Frunzensky District", "Ottoman Empire") that overlap none of the found names, as
     * places, except bodies ("Belorussian Military District") and those {@code exclude} accepts
     * ({@link DesignatedRuns#unfound}). Why: the model leaves such names of encyclopaedic text alone when it knows
     * none of their words. "Monument", "Palace" and the like are left out here, as they end titles of works as
     * often ("Brokedown Palace"), and so are runs in quotation marks ("Lost River", a film).
     */
    static List<Span> unfound(String[] tokens, List<Span> found, Predicate<Span> exclude) {
        return DesignatedRuns.unfound(tokens, found, PlaceDesignators::isPlaceWord, EntityType.LOCATION,
                run -> exclude.test(run) || isBodyWord(tokens[run.getEnd() - 2]) || quoted(tokens, run));
    }

    /**
     * Names opening with a word of geography that the model left alone ("Mount Rainier", "Isle of Bute"): the word,
     * an optional "of" and up to three capitalised words, where no name lies, as places, except those ending in an
     * organisation word and those {@code exclude} accepts. "Lake" is left out ("Lake Zumbro Hydroelectric
     * Generating Plant").
     */
    static List<Span> unfoundOpenings(String[] tokens, List<Span> found, Predicate<Span> exclude) {
        List<Span> places = new ArrayList<>();
        for (int t = 0; t + 1 < tokens.length; t++) {
            if (!OPENINGS.contains(tokens[t])) {
                continue;
            }
            int first = tokens[t + 1].equals("of") ? t + 2 : t + 1;
            int end = DesignatedRuns.runEnd(tokens, first, MAX_OPENED_WORDS, DesignatedRuns::isRunWord);
            Span run = new Span(t, end, EntityType.LOCATION.name());
            if (end > first && DesignatedRuns.isFree(found, run) && DesignatedRuns.isFree(places, run)
                    && !OrganisationDesignators.endsInDesignator(tokens, run) && !exclude.test(run)) {
                places.add(run);
            }
        }
        return places;
    }

    /** True if a quotation mark stands right before or after the run: a title ("Lost River", a film). */
    private static boolean quoted(String[] tokens, Span run) {
        return run.getStart() > 0 && TokenShape.isQuote(tokens[run.getStart() - 1])
                || run.getEnd() < tokens.length && TokenShape.isQuote(tokens[run.getEnd()]);
    }

    private static boolean isPlaceWord(String token) {
        return ENDINGS.contains(token) || AREA_ENDINGS.contains(token) || token.equals("County")
                || token.equals("Empire");
    }
}
