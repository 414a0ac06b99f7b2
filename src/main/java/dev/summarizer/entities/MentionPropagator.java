package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.summarizer.entities.FoundForms.Form;

/**
 * One sense per discourse, by majority: a name the model found in a document is a name wherever else the same
 * capitalised tokens occur in it, unless the model left it alone more often than it found it. Why: the model
 * misses repeated names in weak contexts ("Pyongyang" at the start of a sentence, "Rotor are well placed"); an
 * article names the same thing the same way. A found form ({@link FoundForms}) is copied to uncovered places where
 * its tokens occur exactly (case-sensitive), longest forms first, with the type the form was given most often. Not
 * copied: forms that do not start with a capital letter, forms under {@link FoundForms#MIN_COPY_CHARS} characters,
 * and forms that would be copied more often than the model found them. Why the last two: in a long text of
 * unrelated sentences one wrong find ("PM", "Green") was copied to every other occurrence (models/README.md, "Name
 * copying"). Exempt from that count ({@link FoundForms} says why): the subject of a defining sentence, a company's
 * short name and a person's surname the model did not find alone (these two only where they stand alone), and the
 * initials of a found name. The model's own mentions of a defined subject take the type the definition gave, and
 * those of a found person's surname the person's type. A person's one-word form is not copied where a journey goes
 * ("flew to Jordan" after "Michael Jordan", {@link PlaceContexts#isJourneyDestination}).
 *
 * <p>A found form is also copied to its all-capitals spelling ("Rotor" to "ROTOR", "Alan Shearer" to "ALAN
 * SHEARER"): news headlines and datelines are often in capitals, where the model finds less (+0.2 F1 on CoNLL
 * valid, nothing else changed on dev). Both spellings count against the same finds.
 */
final class MentionPropagator {

    private MentionPropagator() {
    }

    /** The mentions plus the copies, in document order. */
    static List<Mention> propagate(String text, List<NameFinderInput.Unit> units, List<Mention> found,
            ListedWords listed) {
        // Why once: retyping keeps every mention in its place, so one index serves all the steps below.
        List<List<Integer>> byUnit = FoundForms.mentionsByUnit(units, found);
        Set<String> words = FoundForms.words(units);
        FoundForms.Found document = FoundForms.of(units, found, byUnit, words, listed);
        Map<String, Form> forms = document.forms();
        if (forms.isEmpty()) {
            return found;
        }
        List<Mention> mentions = FormTypes.retyped(units, found, byUnit, forms, document.surnames(), listed);
        Map<String, List<Form>> byFirstToken = new HashMap<>();
        for (Form form : forms.values()) {
            byFirstToken.computeIfAbsent(form.tokens()[0], k -> new ArrayList<>()).add(form);
        }
        for (Form form : forms.values()) {
            String[] upper = new String[form.tokens().length];
            for (int k = 0; k < upper.length; k++) {
                upper[k] = form.tokens()[k].toUpperCase(Locale.ROOT);
            }
            if (!Arrays.equals(upper, form.tokens())) {
                byFirstToken.computeIfAbsent(upper[0], k -> new ArrayList<>()).add(form.spelled(upper));
            }
        }
        byFirstToken.values().forEach(l -> l.sort(Comparator.comparingInt((Form f) -> -f.tokens().length)));
        // Count, drop the forms that would copy too often, count again: a dropped longer form ("New York Times")
        // leaves its places to shorter ones ("New York"), which must pass the same test.
        List<boolean[]> coverage = new ArrayList<>(units.size());
        for (int u = 0; u < units.size(); u++) {
            coverage.add(coverage(units.get(u), byUnit.get(u).stream().map(mentions::get).toList()));
        }
        while (true) {
            Map<String, Integer> copies = new HashMap<>();
            List<Mention> all = copy(text, units, coverage, mentions, byFirstToken, copies, words);
            Set<String> dropped = new HashSet<>();
            copies.forEach((name, count) -> {
                if (!forms.get(name).mayCopy(count)) {
                    dropped.add(name);
                }
            });
            if (dropped.isEmpty()) {
                return all;
            }
            byFirstToken.values().forEach(list -> list.removeIf(form -> dropped.contains(form.name())));
        }
    }

    /**
     * The mentions plus the copies of the forms; counts the copies per found form ({@code name}).
     *
     * @param coverage per unit, the tokens the mentions cover
     * @param words every token of the units
     */
    private static List<Mention> copy(String text, List<NameFinderInput.Unit> units, List<boolean[]> coverage,
            List<Mention> mentions, Map<String, List<Form>> byFirstToken, Map<String, Integer> copies,
            Set<String> words) {
        List<Mention> all = new ArrayList<>(mentions);
        for (int u = 0; u < units.size(); u++) {
            NameFinderInput.Unit unit = units.get(u);
            boolean[] covered = coverage.get(u).clone();
            String[] tokens = unit.tokens();
            for (int t = 0; t < tokens.length; t++) {
                List<Form> candidates = covered[t] ? null : byFirstToken.get(tokens[t]);
                if (candidates == null) {
                    continue;
                }
                for (Form form : candidates) {
                    int end = t + form.tokens().length;
                    if (end <= tokens.length && matches(tokens, covered, t, form.tokens())
                            && (!form.standalone() || standsAlone(tokens, t, end, words))
                            && !(isOneWordPerson(form) && PlaceContexts.isJourneyDestination(tokens, t, end))) {
                        int start = unit.starts()[t];
                        int stop = unit.ends()[end - 1];
                        all.add(new Mention(text.substring(start, stop), start, stop, unit.sentences()[t],
                                form.type()));
                        copies.merge(form.name(), 1, Integer::sum);
                        Arrays.fill(covered, t, end, true);
                        t = end - 1;
                        break;
                    }
                }
            }
        }
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }

    private static boolean[] coverage(NameFinderInput.Unit unit, List<Mention> mentions) {
        boolean[] covered = new boolean[unit.tokens().length];
        for (Mention mention : mentions) {
            if (!FoundForms.overlaps(unit, mention)) {
                continue;
            }
            for (int t = 0; t < covered.length; t++) {
                covered[t] |= unit.starts()[t] < mention.end() && unit.ends()[t] > mention.start();
            }
        }
        return covered;
    }

    /**
     * True where a company's short name or a person's surname may be copied: not inside a longer name (see
     * {@link #runsOn}, {@link #runsBack}), not after a preposition of place ("in Washington" after "Harold
     * Washington"), and a single word opening a sentence only if the document never writes it in lower case ("Time
     * will tell" after "Time Inc", "News reports said" after "News Corp").
     */
    private static boolean standsAlone(String[] tokens, int start, int end, Set<String> words) {
        boolean opening = start == 0 || start == 1 && !TokenShape.hasLetterOrDigit(tokens[0]);
        return !runsOn(tokens, end) && !runsBack(tokens, start)
                && !PlaceContexts.afterPlacePreposition(tokens, start)
                && !(opening && end - start == 1 && words.contains(tokens[start].toLowerCase(Locale.ROOT)));
    }

    /** True for a person's one-word form ("Jordan"), which a place may share ("flew to Jordan"). */
    private static boolean isOneWordPerson(Form form) {
        return form.tokens().length == 1 && form.type() == EntityType.PERSON;
    }

    /** True if a company's short name would stop inside a longer name: "News" of "News of the World". */
    private static boolean runsOn(String[] tokens, int end) {
        return end < tokens.length && (TokenShape.isCapitalised(tokens[end]) || tokens[end].equals("of")
                || tokens[end].equals("&"));
    }

    /** True if a word before a short name would make it the end of a longer name: "New Castle Hundred". */
    private static boolean runsBack(String[] tokens, int start) {
        String before = start > 0 ? tokens[start - 1] : "";
        // A unit's first word is capitalised anyway ("Yesterday ParkingEye welcomed"), unless written in capitals.
        return TokenShape.isCapitalised(before) && !TokenShape.isDescriptiveCompound(before)
                && (start > 1 || !TokenShape.hasLowerCase(before));
    }

    private static boolean matches(String[] tokens, boolean[] covered, int from, String[] form) {
        for (int k = 0; k < form.length; k++) {
            if (covered[from + k] || !tokens[from + k].equals(form[k])) {
                return false;
            }
        }
        return true;
    }
}
