package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import opennlp.tools.util.Span;

/**
 * The "The" of a newspaper's name ("told The Washington Post", "Peter Bradshaw of The Guardian"), which the model
 * leaves out. CoNLL-2003 train keeps a capitalised "The" inside every newspaper's name that has one ("The Times",
 * "The Wall Street Journal", "The Statesman", "The Sun"), and so does WikiANN ("The Guardian", "The Advertiser").
 * Measured in models/README.md ("Newspapers with 'The'").
 */
final class Newspapers {

    /** Words that end newspapers' names, and that the names of no other kind of organisation end in. */
    private static final Set<String> ENDINGS = Set.of("Times", "Post", "Journal", "Herald", "Tribune", "Telegraph",
            "Guardian", "Observer", "Independent", "Chronicle", "Gazette", "Economist", "Advertiser", "Courier",
            "Inquirer", "Examiner", "Enquirer", "Statesman", "Mirror", "Sun");

    private Newspapers() {
    }

    /**
     * The names, each organisation ending in a newspaper's word with a capitalised "The" before it taken back over
     * it; not at a sentence's start, where "The" is capitalised whatever follows.
     */
    static List<Span> withThe(String[] tokens, List<Span> names) {
        List<Span> result = new ArrayList<>(names.size());
        for (Span name : names) {
            int before = name.getStart() - 1;
            boolean newspaper = EntityType.ORGANIZATION.isTypeOf(name.getType())
                    && ENDINGS.contains(tokens[name.getEnd() - 1]);
            if (newspaper && before > 0 && tokens[before].equals("The")
                    && result.stream().noneMatch(other -> other.getEnd() > before)) {
                result.add(new Span(before, name.getEnd(), name.getType()));
            } else {
                result.add(name);
            }
        }
        return result;
    }
}
