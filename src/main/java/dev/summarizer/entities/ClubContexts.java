package dev.summarizer.entities;

import java.util.Locale;
import java.util.Set;

/**
 * The words of a player's career before a club's name: "played for", "signed from", "on loan to", "made his debut
 * for". A club is an organisation in CoNLL, UNER and WikiANN, but it is mostly named after its town ("Swansea",
 * "Torpedo Minsk") or looks like a person's name ("San Lorenzo", "Greenock Morton"), which is how the model types
 * it. Countries are left to the caller: CoNLL annotates a national team by its country, a place.
 */
final class ClubContexts {

    /**
     * Verb or noun, then the preposition that ends the context right before the club. A loan counts only after "on"
     * ("on loan from Chelsea", "on a season-long loan from Chelsea"): a bank's "loan to Athens" is the city.
     */
    private static final Set<String> CONTEXTS = Set.of(
            "play for", "plays for", "played for", "playing for",
            "sign for", "signs for", "signed for", "signing for", "sign from", "signed from", "signing from",
            "debut for", "appearance for", "appearances for");
    private static final Set<String> LOAN_PREPOSITIONS = Set.of("from", "to", "at");
    /** How many words may stand between "on" and "loan" ("on a season-long loan"). */
    private static final int LOAN_REACH = 3;

    private ClubContexts() {
    }

    /** True if a player's career words stand right before {@code start}. */
    static boolean before(String[] tokens, int start) {
        if (start < 2) {
            return false;
        }
        String two = tokens[start - 2].toLowerCase(Locale.ROOT) + " " + tokens[start - 1];
        return CONTEXTS.contains(two) || onLoan(tokens, start);
    }

    /** True after "on … loan from/to/at", "on" at most three words before "loan". */
    private static boolean onLoan(String[] tokens, int start) {
        if (!tokens[start - 2].equalsIgnoreCase("loan") || !LOAN_PREPOSITIONS.contains(tokens[start - 1])) {
            return false;
        }
        for (int t = start - 3; t >= Math.max(0, start - 3 - LOAN_REACH); t--) {
            if (tokens[t].equalsIgnoreCase("on")) {
                return true;
            }
        }
        return false;
    }
}
