package dev.summarizer.entities;

import java.util.Set;
import java.util.function.IntPredicate;

import opennlp.tools.util.Span;

/**
 * A place written before a comma and its country or US state ("Ahnapee , Wisconsin", "Hamburg , Germany"), where
 * the model, taught by CoNLL's results tables, types small towns as clubs: in CoNLL train 169 of 179 names written
 * so are places (a company's "Gazprom , Russia" and "Bamerindus , Brazil" among the rest). Measured in
 * models/README.md ("A place before a comma and its state or country"). Not a list of teams or states ("Ohio State
 * , Michigan , Indiana and Purdue all won", "Florida , Georgia and Alabama"). Also a place and its country written
 * without a comma ("Invercargill New Zealand"), which the model reads as one name.
 */
final class PlaceAddresses {

    /** The most words a country or state after the comma runs to ("United States", "New South Wales"). */
    private static final int MAX_REGION_WORDS = 3;

    /** One-word events of a country, which stay whole ("Rally of Portugal", "Tour of Britain"). */
    private static final Set<String> EVENT_HEADS = Set.of("Rally", "Tour", "Giro", "Vuelta", "Round");

    private final NameLists lists;

    PlaceAddresses(NameLists lists) {
        this.lists = lists;
    }

    /**
     * True for a name before a comma and its country or state: all its words capitalised, not in capitals, ending in
     * no organisation word, held by no organisation list, and with no word that is itself a state or country ("Ohio
     * State" is a team).
     */
    boolean isPlaceBeforeItsRegion(String[] tokens, Span span) {
        int comma = span.getEnd();
        if (comma + 1 >= tokens.length || !tokens[comma].equals(",") || !TokenShape.hasLowerCase(tokens[comma - 1])
                || OrganisationDesignators.endsInDesignator(tokens, span)
                || lists.listed(tokens, span, lists.organisations)) {
            return false;
        }
        for (int t = span.getStart(); t < comma; t++) {
            if (!TokenShape.isCapitalised(tokens[t]) || isRegion(tokens, t, t + 1)) {
                return false;
            }
        }
        return regionAt(tokens, comma + 1, end -> endsAddress(tokens, end));
    }

    /**
     * True for a country or state written after a comma and a capitalised word that is no region itself ("Ahnapee ,
     * Wisconsin", not "Florida , Georgia"), not in capitals, where the address ends.
     */
    boolean isRegionAfterItsPlace(String[] tokens, Span span) {
        int comma = span.getStart() - 1;
        return comma >= 1 && tokens[comma].equals(",") && TokenShape.isCapitalisedWord(tokens[comma - 1])
                && !isRegion(tokens, comma - 1, comma) && !(comma >= 2 && isRegion(tokens, comma - 2, comma))
                && TokenShape.hasLowerCase(tokens[span.getEnd() - 1])
                && lists.listed(tokens, span, lists.countriesAndStates) && endsAddress(tokens, span.getEnd());
    }

    /**
     * True if a country or state of up to {@link #MAX_REGION_WORDS} words starts at {@code start} and
     * {@code endsWell} accepts where it ends (longest first).
     */
    private boolean regionAt(String[] tokens, int start, IntPredicate endsWell) {
        for (int end = Math.min(tokens.length, start + MAX_REGION_WORDS); end > start; end--) {
            if (isRegion(tokens, start, end) && endsWell.test(end)) {
                return true;
            }
        }
        return false;
    }

    private boolean isRegion(String[] tokens, int start, int end) {
        return lists.listed(tokens, new Span(start, end), lists.countriesAndStates);
    }

    /**
     * True where an address ends: at the end, before punctuation or a number (a postcode); not before "'s" or a word
     * ("according to Xinhua , China 's state news agency", "with Labour , Britain will"), and not where a list goes
     * on after a comma with a capitalised word that is no country or state ("Michigan , Indiana and Purdue").
     */
    private boolean endsAddress(String[] tokens, int at) {
        if (at == tokens.length || tokens[at].isEmpty()) {
            return true;
        }
        if (tokens[at].equals(",") && at + 1 < tokens.length && TokenShape.isCapitalisedWord(tokens[at + 1])) {
            return regionAt(tokens, at + 1, end -> true);
        }
        char first = tokens[at].charAt(0);
        return !Character.isLetterOrDigit(first) && first != '\'' && first != '\u2019' || Character.isDigit(first);
    }

    /**
     * Where "of" and a listed place start inside an organisation's name, or -1: a company, its short legal form
     * before "of", said to be of a city ("Bestop Inc of Boulder"; "Power Corp of Canada" and "Aluminum Co of America"
     * are whole names), or, in a sports report, a one-word club said to be of its country ("Benetton of Italy"; not
     * "Duke of Orleans" in a sports paper's day in history, nor "Rally of Portugal"). In CoNLL train 18 such names
     * are written apart, an organisation, then "of", then a place, against bodies and institutions written whole
     * ("Bank of Finland"). Wikipedia's "Legislative Assembly of Ontario", "Knights of Columbus" and "Duke of Norfolk"
     * stay whole.
     */
    int boundaryBeforeOfPlace(String[] tokens, Span span, boolean sportsReport) {
        if (span.length() < 3 || lists.listed(tokens, span, lists.organisations)) {
            return -1;
        }
        for (int k = span.getStart() + 1; k < span.getEnd() - 1; k++) {
            String head = tokens[k - 1];
            Span place = new Span(k + 1, span.getEnd());
            if (tokens[k].equals("of") && (isAbbreviatedLegalForm(head) && lists.listed(tokens, place, lists.cities)
                    && !lists.listed(tokens, place, lists.countries)
                    || sportsReport && k - 1 == span.getStart() && !lists.holds(lists.designatorWords, head)
                            && !EVENT_HEADS.contains(head) && lists.listed(tokens, place, lists.countries))) {
                return k;
            }
        }
        return -1;
    }

    /** A legal form written short ("Inc", "Co.", "Corp"): "Music Corporation of America" is one name. */
    private static boolean isAbbreviatedLegalForm(String token) {
        return CompanyNames.isLegalForm(token) && token.replace(".", "").length() <= 4;
    }

    /**
     * Where a name that no list holds splits into a listed city or state and a listed country or state after it
     * ("Invercargill" "New Zealand", "Lyon" "France": a place and its country written without a comma, which the
     * model reads as one place or as an organisation), or -1. A country first is left whole ("United States Virgin
     * Islands").
     */
    int boundaryBeforeCountry(String[] tokens, Span span) {
        if (span.length() < 2 || lists.listed(tokens, span, lists.namedPlaces)) {
            return -1;
        }
        for (int k = span.getStart() + 1; k < span.getEnd(); k++) {
            Span place = new Span(span.getStart(), k);
            Span rest = new Span(k, span.getEnd());
            if (lists.listed(tokens, place, lists.localPlaces) && !lists.listed(tokens, place, lists.countries)
                    && (lists.listed(tokens, rest, lists.countriesAndStates)
                    || rest.length() == 1 && NameLists.COUNTRY_ABBREVIATIONS.contains(tokens[k]))) {
                return k;
            }
        }
        return -1;
    }
}
