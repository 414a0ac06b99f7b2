package dev.summarizer.entities;

import java.util.Locale;
import java.util.Set;

/**
 * The initials of a multi-word name, to recognise its acronym: "Korean Central News Agency" gives "KCNA", "Bank of
 * England" gives "BE". Shared by alias merging ({@link AliasResolver}) and name propagation
 * ({@link MentionPropagator}), so both read an acronym the same way.
 */
final class Initials {

    /** Words an acronym leaves out, in any case ("Bank of England", "The Hague Tribunal"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "de", "la", "du", "von",
            "van", "&", "on", "in", "at", "to");

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
}
