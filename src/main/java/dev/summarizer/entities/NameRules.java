package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * The rules applied to the model's names in one unit of tokens before they become mentions: types the model gets
 * wrong that a word or a list settles, names it cuts or joins wrongly, and organisations it leaves alone. Each rule
 * is measured in models/README.md ("Around the model").
 */
final class NameRules {

    /** What follows "Born" opening a sentence about where or when ("Born in Basel", "Born on 8 August"). */
    private static final Set<String> BORN_FOLLOWERS = Set.of("in", "on", "at", "near");
    /** Prepositions after which a listed place is the place itself, not a club or firm named after it. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside");
    /** What joins the places of a list: "in Leeds, York and Hull". */
    private static final Set<String> COORDINATORS = Set.of(",", "and", "or");
    /**
     * What may follow a place inside or at the end of a list; anything else ("in Leeds and Liverpool beat them",
     * "in Manchester, Liverpool signed him") makes the name the subject of a new clause, not another place.
     */
    private static final Set<String> LIST_ITEM_ENDS = Set.of(",", ".", ";", ":", ")", "and", "or", "in", "on",
            "at", "from", "to", "for", "with", "during", "over", "until", "since", "before", "after");
    /**
     * A regnal number after a person's name ("John Paul II", "Henry VIII"), which CoNLL, UNER and WikiANN all
     * annotate as part of the name and the model now and then leaves out; "I" is left alone (the pronoun).
     */
    private static final Pattern REGNAL_NUMBER = Pattern.compile("(?!I$)(?=.)X{0,3}(IX|IV|V?I{0,3})");
    /** A middle initial: "G." of "Stephen G. Post". */
    private static final Pattern MIDDLE_INITIAL = Pattern.compile("\\p{Lu}\\.");
    /** Legal forms of companies, written without dots, in capitals ("CO", "NV", "SA" are also states: left out). */
    private static final Set<String> CORPORATE_SUFFIXES = Set.of("INC", "LLC", "LLP", "LTD", "PLC", "PC", "CORP",
            "AG", "GMBH", "BV", "LP");
    /**
     * Legal forms that end an organisation's name the model found: the suffixes above, and those that are also
     * state abbreviations ("Co", "SA"), which inside an organisation's name are legal forms.
     */
    private static final Set<String> LEGAL_FORMS = Set.of("INC", "LLC", "LLP", "LTD", "PLC", "PC", "CORP", "AG",
            "GMBH", "BV", "LP", "CO", "NV", "SA", "CORPORATION");
    /** Lower-case words inside a company's name before its legal form ("First of Michigan Corp."). */
    private static final Set<String> COMPANY_INNER_WORDS = Set.of("of", "&", "and");
    /**
     * Countries' abbreviations, which the country list lacks (it keeps aliases of four letters or more): the second
     * part of "Texas USA".
     */
    private static final Set<String> COUNTRY_ABBREVIATIONS = Set.of("USA", "U.S.A.", "US", "U.S.", "UK", "U.K.",
            "UAE");
    /** A country never opens a place written with its country ("United States Virgin Islands" stays whole). */
    private static final List<String> COUNTRY = List.of("country");
    /** Lists of countries and states: the second part of a place written with its country. */
    private static final List<String> COUNTRY_LISTS = List.of("country", "state");
    /** Lists of the places in a country: the first part of a place written with its country. */
    private static final List<String> LOCAL_PLACE_LISTS = List.of("city", "capital", "state");
    /** Lists of places (see models/gazetteers). */
    private static final List<String> PLACE_LISTS = List.of("city", "capital", "country", "state");
    /**
     * Place lists with WordNet's places, which hold places named like organisations ("West Bank", "Soviet Union"):
     * they keep their type whatever word ends them (see {@link OrganisationDesignators}).
     */
    private static final List<String> NAMED_PLACE_LISTS = List.of("city", "capital", "country", "state",
            "wn_location");
    /** Lists of organisations, which hold bands and firms named like places ("F.T. Island"). */
    private static final List<String> ORGANISATION_LISTS = List.of("company", "brand", "cp_org", "university",
            "wn_group");
    /** Lists whose names may start with a title ("General Motors", "Prince Edward Island", "Bishop Auckland"). */
    private static final List<String> NAME_LISTS = List.of("city", "capital", "country", "state", "wn_location",
            "company", "brand", "cp_org", "university", "wn_group", "org_word", "place_word");

    private final Gazetteer gazetteer;
    /** The lists above as masks of {@link Gazetteer#maskOfLists}, so a lookup reads the entry once. */
    private final long countries;
    private final long countriesAndStates;
    private final long localPlaces;
    private final long places;
    private final long namedPlaces;
    private final long names;
    private final long designatorWords;
    private final long organisations;
    private final long personNames;
    private final long wordNetPlaces;
    private final long wordNetPersons;
    private final long cities;

    NameRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.countries = gazetteer.maskOfLists(COUNTRY);
        this.countriesAndStates = gazetteer.maskOfLists(COUNTRY_LISTS);
        this.localPlaces = gazetteer.maskOfLists(LOCAL_PLACE_LISTS);
        this.places = gazetteer.maskOfLists(PLACE_LISTS);
        this.namedPlaces = gazetteer.maskOfLists(NAMED_PLACE_LISTS);
        this.names = gazetteer.maskOfLists(NAME_LISTS);
        this.designatorWords = gazetteer.maskOfLists(List.of("org_word", "place_word"));
        this.organisations = gazetteer.maskOfLists(ORGANISATION_LISTS);
        this.personNames = gazetteer.maskOfLists(List.of("person_name", "wn_person"));
        this.wordNetPlaces = gazetteer.maskOfLists(List.of("wn_location"));
        this.wordNetPersons = gazetteer.maskOfLists(List.of("wn_person"));
        this.cities = gazetteer.maskOfLists(List.of("city", "capital"));
    }

    /**
     * The model's names in the unit with our types (type names of {@link EntityType}), in token order, after the
     * rules:
     * <ul>
     * <li>types ({@link #retyped}): a listed place after "in" (or coordinated with one), an administrative area
     * ("Arequipa Region") or a country is a place; a name ending in an organisation word is an organisation
     * ({@link OrganisationDesignators}), and so is a club after a player's career words ({@link ClubContexts});
     * a titled name, given names with a regnal number or a given name with middle initials are a person
     * ({@link PersonTitles}); a name ending in a word of geography, or a "person" ending in "County", is a place
     * ({@link PlaceDesignators});</li>
     * <li>boundaries: a regnal number joins a person's name ("John Paul II"); a company's legal form after a comma
     * joins its name, and so do the capitalised words before a legal form ("First Chicago NBD Corp."); a place and
     * its country are two places; a name runs on to an organisation word after it ("London" + "School of
     * Economics") and back to one before it ("University of" + "Washington");</li>
     * <li>additions ({@link #withUnfound}): capitalised runs ending in an organisation word or a word of geography,
     * or right after "band" or "label", after "Mr." or "Dr." ({@link PersonTitles}), or after "born in" or "near"
     * ({@link PlaceContexts}), that the model left alone;</li>
     * <li>the subject of a defining sentence takes the type its description gives ({@link DefiningSentences});</li>
     * <li>a name right after a kind of work ("the album …") is a title, no name ({@link TitlesOfWorks}).</li>
     * </ul>
     */
    List<Span> apply(String[] tokens, Span[] modelSpans) {
        return apply(tokens, modelSpans, false);
    }

    /**
     * As {@link #apply(String[], Span[])}; with {@code townsArePlaces} (a text that is no sports report,
     * {@link SportsReports}) a listed place that the model typed as an organisation is a place.
     */
    List<Span> apply(String[] tokens, Span[] modelSpans, boolean townsArePlaces) {
        List<Span> spans = new ArrayList<>();
        int placesEnd = -1;
        int covered = 0;
        for (Span modelSpan : modelSpans) {
            Optional<EntityType> found = EntityType.fromModelType(modelSpan.getType());
            // Why: a legal form taken into the name before may cover the start of this span ("LLC" alone).
            if (found.isEmpty() || modelSpan.getEnd() <= covered || isBornOpening(tokens, modelSpan)) {
                continue;
            }
            Span span = new Span(Math.max(modelSpan.getStart(), covered), modelSpan.getEnd());
            boolean placeContext = afterPlacePreposition(tokens, span.getStart())
                    || coordinated(tokens, placesEnd, span) && endsListItem(tokens, span.getEnd());
            EntityType type = retyped(tokens, span, found.get(), placeContext, townsArePlaces);
            placesEnd = placeContext && type == EntityType.LOCATION ? span.getEnd() : -1;
            if (type == EntityType.PERSON && span.getEnd() < tokens.length
                    && REGNAL_NUMBER.matcher(tokens[span.getEnd()]).matches()) {
                span = new Span(span.getStart(), span.getEnd() + 1);
            }
            if (isCorporateSuffix(tokens, span.getEnd())) {
                span = new Span(span.getStart(), span.getEnd() + 2);
            }
            boolean company = span.length() >= 3 && isCorporateSuffix(tokens, span.getEnd() - 2);
            if (company || type == EntityType.ORGANIZATION && endsInLegalForm(tokens, span)) {
                span = new Span(companyStart(tokens, span.getStart(), covered), span.getEnd());
            }
            int split = company || type == EntityType.PERSON ? -1 : placeBoundary(tokens, span);
            if (company) {
                spans.add(new Span(span.getStart(), span.getEnd(), EntityType.ORGANIZATION.name()));
            } else if (split > 0) {
                spans.add(new Span(span.getStart(), split, EntityType.LOCATION.name()));
                spans.add(new Span(split, span.getEnd(), EntityType.LOCATION.name()));
            } else {
                spans.add(new Span(span.getStart(), span.getEnd(), type.name()));
            }
            covered = span.getEnd();
        }
        List<Span> names = withUnfound(tokens,
                OrganisationDesignators.extended(tokens, spans, run -> listed(tokens, run, namedPlaces)));
        DefiningSentences.subject(tokens).ifPresent(subject -> define(names, subject));
        names.removeIf(name -> TitlesOfWorks.after(tokens, name.getStart()));
        return names;
    }

    /** The type a word, a list or the context gives the model's name, or the model's own. */
    private EntityType retyped(String[] tokens, Span span, EntityType type, boolean placeContext,
            boolean townsArePlaces) {
        if (type == EntityType.ORGANIZATION && placeContext && !beforePossessive(tokens, span)
                && listed(tokens, span, places) || type != EntityType.LOCATION && isArea(tokens, span)
                || type == EntityType.ORGANIZATION && townsArePlaces && isTown(tokens, span)
                || type == EntityType.ORGANIZATION && isCountry(tokens, span)) {
            return EntityType.LOCATION;
        }
        if (type != EntityType.ORGANIZATION && OrganisationDesignators.endsInDesignator(tokens, span)
                && !listed(tokens, span, namedPlaces)) {
            return EntityType.ORGANIZATION;
        }
        if (type != EntityType.ORGANIZATION && isClub(tokens, span)) {
            return EntityType.ORGANIZATION;
        }
        if (type != EntityType.PERSON
                && (isTitledPerson(tokens, span) || isRegnalName(tokens, span) || isInitialledName(tokens, span))) {
            return EntityType.PERSON;
        }
        if (type != EntityType.LOCATION && (PlaceDesignators.endsInDesignator(tokens, span)
                || PlaceDesignators.opensWithPlaceWord(tokens, span, type == EntityType.ORGANIZATION)
                && !OrganisationDesignators.endsInDesignator(tokens, span))
                && !listed(tokens, span, organisations)
                || type == EntityType.PERSON && PlaceDesignators.endsInNonPersonPlaceWord(tokens, span)) {
            return EntityType.LOCATION;
        }
        return type;
    }

    /**
     * The spans plus the names the model left alone: capitalised runs ending in an organisation word, then in a word
     * of geography, then right after "band" or "label", after an honorific, and after "born in" or "near", each
     * where no earlier name lies; in token order.
     */
    private List<Span> withUnfound(String[] tokens, List<Span> spans) {
        List<Span> names = new ArrayList<>(spans);
        names.addAll(OrganisationDesignators.unfound(tokens, names, run -> listed(tokens, run, namedPlaces)));
        names.addAll(PlaceDesignators.unfound(tokens, names, run -> listed(tokens, run, organisations)));
        names.addAll(PlaceDesignators.unfoundOpenings(tokens, names, run -> listed(tokens, run, organisations)));
        names.addAll(DefiningSentences.namedAfterClassNoun(tokens, names));
        names.addAll(PersonTitles.unfound(tokens, names, run -> listed(tokens, run, organisations)));
        names.addAll(PlaceContexts.unfound(tokens, names, run -> listed(tokens, run, organisations)));
        names.sort(Comparator.comparingInt(Span::getStart));
        return names;
    }

    /**
     * Gives the subject of a defining sentence ({@link DefiningSentences}) its type: added if no name overlaps it,
     * put in place of the names inside it ("Kingston" "Hull" of "Kingston upon Hull", "Fiat Chrysler" of "Fiat
     * Chrysler Automobiles"), keeping a capitalised "The" the model put in. A name running past it is left alone.
     */
    private static void define(List<Span> spans, Span subject) {
        List<Span> overlapping = spans.stream().filter(span -> span.getStart() < subject.getEnd()
                && subject.getStart() < span.getEnd()).toList();
        if (overlapping.stream().anyMatch(span -> span.getEnd() > subject.getEnd())) {
            return;
        }
        int start = overlapping.stream().mapToInt(Span::getStart).reduce(subject.getStart(), Math::min);
        spans.removeAll(overlapping);
        spans.add(new Span(start, subject.getEnd(), subject.getType()));
        spans.sort(Comparator.comparingInt(Span::getStart));
    }

    private static boolean endsInLegalForm(String[] tokens, Span span) {
        return span.length() >= 2
                && LEGAL_FORMS.contains(tokens[span.getEnd() - 1].replace(".", "").toUpperCase(Locale.ROOT));
    }

    /**
     * Where a company's name that ends in a legal form starts: before {@code start}, over capitalised words that
     * no name covers ("First" of "First Chicago NBD Corp.", "Mercantile" of "Mercantile Bancorp Inc.", which the
     * model left out), but not over the unit's first word, "The", a compound such as "Louis-based", or a word
     * in capitals (a headline's "IN" before "ACME CORP").
     */
    private static int companyStart(String[] tokens, int start, int covered) {
        int first = Math.max(covered, 1);
        int at = start;
        while (at - 1 >= first) {
            String word = tokens[at - 1];
            boolean capitalised = TokenShape.isCapitalised(word) && hasLowerCase(word) && !word.equals("The")
                    && !TokenShape.isDescriptiveCompound(word);
            boolean inner = COMPANY_INNER_WORDS.contains(word) && at - 2 >= first
                    && TokenShape.isCapitalised(tokens[at - 2]);
            if (!capitalised && !inner) {
                break;
            }
            at--;
        }
        while (at < start && COMPANY_INNER_WORDS.contains(tokens[at])) {
            at++;
        }
        return at;
    }

    private static boolean hasLowerCase(String word) {
        return word.chars().anyMatch(Character::isLowerCase);
    }

    /**
     * True for a country's name that no organisation list holds: CoNLL and UNER annotate a country as a place even
     * where it stands for its team or government ("Canada beat Italy"), which the model now and then types as an
     * organisation. (US states are left out: CoNLL's baseball results name teams "MINNESOTA" and "TEXAS".)
     */
    private boolean isCountry(String[] tokens, Span span) {
        return listed(tokens, span, countries) && !listed(tokens, span, organisations);
    }

    /**
     * True for a place a list holds and no organisation list does, written in lower case after its capital
     * ("Nottingham", not "INA"), and not a club after a player's career words: outside sports reports such a name is
     * the place ("services to Nottingham and Chesterfield"), which the model, taught by CoNLL's football results,
     * types as a club.
     */
    private boolean isTown(String[] tokens, Span span) {
        return hasLowerCase(tokens[span.getEnd() - 1]) && listed(tokens, span, namedPlaces)
                && !listed(tokens, span, organisations) && !ClubContexts.before(tokens, span.getStart());
    }

    /**
     * True for a club after a player's career words ({@link ClubContexts}): not a national team, a titled person, a
     * name ending in a word of geography or of an area ("Sichuan Province"), or a person WordNet knows by that
     * whole name ("played for Obama").
     */
    private boolean isClub(String[] tokens, Span span) {
        return ClubContexts.before(tokens, span.getStart()) && !isNationalTeam(tokens, span)
                && !isTitledPerson(tokens, span) && !PlaceDesignators.endsInDesignator(tokens, span)
                && !isArea(tokens, span) && !isListedPerson(tokens, span);
    }

    /**
     * True for a name WordNet lists as a person ("Obama", "Bob Dylan"); the people-name lists are no guide here, as
     * they hold "San" and "Lorenzo" as well.
     */
    private boolean isListedPerson(String[] tokens, Span span) {
        return listed(tokens, span, wordNetPersons);
    }

    /**
     * True for a name that stands for a national team after a player's career words ({@link ClubContexts}): a
     * country, or a place WordNet knows that is no city ("England", "Scotland"), which CoNLL annotates as a place.
     */
    private boolean isNationalTeam(String[] tokens, Span span) {
        return listed(tokens, span, countries) || listed(tokens, span, wordNetPlaces) && !listed(tokens, span, cities);
    }

    /**
     * True for an administrative area: a name ending in "District", "Province", … ({@link PlaceDesignators}), or
     * a listed place and "Department" ("La Paz Department"; "Commerce Department" stays a body).
     */
    private boolean isArea(String[] tokens, Span span) {
        return PlaceDesignators.endsInAreaWord(tokens, span) || span.length() >= 2
                && tokens[span.getEnd() - 1].equals("Department")
                && listed(tokens, new Span(span.getStart(), span.getEnd() - 1), places);
    }

    /**
     * True if a comma and a company's legal form stand at {@code at} ("Holland & Hart , LLP", "Acme , Inc."). A
     * name before them is a company, and the form belongs to its name in both CoNLL's and UNER's annotation; the
     * model, seeing the comma, often splits it off ("LLC" alone) or types the whole as a person.
     */
    private static boolean isCorporateSuffix(String[] tokens, int at) {
        return at + 1 < tokens.length && tokens[at].equals(",")
                && CORPORATE_SUFFIXES.contains(tokens[at + 1].replace(".", "").toUpperCase(Locale.ROOT));
    }

    /**
     * Where a name that no list holds splits into a listed city or state and a listed country or state after it
     * ("Invercargill" "New Zealand", "Lyon" "France": a place and its country written without a comma, which the
     * model reads as one place or as an organisation), or -1. A country first is left whole ("United States Virgin
     * Islands").
     */
    private int placeBoundary(String[] tokens, Span span) {
        if (span.length() < 2 || listed(tokens, span, namedPlaces)) {
            return -1;
        }
        for (int k = span.getStart() + 1; k < span.getEnd(); k++) {
            Span place = new Span(span.getStart(), k);
            Span rest = new Span(k, span.getEnd());
            if (listed(tokens, place, localPlaces) && !listed(tokens, place, countries)
                    && (listed(tokens, rest, countriesAndStates)
                    || rest.length() == 1 && COUNTRY_ABBREVIATIONS.contains(tokens[k]))) {
                return k;
            }
        }
        return -1;
    }

    /** True if one of the gazetteer lists of the mask holds the span's words. */
    private boolean listed(String[] tokens, Span span, long listMask) {
        String words = String.join(" ", Arrays.copyOfRange(tokens, span.getStart(), span.getEnd()));
        return gazetteer.holdsAny(listMask, words);
    }

    /**
     * True if a person's title opens the name or stands just before it ({@link PersonTitles}), no place or
     * organisation list holds the name ("Prince Edward Island", "Bishop Auckland"), and its last word is no
     * organisation or place word ("King Records", "Queen Elizabeth Hospital", "Prince Albert Park"). Why: the model
     * types "Queen Victoria" as an organisation ("Victoria" is a place and a brand); the title says it is a person
     * (models/README.md, "Names opening with a person's title").
     */
    private boolean isTitledPerson(String[] tokens, Span span) {
        if (!PersonTitles.titled(tokens, span) || OrganisationDesignators.endsInDesignator(tokens, span)
                || PlaceDesignators.endsInDesignator(tokens, span)
                || PlaceDesignators.endsInNonPersonPlaceWord(tokens, span)) {
            return false;
        }
        return !listed(tokens, span, names) && !gazetteer.holdsAny(designatorWords, tokens[span.getEnd() - 1]);
    }

    /**
     * True for given names and a regnal number ("Elizabeth II", "Charles II", "Constantine II"), which the model
     * types as an organisation now and then; "Society of Saint Pius X" and "Lycée Henri IV" hold other words.
     */
    private boolean isRegnalName(String[] tokens, Span span) {
        if (span.length() < 2 || !REGNAL_NUMBER.matcher(tokens[span.getEnd() - 1]).matches()) {
            return false;
        }
        for (int t = span.getStart(); t < span.getEnd() - 1; t++) {
            if (!listed(tokens, new Span(t, t + 1), personNames)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True for a given name, middle initials and a surname ("Stephen G. Post", "Ira C. Eaker"), which the model now
     * and then types as an organisation or a place; a name ending in an organisation or place word was settled before.
     */
    private boolean isInitialledName(String[] tokens, Span span) {
        if (span.length() < 3 || !listed(tokens, new Span(span.getStart(), span.getStart() + 1), personNames)) {
            return false;
        }
        for (int t = span.getStart() + 1; t < span.getEnd() - 1; t++) {
            if (!MIDDLE_INITIAL.matcher(tokens[t]).matches()) {
                return false;
            }
        }
        String surname = tokens[span.getEnd() - 1];
        return TokenShape.isCapitalised(surname) && hasLowerCase(surname)
                && !gazetteer.holdsAny(designatorWords, surname);
    }

    /**
     * True for "Born" opening a sentence before "in", "on" or "at" ("Born in Basel, he …"), which the model takes
     * for a place or a person (Max Born); biographies open sentences this way.
     */
    private static boolean isBornOpening(String[] tokens, Span span) {
        return span.getStart() == 0 && span.getEnd() == 1 && tokens[0].equals("Born") && tokens.length > 1
                && BORN_FOLLOWERS.contains(tokens[1]);
    }

    private static boolean beforePossessive(String[] tokens, Span span) {
        return span.getEnd() < tokens.length
                && (tokens[span.getEnd()].equals("'s") || tokens[span.getEnd()].equals("\u2019s"));
    }

    private static boolean endsListItem(String[] tokens, int end) {
        return end == tokens.length || LIST_ITEM_ENDS.contains(tokens[end]);
    }

    /**
     * True right after "in", "near" or "outside". With {@link #coordinated}, and no possessive after it, the model's
     * organisation that a place list holds becomes a location: "formed in Liverpool" and "clubs in Liverpool and
     * Hamburg" are the cities, whatever CoNLL's football reports taught the model ("a goal in Liverpool's win" stays
     * the club). Small on dev (models/README.md, "Cities after 'in'"), meant for encyclopaedic text, where cities
     * are mostly places.
     */
    private static boolean afterPlacePreposition(String[] tokens, int start) {
        return start > 0 && PLACE_PREPOSITIONS.contains(tokens[start - 1]);
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
}
