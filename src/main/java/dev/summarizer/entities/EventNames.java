package dev.summarizer.entities;

import java.util.regex.Pattern;

/**
 * Names that open the name of a sports event ("U.S. Open", "HONG KONG OPEN", "UEFA Cup", "Atlanta Games", "Berlin
 * Grand Prix"). Why: CoNLL annotates the whole event as one MISC name, so the place or body in it is no name of its
 * own there (nor in Wikipedia gold that follows CoNLL), yet the model, not trained on MISC, tags it. Only sports
 * events: UNER annotates the place inside other events ("Iraq" in "Iraq War"), and its web text has no sports events
 * to say otherwise. Measured in models/README.md ("Places in event names").
 */
final class EventNames {

    /**
     * After a name: up to two capitalised words that are not a preposition, a conjunction or a result verb
     * ("SAN MARINO IN WORLD CUP" and "Italy beat ..." are not event names), then a capitalised event word.
     */
    private static final Pattern EVENT_AFTER = Pattern.compile("^[ \\t]+"
            + "(?:(?!(?i:in|at|of|to|for|and|v|vs|on|the|a|beat|wins?|leads?)\\b)\\p{Lu}[\\p{L}\\p{N}.'-]*[ \\t]+){0,2}"
            + "(?=\\p{Lu})(?i:open|cup|games|olympics|championships?|tournament|trophy|marathon|masters|prix)\\b");
    /** How far after a name an event word may stand. */
    private static final int LOOK_AHEAD = 60;

    private EventNames() {
    }

    /** True if the text from {@code end} on continues a name into the name of a sports event. */
    static boolean follows(String text, int end) {
        return EVENT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + LOOK_AHEAD))).find();
    }
}
