package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.summarizer.entities.FoundForms.Form;

/**
 * The types a document's forms ({@link FoundForms}) give the model's own mentions before copying: a defined
 * subject's type, and a found person's type for the surname.
 */
final class FormTypes {

    private FormTypes() {
    }

    /**
     * The mentions, those of a form defined by a defining sentence ({@link DefiningSentences}) with the type the
     * definition gave: the subject of "Kraków is the second-largest city in Poland" is a place in "Archbishop of
     * Kraków" too, where the model took it for a person.
     */
    static List<Mention> withDefinedTypes(List<NameFinderInput.Unit> units, List<Mention> mentions,
            Map<String, Form> forms) {
        if (forms.values().stream().noneMatch(Form::defined)) {
            return mentions;
        }
        List<Mention> typed = new ArrayList<>(mentions);
        List<List<Integer>> byUnit = FoundForms.mentionsByUnit(units, mentions);
        for (int u = 0; u < units.size(); u++) {
            for (int m : byUnit.get(u)) {
                Mention mention = typed.get(m);
                Form form = forms.get(String.join(" ", FoundForms.tokensWithin(units.get(u), mention)));
                if (form != null && form.defined() && form.type() != mention.type()) {
                    typed.set(m, new Mention(mention.text(), mention.start(), mention.end(), mention.sentence(),
                            form.type()));
                }
            }
        }
        return typed;
    }

    /**
     * The mentions, those that are the surname of a found person's fuller name with the person's type ("Jordan" of
     * "Neil Jordan", which the model took for a place), but not after a preposition of place ("in Washington" after
     * "Harold Washington"), and not an organisation a list holds ("Dell" after "Michael Dell").
     */
    static List<Mention> withSurnameTypes(List<NameFinderInput.Unit> units, List<Mention> mentions,
            Map<String, Form> forms, Set<String> surnames, ListedWords listed) {
        if (surnames.isEmpty()) {
            return mentions;
        }
        List<Mention> typed = new ArrayList<>(mentions);
        List<List<Integer>> byUnit = FoundForms.mentionsByUnit(units, mentions);
        for (int u = 0; u < units.size(); u++) {
            NameFinderInput.Unit unit = units.get(u);
            for (int m : byUnit.get(u)) {
                Mention mention = typed.get(m);
                String key = String.join(" ", FoundForms.tokensWithin(unit, mention));
                Form form = forms.get(key);
                if (mention.type() != EntityType.PERSON && surnames.contains(key) && (form == null || !form.defined())
                        && !(mention.type() == EntityType.ORGANIZATION && listed.organisation().test(key))
                        && !MentionPropagator.afterPlaceWord(unit.tokens(), firstToken(unit, mention))) {
                    typed.set(m, new Mention(mention.text(), mention.start(), mention.end(), mention.sentence(),
                            EntityType.PERSON));
                }
            }
        }
        return typed;
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
