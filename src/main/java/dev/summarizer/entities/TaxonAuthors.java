package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * The author of a species' description ("It was described by Meyrick in 1909"), a surname the model leaves alone
 * in the many Wikipedia articles on species: in WikiANN train all 30 capitalised words after "described by" begin a
 * person's name. Measured in models/README.md ("Authors of species").
 */
final class TaxonAuthors {

    /** The most capitalised words an author's name runs to ("Charles Oberthür", "Nikolai Turczaninow"). */
    private static final int MAX_WORDS = 3;
    /** How far after the name the year may stand: "in 1909", ", 1854", "( 1909 )". */
    private static final int YEAR_WINDOW = 3;
    private static final Pattern YEAR = Pattern.compile("1[5-9]\\d\\d|20\\d\\d");

    private TaxonAuthors() {
    }

    /**
     * Capitalised runs right after "described by" and before the year of the description ("in 1909", ", 1854")
     * where no name lies, as persons. Why the year: "The attack was described by Human Rights Watch as …" names no
     * author; a species' description always gives its year.
     */
    static List<Span> unfound(String[] tokens, List<Span> names) {
        List<Span> authors = new ArrayList<>();
        for (int t = 2; t < tokens.length; t++) {
            if (!tokens[t - 1].equals("by") || !tokens[t - 2].equalsIgnoreCase("described")) {
                continue;
            }
            int end = DesignatedRuns.runEnd(tokens, t, MAX_WORDS, DesignatedRuns::isRunWord);
            Span run = new Span(t, end, EntityType.PERSON.name());
            if (end > t && yearFollows(tokens, end) && DesignatedRuns.isFree(names, run)) {
                authors.add(run);
            }
        }
        return authors;
    }

    /** True if a year ("1909") stands within the next {@link #YEAR_WINDOW} tokens. */
    private static boolean yearFollows(String[] tokens, int at) {
        for (int t = at; t < Math.min(tokens.length, at + YEAR_WINDOW); t++) {
            if (YEAR.matcher(tokens[t]).matches()) {
                return true;
            }
        }
        return false;
    }
}
