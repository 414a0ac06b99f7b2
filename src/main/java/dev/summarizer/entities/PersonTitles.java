package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import opennlp.tools.util.Span;

/**
 * Titles that stand before a person's name and nobody else's ("Queen Victoria", "Dr. Rohatgi", "JUSTICE
 * SCALIA"). "Saint" and "St" are not among them: they open clubs and places as often ("St Mirren", "St. Louis
 * Blues"), and so did "General" ("General Motors"). {@link MentionNormalizer} trims these titles, and offices
 * besides, off a person's name.
 */
final class PersonTitles {

    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "King",
            "Queen", "Prince", "Princess", "Pope", "President", "Senator", "Sen", "Governor", "Gov", "Mayor", "Judge",
            "Justice", "Professor", "Prof", "Colonel", "Col", "Captain", "Capt", "Rev", "Sheikh", "Emir", "Ayatollah",
            "Archbishop", "Bishop", "Cardinal", "Chancellor", "Premier", "Prophet", "Imam", "Rabbi", "Patriarch",
            "Abbot", "Abbess");

    /** Titles that are also people's names or surnames ("Prince", "B.B. King", "Aaron Judge", "Julie Bishop"). */
    private static final Set<String> ALSO_NAMES = Set.of("King", "Queen", "Prince", "Princess", "Lord", "Lady",
            "Judge", "Bishop", "Imam", "Rabbi");

    /**
     * Honorifics that stand before a person's name only, never a show's or a place's ("Doctor Who", "Miss World",
     * "General Motors" and "King's Cross" keep the other titles out).
     */
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame");
    /** The most capitalised words a name after an honorific runs to ("Dr. Mary Jo Foley"). */
    private static final int MAX_NAME_WORDS = 3;

    /** The titles in lower case, for {@link #isTitleWord}. */
    private static final Set<String> LOWER_CASE = TITLES.stream().map(t -> t.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    /** Offices after a country's abbreviation ("US President", "UK Prime Minister", "U.S. Secretary of State"). */
    private static final Set<String> OFFICE_WORDS = Set.of("Prime", "Secretary", "Foreign", "Defense", "Defence",
            "Ambassador", "Attorney", "Vice", "Deputy", "Envoy", "Trade", "Health", "Home", "Commerce");

    /** Titles that open institutions and buildings named after their holder ("King Edward VI School"). */
    private static final Set<String> NAMESAKE_TITLES = Set.of("King", "Queen", "Prince", "Princess", "Sir", "Lady",
            "Dame", "Lord");

    private PersonTitles() {
    }

    /**
     * True if a title stands right before an organisation or a building named after its holder ("King" +
     * "Edward VI School", "Sir" + "John Leman Grammar School", "Queen" + "Elizabeth Hospital"): the model leaves the
     * title out of what it reads as a person's name, and the designator at the end makes the rest an institution.
     * In CoNLL train, UNER-EWT dev and WikiANN train, 101 of 103 such titles before an organisation or a place are
     * part of its name.
     */
    static boolean opensNamesake(String[] tokens, Span name) {
        return name.getStart() > 0 && NAMESAKE_TITLES.contains(tokens[name.getStart() - 1])
                && (OrganisationDesignators.namesOrganisation(tokens, name)
                        || PlaceDesignators.endsInNonPersonPlaceWord(tokens, name));
    }

    /**
     * True if the name opens with a title followed by a capitalised word ("Queen Victoria") or a title stands just
     * before it ("Dr." "Rohatgi").
     */
    static boolean titled(String[] tokens, Span name) {
        boolean inside = name.length() >= 2 && isTitle(tokens[name.getStart()])
                && TokenShape.isCapitalised(tokens[name.getStart() + 1]);
        return inside || name.getStart() > 0 && isTitle(tokens[name.getStart() - 1]);
    }

    /** True for a title, also written in capitals ("JUSTICE", three letters or more) or with a dot ("Dr."). */
    static boolean isTitle(String token) {
        String word = token.replace(".", "");
        // Why "longer than two": "MS" and "DR" in capitals are more often a product or an abbreviation.
        if (word.length() > 2 && word.equals(word.toUpperCase(Locale.ROOT))) {
            word = word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
        }
        return TITLES.contains(word);
    }

    /**
     * True for a title alone that names nobody as the type the model gave it: as a person or an organisation, a
     * title that is no surname or band ("the Pope", "the Duke and Duchess", "Justice Minister"; not "King", "Queen");
     * as a place, any title ("thank the Lord", "The Prince and Princess of Wales") but one before a possessive,
     * which names a ground or a building ("Lord's", "King's Cross").
     */
    static boolean namesNobodyAs(String text, Mention mention) {
        String name = mention.text();
        if (mention.type() != EntityType.LOCATION) {
            return isTitleAlone(name);
        }
        boolean possessive = text.startsWith("'s", mention.end()) || text.startsWith("\u2019s", mention.end())
                || text.startsWith(" 's", mention.end());
        return isTitle(name) && !name.contains(" ") && !possessive;
    }

    /**
     * True for a title that names nobody on its own ("Pope", "Mr", "Prophet" of "the Prophet"), unlike titles that
     * are surnames too ("King").
     */
    static boolean isTitleAlone(String text) {
        return isTitle(text) && !ALSO_NAMES.contains(text.replace(".", ""));
    }

    /**
     * Names the model left alone after an honorific: the capitalised words (with a lower-case letter, up to three)
     * right after "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sir" or "Dame" where no name lies ("Dr. Lasdon", "Mrs.
     * Tolchin"; the model missed 7 such names in UNER-EWT test, models/README.md), as persons; not an office ("Mr.
     * Ambassador") nor a run that {@code listed} accepts with its honorific ("Dr Pepper").
     */
    static List<Span> unfound(String[] tokens, List<Span> names, Predicate<Span> listed) {
        List<Span> found = new ArrayList<>();
        for (int t = 0; t + 1 < tokens.length; t++) {
            if (!HONORIFICS.contains(tokens[t].replace(".", ""))) {
                continue;
            }
            int end = DesignatedRuns.runEnd(tokens, t + 1, MAX_NAME_WORDS, PersonTitles::isNameWord);
            Span run = new Span(t + 1, end, EntityType.PERSON.name());
            if (end > t + 1 && DesignatedRuns.isFree(names, run)
                    && !listed.test(new Span(t, end))) {
                found.add(run);
            }
        }
        return found;
    }

    /** A capitalised word with a lower-case letter that is no title or sentence opener ("Smith", not "The"). */
    private static boolean isNameWord(String token) {
        return DesignatedRuns.isRunWord(token) && !isTitle(token) && !MentionNormalizer.isOfficeWord(token);
    }

    /** True for a title in any case, without its dot ("mr", "president"). */
    static boolean isTitleWord(String lowerCaseWord) {
        return LOWER_CASE.contains(lowerCaseWord);
    }

    /**
     * A country's abbreviation the model left alone before an office ("US President George W Bush", "UK Prime
     * Minister Tony Blair"), as a place: the model reads the office as the start of a person's name and drops the
     * country, which CoNLL and UNER annotate as a place.
     */
    static List<Span> countriesBeforeOffices(String[] tokens, List<Span> names) {
        List<Span> countries = new ArrayList<>();
        for (int t = 0; t + 1 < tokens.length; t++) {
            Span country = new Span(t, t + 1, EntityType.LOCATION.name());
            if (NameLists.COUNTRY_ABBREVIATIONS.contains(tokens[t])
                    && (isTitle(tokens[t + 1]) || OFFICE_WORDS.contains(tokens[t + 1]))
                    && DesignatedRuns.isFree(names, country)) {
                countries.add(country);
            }
        }
        return countries;
    }
}
