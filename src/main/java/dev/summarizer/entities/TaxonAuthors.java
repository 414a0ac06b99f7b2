package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/**
 * The author of a species' description ("It was described by Meyrick in 1909"), a surname the model leaves alone
 * in the many Wikipedia articles on species: in WikiANN train all 30 capitalised words after "described by" begin a
 * person's name. Measured in models/README.md ("Authors of species").
 */
final class TaxonAuthors {

    /** The most capitalised words an author's name runs to ("Charles Oberthür", "Nikolai Turczaninow"). */
    private static final int MAX_WORDS = 3;

    private TaxonAuthors() {
    }

    /** Capitalised runs right after "described by" where no name lies, as persons. */
    static List<Span> unfound(String[] tokens, List<Span> names) {
        List<Span> authors = new ArrayList<>();
        for (int t = 2; t < tokens.length; t++) {
            if (!tokens[t - 1].equals("by") || !tokens[t - 2].equalsIgnoreCase("described")) {
                continue;
            }
            int end = DesignatedRuns.runEnd(tokens, t, MAX_WORDS,
                    token -> TokenShape.isCapitalisedWord(token) && !DesignatedRuns.isOpener(token));
            Span run = new Span(t, end, EntityType.PERSON.name());
            if (end > t && names.stream().noneMatch(name -> name.intersects(run))) {
                authors.add(run);
            }
        }
        return authors;
    }
}
