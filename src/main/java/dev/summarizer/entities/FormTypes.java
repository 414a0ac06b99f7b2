package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.summarizer.entities.FoundForms.Form;

/**
 * The types a document's forms ({@link FoundForms}) give the model's own mentions before copying: a defined form's
 * type, and a found person's type for the surname.
 */
final class FormTypes {

    private FormTypes() {
    }

    /**
     * The mentions with the type their form gives them. A defined form's type ({@link DefiningSentences}): the
     * subject of "Kraków is the second-largest city in Poland" is a place in "Archbishop of Kraków" too, where the
     * model took it for a person. A found person's type for the surname of a fuller name ("Jordan" of "Neil Jordan",
     * which the model took for a place), but not after a preposition of place ("in Washington" after "Harold
     * Washington") or where a journey goes ("flew to Jordan" after "Michael Jordan"), and not over an organisation a
     * list holds ("Dell" after "Michael Dell").
     *
     * @param byUnit the mentions of each unit ({@link FoundForms#mentionsByUnit})
     */
    static List<Mention> retyped(List<NameFinderInput.Unit> units, List<Mention> mentions,
            List<List<Integer>> byUnit, Map<String, Form> forms, Set<String> surnames, ListedWords listed) {
        if (surnames.isEmpty() && forms.values().stream().noneMatch(Form::defined)) {
            return mentions;
        }
        List<Mention> typed = new ArrayList<>(mentions);
        for (int u = 0; u < units.size(); u++) {
            NameFinderInput.Unit unit = units.get(u);
            for (int m : byUnit.get(u)) {
                Mention mention = typed.get(m);
                String key = String.join(" ", FoundForms.tokensWithin(unit, mention));
                Form form = forms.get(key);
                EntityType type = form != null && form.defined() ? form.type()
                        : isSurname(unit, mention, key, surnames, listed) ? EntityType.PERSON : mention.type();
                if (type != mention.type()) {
                    typed.set(m, mention.withType(type));
                }
            }
        }
        return typed;
    }

    private static boolean isSurname(NameFinderInput.Unit unit, Mention mention, String key, Set<String> surnames,
            ListedWords listed) {
        if (!surnames.contains(key) || mention.type() == EntityType.ORGANIZATION && listed.organisation().test(key)) {
            return false;
        }
        int first = firstToken(unit, mention);
        int end = first + key.split(" ").length;
        return !PlaceContexts.afterPlacePreposition(unit.tokens(), first)
                && !PlaceContexts.isJourneyDestination(unit.tokens(), first, end);
    }

    /** The index of the mention's first token in the unit. */
    private static int firstToken(NameFinderInput.Unit unit, Mention mention) {
        int t = 0;
        while (t < unit.starts().length - 1 && unit.ends()[t] <= mention.start()) {
            t++;
        }
        return t;
    }
}
