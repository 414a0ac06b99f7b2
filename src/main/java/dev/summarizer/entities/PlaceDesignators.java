package dev.summarizer.entities;

import java.util.Set;

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

    private PlaceDesignators() {
    }

    /** True if the name has two or more tokens and its last is a word of geography. */
    static boolean endsInDesignator(String[] tokens, Span span) {
        return span.length() >= 2 && ENDINGS.contains(tokens[span.getEnd() - 1]);
    }
}
