package dev.summarizer.entities;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import opennlp.tools.util.Span;

/**
 * The gazetteer lists the name rules consult, grouped by what they tell (see models/gazetteers), each group as a
 * mask of {@link Gazetteer#maskOfLists} so that a lookup reads an entry once. Immutable and thread-safe.
 */
final class NameLists {

    /**
     * Countries' abbreviations, which the country list lacks (it keeps aliases of four letters or more): the second
     * part of "Texas USA".
     */
    static final Set<String> COUNTRY_ABBREVIATIONS = Set.of("USA", "U.S.A.", "US", "U.S.", "UK", "U.K.", "UAE");

    /** A country never opens a place written with its country ("United States Virgin Islands" stays whole). */
    private static final List<String> COUNTRY = List.of("country");
    /** Capitals and countries: places that "upon" stands before as a preposition ("Washington upon Moscow"). */
    private static final List<String> CAPITALS_AND_COUNTRIES = List.of("capital", "country");
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
    /** The lists above, and a few single lists, as masks of {@link Gazetteer#maskOfLists}. */
    final long countries;
    final long capitalsAndCountries;
    final long countriesAndStates;
    final long localPlaces;
    final long places;
    final long namedPlaces;
    final long names;
    final long designatorWords;
    final long organisations;
    /** The organisation lists but WordNet's groups, which also hold buildings ("White House", "Old Bailey"). */
    final long firms;
    final long personNames;
    final long wordNetPlaces;
    final long wordNetPersons;
    final long cities;
    final long regionsAndNationalities;

    NameLists(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.countries = gazetteer.maskOfLists(COUNTRY);
        this.capitalsAndCountries = gazetteer.maskOfLists(CAPITALS_AND_COUNTRIES);
        this.countriesAndStates = gazetteer.maskOfLists(COUNTRY_LISTS);
        this.localPlaces = gazetteer.maskOfLists(LOCAL_PLACE_LISTS);
        this.places = gazetteer.maskOfLists(PLACE_LISTS);
        this.namedPlaces = gazetteer.maskOfLists(NAMED_PLACE_LISTS);
        this.names = gazetteer.maskOfLists(NAME_LISTS);
        this.designatorWords = gazetteer.maskOfLists(List.of("org_word", "place_word"));
        this.organisations = gazetteer.maskOfLists(ORGANISATION_LISTS);
        this.firms = gazetteer.maskOfLists(List.of("company", "brand", "cp_org", "university"));
        this.personNames = gazetteer.maskOfLists(List.of("person_name", "wn_person"));
        this.wordNetPlaces = gazetteer.maskOfLists(List.of("wn_location"));
        this.wordNetPersons = gazetteer.maskOfLists(List.of("wn_person"));
        this.cities = gazetteer.maskOfLists(List.of("city", "capital"));
        this.regionsAndNationalities = gazetteer.maskOfLists(List.of("country", "state", NameFinder.NATIONALITY_LIST));
    }

    /** True if one of the gazetteer lists of the mask holds the span's words. */
    boolean listed(String[] tokens, Span span, long listMask) {
        String words = String.join(" ", Arrays.copyOfRange(tokens, span.getStart(), span.getEnd()));
        return gazetteer.holdsAny(listMask, words);
    }

    /** True if one of the gazetteer lists of the mask holds the word. */
    boolean holds(long listMask, String word) {
        return gazetteer.holdsAny(listMask, word);
    }
}
