package dev.summarizer.entities;

import java.util.Set;

/**
 * The words of a player's career before a club's name: "played for", "signed from", "on loan to", "made his debut
 * for". A club is an organisation in CoNLL, UNER and WikiANN, but it is mostly named after its town ("Swansea",
 * "Torpedo Minsk") or looks like a person's name ("San Lorenzo", "Greenock Morton"), which is how the model types
 * it. Countries are left to the caller: CoNLL annotates a national team by its country, a place.
 */
final class ClubContexts {

    /** Verb or noun, then the preposition that ends the context right before the club. */
    private static final Set<String> CONTEXTS = Set.of(
            "play for", "plays for", "played for", "playing for",
            "sign for", "signs for", "signed for", "signing for", "sign from", "signed from", "signing from",
            "loan from", "loan to", "loan at", "loaned to", "loaned from",
            "debut for", "appearance for", "appearances for");

    private ClubContexts() {
    }

    /** True if a player's career words stand right before {@code start}. */
    static boolean before(String[] tokens, int start) {
        return start >= 2 && CONTEXTS.contains(tokens[start - 2].toLowerCase(java.util.Locale.ROOT) + " "
                + tokens[start - 1]);
    }
}
