package dev.summarizer.entities;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * The type a word, a list or the context gives a name the model found, where the model's own type is wrong
 * (models/README.md, "Around the model"): places after "in", areas, countries and towns outside sports reports;
 * organisations ending in an organisation word or named after a player's career words; titled persons, regnal
 * names and given names with initials; names of geography.
 */
final class NameTypes {

    /**
     * A regnal number after a person's name ("John Paul II", "Henry VIII"), which CoNLL, UNER and WikiANN all
     * annotate as part of the name and the model now and then leaves out; "I" is left alone (the pronoun).
     */
    private static final Pattern REGNAL_NUMBER = Pattern.compile("(?!I$)(?=.)X{0,3}(IX|IV|V?I{0,3})");
    /**
     * What follows a regnal "I" but not the pronoun: punctuation, the end, "and", "of", "'s", "born", "became",
     * "died" ("Elizabeth I born", "Pedro I became"; not "The Hank Green I know"). In WikiANN train all 30 persons
     * ending in "I" are followed so.
     */
    private static final Set<String> AFTER_REGNAL_ONE = Set.of(".", ",", "(", ")", ";", ":", "and", "of", "'s",
            "born", "became", "died");
    /** A middle initial: "G." of "Stephen G. Post". */
    private static final Pattern MIDDLE_INITIAL = Pattern.compile("\\p{Lu}\\.");

    /**
     * Parties by their short names, which the model reads as persons ("Lib Dems" 40 times in the BBC politics
     * articles; "Tory leader Michael Howard", "Tory attitudes" 27 times with the self-trained model). A list, not an
     * ending: "Dems" as an organisation word made "Most Dems" and "Pelosi Dems" names.
     */
    private static final Set<String> SHORT_PARTY_NAMES = Set.of("Lib Dem", "Lib Dems", "Tory", "Tories");

    private final NameLists lists;
    private final PlaceAddresses addresses;

    /** True if the token at {@code at} is a regnal number after a person's name ("II", "VIII", "I" as above). */
    static boolean isRegnalNumberAt(String[] tokens, int at) {
        if (at >= tokens.length) {
            return false;
        }
        if (tokens[at].equals("I")) {
            return at + 1 == tokens.length || AFTER_REGNAL_ONE.contains(tokens[at + 1]);
        }
        return REGNAL_NUMBER.matcher(tokens[at]).matches();
    }

    NameTypes(NameLists lists, PlaceAddresses addresses) {
        this.lists = lists;
        this.addresses = addresses;
    }

    /** The type a word, a list or the context gives the model's name, or the model's own. */
    EntityType retyped(String[] tokens, Span span, EntityType type, boolean placeContext,
            boolean townsArePlaces) {
        if (type == EntityType.ORGANIZATION && placeContext && !TokenShape.isPossessiveAt(tokens, span.getEnd())
                && lists.listed(tokens, span, lists.places) || type != EntityType.LOCATION && isArea(tokens, span)
                || type == EntityType.ORGANIZATION && townsArePlaces && isTown(tokens, span)
                || type == EntityType.ORGANIZATION && isCountry(tokens, span)
                || type == EntityType.PERSON && isJourneyPlace(tokens, span)
                || type != EntityType.LOCATION && PlaceContexts.isElectoralDivision(tokens, span)
                || type == EntityType.ORGANIZATION
                        && (addresses.isPlaceBeforeItsRegion(tokens, span)
                                || addresses.isRegionAfterItsPlace(tokens, span))) {
            return EntityType.LOCATION;
        }
        if (type != EntityType.ORGANIZATION && OrganisationDesignators.namesOrganisation(tokens, span)
                && !lists.listed(tokens, span, lists.namedPlaces) && !OrganisationDesignators.isGivenNameAndSurname(
                        tokens, span, word -> lists.holds(lists.personNames, word))) {
            return EntityType.ORGANIZATION;
        }
        if (type != EntityType.ORGANIZATION && isListedOrganisationOnly(tokens, span)) {
            return EntityType.ORGANIZATION;
        }
        if (type != EntityType.ORGANIZATION && SHORT_PARTY_NAMES.contains(String.join(" ",
                Arrays.copyOfRange(tokens, span.getStart(), span.getEnd())))) {
            return EntityType.ORGANIZATION;
        }
        if (type != EntityType.ORGANIZATION && isClub(tokens, span)
                || type == EntityType.PERSON && joinsWithAmpersand(tokens, span)) {
            return EntityType.ORGANIZATION;
        }
        if (type != EntityType.PERSON
                && (isTitledPerson(tokens, span) || isRegnalName(tokens, span) || isInitialledName(tokens, span))) {
            return EntityType.PERSON;
        }
        if (type != EntityType.LOCATION && (PlaceDesignators.endsInDesignator(tokens, span)
                || PlaceDesignators.opensWithPlaceWord(tokens, span, type == EntityType.ORGANIZATION)
                && !OrganisationDesignators.endsInDesignator(tokens, span))
                && !lists.listed(tokens, span, lists.organisations)
                || type == EntityType.PERSON && (PlaceDesignators.endsInNonPersonPlaceWord(tokens, span)
                        || PlaceDesignators.opensWithNonPersonPlaceWord(tokens, span))) {
            return EntityType.LOCATION;
        }
        return type;
    }

    /**
     * True for a name of two or more words that a list of firms, brands or universities holds and no place or person
     * list does ("Burger King", "Taco Bell"), which the model read as a place or person by their last word. Not
     * WordNet's groups: they hold "White House", a place in CoNLL (14 of 15 times in train and valid).
     */
    private boolean isListedOrganisationOnly(String[] tokens, Span span) {
        return span.length() >= 2 && lists.listed(tokens, span, lists.firms)
                && !lists.listed(tokens, span, lists.namedPlaces | lists.personNames);
    }

    /**
     * True for one listed place's word where a journey goes ("flew to Jordan", "visited Ferguson"), not a possessor
     * ("visit to Epstein 's island"): the model, having seen "Michael Jordan" earlier, calls it a person.
     */
    private boolean isJourneyPlace(String[] tokens, Span span) {
        return span.length() == 1 && PlaceContexts.isJourneyDestination(tokens, span.getStart(), span.getEnd())
                && lists.listed(tokens, span, lists.places);
    }

    /**
     * True for a name with "&" between its words ("Douglas & Lomason", "Bodman , Longely & Dahling"): a firm, not a
     * person, in 22 of 23 such names in CoNLL train and 117 of 126 in WikiANN train; the model, seeing surnames,
     * reads it as a person.
     */
    private static boolean joinsWithAmpersand(String[] tokens, Span span) {
        for (int t = span.getStart() + 1; t < span.getEnd() - 1; t++) {
            if (tokens[t].equals("&")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a country's name that no organisation list holds, or its abbreviation alone ("U.S.", "UK", which the
     * model types as an organisation before "Secretary of State" or "military"): CoNLL and UNER annotate a country as
     * a place even
     * where it stands for its team or government ("Canada beat Italy"), which the model now and then types as an
     * organisation. (US states are left out: CoNLL's baseball results name teams "MINNESOTA" and "TEXAS".)
     */
    private boolean isCountry(String[] tokens, Span span) {
        return span.length() == 1 && NameLists.COUNTRY_ABBREVIATIONS.contains(tokens[span.getStart()])
                || lists.listed(tokens, span, lists.countries) && !lists.listed(tokens, span, lists.organisations);
    }

    /**
     * True for a place a list holds and no organisation list does, written in lower case after its capital
     * ("Nottingham", not "INA"), and not a club after a player's career words: outside sports reports such a name is
     * the place ("services to Nottingham and Chesterfield"), which the model, taught by CoNLL's football results,
     * types as a club.
     */
    private boolean isTown(String[] tokens, Span span) {
        return TokenShape.hasLowerCase(tokens[span.getEnd() - 1]) && lists.listed(tokens, span, lists.namedPlaces)
                && !lists.listed(tokens, span, lists.organisations) && !ClubContexts.before(tokens, span.getStart());
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
        return lists.listed(tokens, span, lists.wordNetPersons);
    }

    /**
     * True for a name that stands for a national team after a player's career words ({@link ClubContexts}): a
     * country, or a place WordNet knows that is no city ("England", "Scotland"), which CoNLL annotates as a place.
     */
    private boolean isNationalTeam(String[] tokens, Span span) {
        return lists.listed(tokens, span, lists.countries)
                || lists.listed(tokens, span, lists.wordNetPlaces) && !lists.listed(tokens, span, lists.cities);
    }

    /**
     * True for an administrative area: a name ending in "District", "Province", … ({@link PlaceDesignators}), or
     * a listed place and "Department" ("La Paz Department"; "Commerce Department" stays a body).
     */
    private boolean isArea(String[] tokens, Span span) {
        return PlaceDesignators.endsInAreaWord(tokens, span) || span.length() >= 2
                && tokens[span.getEnd() - 1].equals("Department")
                && lists.listed(tokens, new Span(span.getStart(), span.getEnd() - 1), lists.places);
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
        return !lists.listed(tokens, span, lists.names)
                && !lists.holds(lists.designatorWords, tokens[span.getEnd() - 1]);
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
            if (!lists.listed(tokens, new Span(t, t + 1), lists.personNames)) {
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
        Span given = new Span(span.getStart(), span.getStart() + 1);
        if (span.length() < 3 || !lists.listed(tokens, given, lists.personNames)) {
            return false;
        }
        for (int t = span.getStart() + 1; t < span.getEnd() - 1; t++) {
            if (!MIDDLE_INITIAL.matcher(tokens[t]).matches()) {
                return false;
            }
        }
        String surname = tokens[span.getEnd() - 1];
        return TokenShape.isCapitalisedWord(surname)
                && !lists.holds(lists.designatorWords, surname);
    }
}
