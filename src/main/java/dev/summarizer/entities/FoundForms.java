package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import opennlp.tools.util.Span;

/**
 * The found forms of a document, which {@link MentionPropagator} copies: each form of a name the model found, with
 * the type it was given most often, and the forms the document implies besides. The subject of a defining sentence
 * ({@link DefiningSentences}: "Pearl Jam is an American rock band") is exempt from the copy count, and all its
 * mentions take the type the definition gave: an article names its subject again and again, often where the model
 * alone misses it. So are a company's short name and a found person's surname ({@link ImpliedForms}).
 *
 * <p>Acronyms too: when a found name of two or more capitalised words ("Korean Central News Agency") has
 * initials ("KCNA") that the document writes as a token of capitals, that token is a name of the same type, as
 * often as it occurs (its evidence is the name spelt out, not finds of its own). Why: the model often misses a
 * bare acronym ("(KCNA)", "the UFC said") that the document has spelt out.
 */
final class FoundForms {

    /**
     * Forms and acronyms shorter than this are not copied ("ID", "AF", "PM" after a name with those initials):
     * too ambiguous to be a name everywhere.
     */
    static final int MIN_COPY_CHARS = 3;

    private FoundForms() {
    }

    /**
     * A found form: its tokens (or their all-capitals spelling), the form it was found as ({@code name}), the
     * type it was given most often, how many times the model found it, whether it is the initials of a found
     * name, whether the document defines it (a defining sentence's subject, a company's short name, a surname the
     * model did not find alone: its type stands and it is exempt from the copy count), and whether it is copied
     * only where it stands alone.
     */
    record Form(String[] tokens, String name, EntityType type, int found, boolean acronym,
            boolean defined, boolean standalone) {

        Form(String[] tokens, String name, EntityType type, int found, boolean acronym, boolean defined) {
            this(tokens, name, type, found, acronym, defined, false);
        }

        /** This form written with other tokens ("ROTOR" for "Rotor"), the same in all else. */
        Form spelled(String[] spelling) {
            return new Form(spelling, name, type, found, acronym, defined, standalone);
        }

        /** Whether this form may make {@code copies} copies. */
        boolean mayCopy(int copies) {
            return name.length() >= MIN_COPY_CHARS && (acronym || defined || found >= copies);
        }
    }

    /** The forms of a document and which of them are surnames of found persons (see {@link ImpliedForms}). */
    record Found(Map<String, Form> forms, Set<String> surnames) {
    }

    /**
     * Found forms by their tokens, each with the type it was given most often (first seen on a tie), plus the forms
     * the document implies ({@link ImpliedForms}) and the acronyms of found names.
     *
     * @param byUnit the mentions of each unit ({@link #mentionsByUnit})
     * @param words every token of the units ({@link #words})
     */
    static Found of(List<NameFinderInput.Unit> units, List<Mention> mentions, List<List<Integer>> byUnit,
            Set<String> words, ListedWords listed) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        Map<String, String[]> tokensOf = new HashMap<>();
        Map<String, EntityType> defined = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            NameFinderInput.Unit unit = units.get(u);
            Optional<Span> subject = DefiningSentences.subject(unit.tokens());
            for (int m : byUnit.get(u)) {
                Mention mention = mentions.get(m);
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
        Set<String> surnames = ImpliedForms.surnames(forms, listed);
        Set<String> personEndings = ImpliedForms.personEndings(forms);
        ImpliedForms.addSurnames(forms, surnames, listed);
        for (String key : order) {
            Form form = forms.get(key);
            ImpliedForms.addShortName(forms, form, personEndings, listed);
            String acronym = Initials.of(form.tokens);
            Form alsoFound = acronym == null ? null : forms.get(acronym);
            if (alsoFound != null) {
                // Found itself too: still the initials of a found name, so as free to be copied.
                forms.put(acronym, new Form(alsoFound.tokens, acronym, alsoFound.type, alsoFound.found, true,
                        alsoFound.defined));
            } else if (acronym != null && words.contains(acronym)) {
                forms.put(acronym, new Form(new String[] {acronym}, acronym, form.type, form.found, true, false));
            }
        }
        return new Found(forms, surnames);
    }

    /** The tokens of the unit that lie within the mention; none if the mention is elsewhere. */
    static String[] tokensWithin(NameFinderInput.Unit unit, Mention mention) {
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

    /**
     * For each unit, the positions in {@code mentions} of the mentions that overlap it, in list order. Why: a long
     * text has thousands of units and mentions; pairing each with each grew as their product (70 news articles in
     * one text: a quarter of the name-finding time), and units are in text order, so a binary search finds them.
     * Requires units in text order that do not overlap, as {@link NameFinderInput#units} gives them.
     */
    static List<List<Integer>> mentionsByUnit(List<NameFinderInput.Unit> units, List<Mention> mentions) {
        List<List<Integer>> byUnit = new ArrayList<>(units.size());
        int[] firstStarts = new int[units.size()];
        for (int u = 0; u < units.size(); u++) {
            byUnit.add(new ArrayList<>(2));
            int[] starts = units.get(u).starts();
            firstStarts[u] = starts.length > 0 ? starts[0] : u > 0 ? firstStarts[u - 1] : 0;
            assert u == 0 || firstStarts[u] >= firstStarts[u - 1] : "units out of text order";
        }
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            int at = Arrays.binarySearch(firstStarts, mention.start());
            // The last unit that starts at or before the mention; on equal starts (empty units), the first of them.
            int u = at >= 0 ? at : Math.max(0, -at - 2);
            while (u > 0 && firstStarts[u - 1] == firstStarts[u]) {
                u--;
            }
            for (; u < units.size() && firstStarts[u] < mention.end(); u++) {
                if (overlaps(units.get(u), mention)) {
                    byUnit.get(u).add(m);
                }
            }
        }
        return byUnit;
    }

    static boolean overlaps(NameFinderInput.Unit unit, Mention mention) {
        int length = unit.tokens().length;
        return length > 0 && mention.start() < unit.ends()[length - 1] && mention.end() > unit.starts()[0];
    }

    /** Every token of the units. Why a set: acronyms of many forms are looked up in a long text. */
    static Set<String> words(List<NameFinderInput.Unit> units) {
        Set<String> words = new HashSet<>();
        for (NameFinderInput.Unit unit : units) {
            words.addAll(Arrays.asList(unit.tokens()));
        }
        return words;
    }
}
