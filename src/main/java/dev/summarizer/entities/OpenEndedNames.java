package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import opennlp.tools.util.Span;

/**
 * Names the model ended on a linking word ("Republic of" + "Macedonia", "Greenhaven Press of"): joined to a name
 * right after it, which the linking word's complement is ("Republic of Macedonia", typed as the head "Republic of"
 * was), or else cut back to the name before the linking word. No name ends in "of" in CoNLL, UNER or WikiANN.
 * Measured in models/README.md ("Names ending in 'of'").
 */
final class OpenEndedNames {

    private static final Set<String> LINKING_WORDS = Set.of("of", "de", "and", "the");

    private OpenEndedNames() {
    }

    /** The names, each ending in a linking word joined to the name after it or cut back. */
    static List<Span> mended(String[] tokens, List<Span> names) {
        List<Span> mended = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            Span name = names.get(i);
            int end = nameEnd(tokens, name);
            if (end == name.getEnd()) {
                mended.add(name);
            } else if (i + 1 < names.size() && names.get(i + 1).getStart() == name.getEnd()) {
                mended.add(new Span(name.getStart(), names.get(i + 1).getEnd(), name.getType()));
                i++;
            } else if (end > name.getStart()) {
                mended.add(new Span(name.getStart(), end, name.getType()));
            }
        }
        return mended;
    }

    /** The end of the name without the linking words it ends in. */
    private static int nameEnd(String[] tokens, Span name) {
        int end = name.getEnd();
        while (end > name.getStart() && LINKING_WORDS.contains(tokens[end - 1])) {
            end--;
        }
        return end;
    }
}
