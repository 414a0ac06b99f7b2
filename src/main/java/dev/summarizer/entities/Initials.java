package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * Initials. Those of a multi-word name, to recognise its acronym: "Korean Central News Agency" gives "KCNA", "Bank
 * of England" gives "BE"; shared by alias merging ({@link AliasResolver}) and name propagation
 * ({@link MentionPropagator}), so both read an acronym the same way. And a middle initial written without a full
 * stop, which joins the two halves of a person's name the model split ("George W Bush").
 */
final class Initials {

    /** Words an acronym leaves out, in any case ("Bank of England", "The Hague Tribunal"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "de", "la", "du", "von",
            "van", "&", "on", "in", "at", "to");

    /** Initials written with full stops: "B.", "B.B.", "J.R.R.". */
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{Lu}\\.)+");
    /** A middle initial written without a full stop: one capital letter, not "I" or "A". */
    private static final Pattern UNDOTTED_INITIAL = Pattern.compile("[B-HJ-Z]");

    private Initials() {
    }

    /**
     * The initials of the capitalised words, function words skipped; null if another word does not start with a
     * capital letter, or if fewer than two initials remain.
     */
    static String of(String[] words) {
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (word.isEmpty() || !Character.isLetter(word.charAt(0)) || !Character.isUpperCase(word.charAt(0))) {
                return null;
            }
            initials.append(word.charAt(0));
        }
        return initials.length() >= 2 ? initials.toString() : null;
    }

    /** True for initials written with full stops ("B.B." of "B.B. King"). */
    static boolean areDotted(String word) {
        return DOTTED.matcher(word).matches();
    }

    /**
     * The names, two persons on either side of a single capital letter joined into one ("George" "W" "Bush" is
     * "George W Bush"): British news writes middle initials without a full stop, and the model, trained on
     * CoNLL's dotted initials, splits the name. Not "I" or "A" ("What I Go To School For").
     */
    static List<Span> joinedAcrossUndotted(String[] tokens, List<Span> names) {
        List<Span> joined = new ArrayList<>(names.size());
        for (Span name : names) {
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && EntityType.PERSON.isTypeOf(last.getType())
                    && EntityType.PERSON.isTypeOf(name.getType()) && name.getStart() == last.getEnd() + 1
                    && UNDOTTED_INITIAL.matcher(tokens[last.getEnd()]).matches()) {
                joined.set(joined.size() - 1, new Span(last.getStart(), name.getEnd(), EntityType.PERSON.name()));
            } else {
                joined.add(name);
            }
        }
        return joined;
    }
}
