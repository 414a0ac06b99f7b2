package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import opennlp.tools.util.Span;

/**
 * One sense per discourse, by majority: a name the model found in a document is a name wherever else the same
 * capitalised tokens occur in it, unless the model left it alone more often than it found it. Why: the model
 * misses repeated names in weak contexts ("Pyongyang" at the start of a sentence, "Rotor are well placed"); an
 * article names the same thing the same way. A found form is copied to uncovered places where its tokens occur
 * exactly (case-sensitive), longest forms first, with the type the form was given most often. Not copied: forms
 * that do not start with a capital letter, forms under {@link #MIN_COPY_CHARS} characters, and forms that would
 * be copied more often than the model found them. Why the last two: in a long text of unrelated sentences one
 * wrong find ("PM", "Green") was copied to every other occurrence (models/README.md, "Name copying"). The
 * subject of a defining sentence ({@link DefiningSentences}: "Pearl Jam is an American rock band") is exempt
 * from that count, and all its mentions take the type the definition gave: an article names its subject again and
 * again, often where the model alone misses it. So is a company's short name ({@link CompanyNames#shortName}:
 * "Magna" of a found "Magna International Inc"), as an organisation, where it stands alone; and so is the surname of
 * a found person whose name opens with a given name ("Jordan" of "Neil Jordan"), as a person. In CoNLL train, 1,677
 * of 1,686 such surnames standing alone in the same document are the person; the model took "Jordan",
 * "Washington" and "Valencia" for places.
 *
 * <p>Acronyms too: when a found name of two or more capitalised words ("Korean Central News Agency") has
 * initials ("KCNA") that the document writes as a token of capitals, that token is a name of the same type, as
 * often as it occurs (its evidence is the name spelt out, not finds of its own). Why: the model often misses a
 * bare acronym ("(KCNA)", "the UFC said") that the document has spelt out.
 *
 * <p>A found form is also copied to its all-capitals spelling ("Rotor" to "ROTOR", "Alan Shearer" to "ALAN
 * SHEARER"): news headlines and datelines are often in capitals, where the model finds less (+0.2 F1 on CoNLL
 * valid, nothing else changed on dev). Both spellings count against the same finds.
 */
final class MentionPropagator {

    /**
     * Forms and acronyms shorter than this are not copied ("ID", "AF", "PM" after a name with those initials):
     * too ambiguous to be a name everywhere.
     */
    private static final int MIN_COPY_CHARS = 3;

    private MentionPropagator() {
    }

    /**
     * A found form: its tokens (or their all-capitals spelling), the form it was found as ({@code name}), the
     * type it was given most often, how many times the model found it, and whether it is the initials of a found
     * name.
     */
    private record Form(String[] tokens, String name, EntityType type, int found, boolean acronym,
            boolean defined, boolean standalone) {

        Form(String[] tokens, String name, EntityType type, int found, boolean acronym, boolean defined) {
            this(tokens, name, type, found, acronym, defined, false);
        }

        /** Whether this form may make {@code copies} copies. */
        boolean mayCopy(int copies) {
            return name.length() >= MIN_COPY_CHARS && (acronym || defined || found >= copies);
        }
    }

    /** The mentions plus the copies, in document order. */
    static List<Mention> propagate(String text, List<NameFinderInput.Unit> units, List<Mention> found,
            Predicate<String> givenName) {
        Map<String, Form> forms = formsOf(units, found, givenName);
        if (forms.isEmpty()) {
            return found;
        }
        List<Mention> mentions = withSurnameTypes(units, withDefinedTypes(units, found, forms), forms, givenName);
        Map<String, List<Form>> byFirstToken = new HashMap<>();
        for (Form form : forms.values()) {
            byFirstToken.computeIfAbsent(form.tokens[0], k -> new ArrayList<>()).add(form);
        }
        for (Form form : forms.values()) {
            String[] upper = new String[form.tokens.length];
            for (int k = 0; k < upper.length; k++) {
                upper[k] = form.tokens[k].toUpperCase(Locale.ROOT);
            }
            if (!Arrays.equals(upper, form.tokens)) {
                byFirstToken.computeIfAbsent(upper[0], k -> new ArrayList<>())
                        .add(new Form(upper, form.name, form.type, form.found, form.acronym, form.defined,
                                form.standalone));
            }
        }
        byFirstToken.values().forEach(l -> l.sort(Comparator.comparingInt((Form f) -> -f.tokens.length)));
        // Count, drop the forms that would copy too often, count again: a dropped longer form ("New York Times")
        // leaves its places to shorter ones ("New York"), which must pass the same test.
        List<boolean[]> coverage = units.stream().map(unit -> coverage(unit, mentions)).toList();
        while (true) {
            Map<String, Integer> copies = new HashMap<>();
            List<Mention> all = copy(text, units, coverage, mentions, byFirstToken, copies);
            Set<String> dropped = new HashSet<>();
            copies.forEach((name, count) -> {
                if (!forms.get(name).mayCopy(count)) {
                    dropped.add(name);
                }
            });
            if (dropped.isEmpty()) {
                return all;
            }
            byFirstToken.values().forEach(list -> list.removeIf(form -> dropped.contains(form.name)));
        }
    }

    /**
     * The mentions plus the copies of the forms; counts the copies per found form ({@code name}).
     *
     * @param coverage per unit, the tokens the mentions cover
     */
    private static List<Mention> copy(String text, List<NameFinderInput.Unit> units, List<boolean[]> coverage,
            List<Mention> mentions, Map<String, List<Form>> byFirstToken, Map<String, Integer> copies) {
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
                    int end = t + form.tokens.length;
                    if (end <= tokens.length && matches(tokens, covered, t, form.tokens)
                            && !(form.standalone && (runsOn(tokens, end) || runsBack(tokens, t)))) {
                        int start = unit.starts()[t];
                        int stop = unit.ends()[end - 1];
                        all.add(new Mention(text.substring(start, stop), start, stop, unit.sentences()[t],
                                form.type));
                        copies.merge(form.name, 1, Integer::sum);
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

    /** Found forms by their tokens, each with the type it was given most often (first seen on a tie). */
    private static Map<String, Form> formsOf(List<NameFinderInput.Unit> units, List<Mention> mentions,
            Predicate<String> givenName) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        Map<String, String[]> tokensOf = new HashMap<>();
        Map<String, EntityType> defined = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (NameFinderInput.Unit unit : units) {
            Optional<Span> subject = DefiningSentences.subject(unit.tokens());
            for (Mention mention : mentions) {
                String[] tokens = tokensWithin(unit, mention);
                if (tokens.length == 0 || !TokenShape.isCapitalised(tokens[0])) {
                    continue;
                }
                String key = String.join(" ", tokens);
                if (tokensOf.putIfAbsent(key, tokens) == null) {
                    order.add(key);
                }
                votes.computeIfAbsent(key, k -> new java.util.EnumMap<>(EntityType.class))
                        .merge(mention.type(), 1, Integer::sum);
                if (subject.isPresent() && mention.end() == unit.ends()[subject.get().getEnd() - 1]
                        && mention.start() <= unit.starts()[subject.get().getStart()]) {
                    defined.put(key, mention.type());
                }
            }
        }
        // Why linked: forms are visited in order of first find, so ties between forms do not depend on hashing.
        Map<String, Form> forms = new LinkedHashMap<>();
        for (String key : order) {
            EntityType best = null;
            for (Map.Entry<EntityType, Integer> vote : votes.get(key).entrySet()) {
                if (best == null || vote.getValue() > votes.get(key).get(best)) {
                    best = vote.getKey();
                }
            }
            forms.put(key, new Form(tokensOf.get(key), key, defined.getOrDefault(key, best),
                    votes.get(key).values().stream().mapToInt(Integer::intValue).sum(), false,
                    defined.containsKey(key)));
        }
        Set<String> surnames = surnamesOf(forms, givenName);
        for (String surname : surnames) {
            Form form = forms.get(surname);
            if (form != null && !form.defined) {
                forms.put(surname, new Form(form.tokens, surname, EntityType.PERSON, form.found, false, false));
            } else if (form == null) {
                forms.put(surname, new Form(surname.split(" "), surname, EntityType.PERSON, 0, false, true, true));
            }
        }
        for (String key : order) {
            Form form = forms.get(key);
            String[] shortName = form.type == EntityType.ORGANIZATION ? CompanyNames.shortName(form.tokens) : null;
            // Why not a found person's surname: a firm named after its founder ("Freberg Ltd" of Stan Freberg).
            if (shortName != null && !surnames.contains(String.join(" ", shortName))) {
                String name = String.join(" ", shortName);
                Form alsoFound = forms.get(name);
                forms.put(name, new Form(shortName, name, EntityType.ORGANIZATION,
                        alsoFound == null ? 0 : alsoFound.found, false, true, true));
            }
            String acronym = Initials.of(form.tokens);
            Form alsoFound = acronym == null ? null : forms.get(acronym);
            if (alsoFound != null) {
                // Found itself too: still the initials of a found name, so as free to be copied.
                forms.put(acronym, new Form(alsoFound.tokens, acronym, alsoFound.type, alsoFound.found, true,
                        alsoFound.defined));
            } else if (acronym != null && written(units, acronym)) {
                forms.put(acronym, new Form(new String[] {acronym}, acronym, form.type, form.found, true, false));
            }
        }
        return forms;
    }

    /**
     * The mentions, those of a form defined by a defining sentence ({@link DefiningSentences}) with the type the
     * definition gave: the subject of "Kraków is the second-largest city in Poland" is a place in "Archbishop of
     * Kraków" too, where the model took it for a person.
     */
    private static List<Mention> withDefinedTypes(List<NameFinderInput.Unit> units, List<Mention> mentions,
            Map<String, Form> forms) {
        if (forms.values().stream().noneMatch(Form::defined)) {
            return mentions;
        }
        List<Mention> typed = new ArrayList<>(mentions);
        for (NameFinderInput.Unit unit : units) {
            for (int m = 0; m < typed.size(); m++) {
                Mention mention = typed.get(m);
                Form form = forms.get(String.join(" ", tokensWithin(unit, mention)));
                if (form != null && form.defined && form.type != mention.type()) {
                    typed.set(m, new Mention(mention.text(), mention.start(), mention.end(), mention.sentence(),
                            form.type));
                }
            }
        }
        return typed;
    }

    /**
     * The mentions, those that are the surname of a found person's fuller name with the person's type: "Jordan" of
     * "Neil Jordan", "Washington" of "MaliVai Washington", which the model took for places.
     */
    private static List<Mention> withSurnameTypes(List<NameFinderInput.Unit> units, List<Mention> mentions,
            Map<String, Form> forms, Predicate<String> givenName) {
        Set<String> surnames = surnamesOf(forms, givenName);
        if (surnames.isEmpty()) {
            return mentions;
        }
        List<Mention> typed = new ArrayList<>(mentions);
        for (NameFinderInput.Unit unit : units) {
            for (int m = 0; m < typed.size(); m++) {
                Mention mention = typed.get(m);
                String key = String.join(" ", tokensWithin(unit, mention));
                Form form = forms.get(key);
                if (mention.type() != EntityType.PERSON && surnames.contains(key)
                        && (form == null || !form.defined)) {
                    typed.set(m, new Mention(mention.text(), mention.start(), mention.end(), mention.sentence(),
                            EntityType.PERSON));
                }
            }
        }
        return typed;
    }

    /**
     * The last words of the found persons' names of two or more words ("Freberg" of "Stan Freberg"), unless the
     * words before them are a found name of their own: "Lebed Chechnya" is two names run together, not a person
     * whose surname is "Chechnya".
     */
    private static Set<String> surnamesOf(Map<String, Form> forms, Predicate<String> givenName) {
        Set<String> surnames = new HashSet<>();
        for (Form form : forms.values()) {
            boolean person = form.type == EntityType.PERSON && givenName.test(form.tokens[0]);
            for (int k = 1; person && k < form.tokens.length; k++) {
                if (forms.containsKey(String.join(" ", Arrays.copyOfRange(form.tokens, 0, k)))) {
                    break;
                }
                String surname = String.join(" ", Arrays.copyOfRange(form.tokens, k, form.tokens.length));
                if (surname.length() >= MIN_COPY_CHARS && TokenShape.hasLowerCase(surname)
                        && !TokenShape.isCalendarWord(surname)) {
                    surnames.add(surname);
                }
            }
        }
        return surnames;
    }

    private static boolean written(List<NameFinderInput.Unit> units, String token) {
        for (NameFinderInput.Unit unit : units) {
            for (String t : unit.tokens()) {
                if (t.equals(token)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String[] tokensWithin(NameFinderInput.Unit unit, Mention mention) {
        if (!overlaps(unit, mention)) {
            return new String[0];
        }
        List<String> tokens = new ArrayList<>();
        for (int t = 0; t < unit.tokens().length; t++) {
            if (unit.starts()[t] >= mention.start() && unit.ends()[t] <= mention.end()) {
                tokens.add(unit.tokens()[t]);
            }
        }
        return tokens.toArray(String[]::new);
    }

    private static boolean[] coverage(NameFinderInput.Unit unit, List<Mention> mentions) {
        boolean[] covered = new boolean[unit.tokens().length];
        for (Mention mention : mentions) {
            if (!overlaps(unit, mention)) {
                continue;
            }
            for (int t = 0; t < covered.length; t++) {
                covered[t] |= unit.starts()[t] < mention.end() && unit.ends()[t] > mention.start();
            }
        }
        return covered;
    }

    /** Why: a long text has many units and mentions; most pairs are far apart, and checking that is cheap. */
    private static boolean overlaps(NameFinderInput.Unit unit, Mention mention) {
        int length = unit.tokens().length;
        return length > 0 && mention.start() < unit.ends()[length - 1] && mention.end() > unit.starts()[0];
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
