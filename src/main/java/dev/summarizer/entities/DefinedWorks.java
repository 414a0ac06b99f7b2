package dev.summarizer.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import opennlp.tools.util.Span;

/**
 * Titles of works that the text defines ("The Salt Road is a 1987 American Western film …", {@link
 * DefiningSentences#work}): an article about a film, an album or a novel names its title again and again, and the
 * model reads it as a person, place or organisation each time. CoNLL annotates titles as MISC and UNER not at all.
 */
final class DefinedWorks {

    private DefinedWorks() {
    }

    /** The titles the units define, as written in the text, without a leading "The". */
    static Set<String> titles(String text, List<NameFinderInput.Unit> units) {
        Set<String> titles = new HashSet<>();
        for (NameFinderInput.Unit unit : units) {
            DefiningSentences.work(unit.tokens()).ifPresent(
                    (Span title) -> titles.add(text.substring(unit.starts()[title.getStart()],
                            unit.ends()[title.getEnd() - 1])));
        }
        return titles;
    }

    /** True if the mention is one of the titles, with or without a leading "The". */
    static boolean isTitle(Set<String> titles, Mention mention) {
        String words = mention.text();
        return titles.contains(words) || words.startsWith("The ") && titles.contains(words.substring(4));
    }
}
