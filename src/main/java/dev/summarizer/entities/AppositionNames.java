package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import opennlp.tools.util.Span;

/** Names that stand right after the class noun of an organisation ("the band Nirvana", "the label Parlophone"). */
final class AppositionNames {

    /**
     * Class nouns of organisations that stand right before their name ("the band Nirvana", "the record label
     * Parlophone"); "company" and "party" are left out ("the company Monday", "a party Tuesday"), and so is
     * "group", whose names run on in lower case ("the group Human Rights in China").
     */
    private static final Set<String> ORGANISATION_APPOSITIONS = Set.of("band", "label", "newspaper",
            "magazine", "airline", "carmaker", "automaker", "retailer", "broadcaster", "club");
    /**
     * Capitalised words that follow such a noun without being its name ("the band Monday said", "the club Christmas
     * party").
     */
    private static final Set<String> NOT_NAMES = Set.of("I");

    private AppositionNames() {
    }

    /**
     * Capitalised runs right after an organisation's class noun ("the band Mother Love Bone", "the record label
     * Parlophone") that overlap none of the found names, as organisation spans. Why: the model misses bands and
     * labels it never saw ("Nirvana", "Iron Maiden"), and the noun before them says what they are.
     */
    static List<Span> find(String[] tokens, List<Span> found) {
        List<Span> names = new ArrayList<>();
        for (int t = 1; t < tokens.length; t++) {
            if (!ORGANISATION_APPOSITIONS.contains(tokens[t - 1]) || NOT_NAMES.contains(tokens[t])
                    || TokenShape.isCalendarWord(tokens[t])
                    || tokens[t].startsWith("I'") || tokens[t].startsWith("I\u2019")) {
                continue;
            }
            int end = DefiningSentences.capitalisedRunEnd(tokens, t);
            if (end < 0) {
                continue;
            }
            Span run = new Span(t, end, EntityType.ORGANIZATION.name());
            if (DesignatedRuns.isFree(found, run)) {
                names.add(run);
                t = end - 1;
            }
        }
        return names;
    }
}
