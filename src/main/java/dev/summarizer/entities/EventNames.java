package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

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
    /**
     * The words that end a sports event's name, lower case. "games" only after a place, a nationality, a number or
     * one of {@link #GAMES_OPENERS} (any case): "Rockstar Games" is a firm.
     */
    private static final Set<String> EVENT_WORDS = Set.of("open", "cup", "olympics", "championship",
            "championships", "tournament", "trophy", "marathon", "masters", "prix");
    private static final Set<String> GAMES_OPENERS = Set.of("olympic", "paralympic", "commonwealth");
    /** The words that end a festival's name; not "Fair" ("Vanity Fair") nor "Expo" (halls are named so). */
    private static final Set<String> FESTIVAL_WORDS = Set.of("Festival", "Carnival", "Biennale", "Regatta");
    /** How far after a name an event word may stand. */
    private static final int LOOK_AHEAD = 60;

    private EventNames() {
    }

    /**
     * True for a found name that is a whole sports event ("Boston Marathon", "Monte Carlo Masters", "Athens
     * Games"): in CoNLL train 232 of the 237 names of two or more words ending in these words are MISC (the rest:
     * "Mind Games" 4 times a person, "2000 Games" once an organisation), and the model, not trained on MISC, reads
     * them as the place in them. A person's "Masters" is a surname ("Brian Masters").
     *
     * @param placeWord true for a word a place, region or nationality list holds
     */
    static boolean isWholeEvent(String[] tokens, Span span, Predicate<String> placeWord) {
        if (span.length() < 2) {
            return false;
        }
        String last = tokens[span.getEnd() - 1].toLowerCase(Locale.ROOT);
        String before = tokens[span.getEnd() - 2];
        if (last.equals("masters") && EntityType.fromModelType(span.getType()).orElse(null) == EntityType.PERSON) {
            return false;
        }
        return EVENT_WORDS.contains(last) || last.equals("games")
                && (GAMES_OPENERS.contains(before.toLowerCase(Locale.ROOT)) || placeWord.test(before)
                        || TokenShape.startsWithDigit(before));
    }

    /**
     * The names with each festival ("Cannes Film Festival", "Glastonbury Festival", "Notting Hill Carnival") cut to the
     * place it opens with, as a location, or dropped if it opens with none. Why: CoNLL annotates a festival as one MISC
     * name (its one festival, "Venice Film Festival") and UNER the place inside an event ("Iraq" in "Iraq War"); the
     * model read festivals as organisations or places, which is wrong by both. The place alone is right by UNER and no
     * worse by CoNLL than the whole name was; a festival without a place is no name by either.
     *
     * @param namedPlace true for a run of tokens a place list holds
     */
    static List<Span> withFestivalsCut(String[] tokens, List<Span> names, Predicate<Span> namedPlace) {
        List<Span> result = new ArrayList<>(names.size());
        for (Span name : names) {
            if (name.length() < 2 || !FESTIVAL_WORDS.contains(tokens[name.getEnd() - 1])
                    || EntityType.PERSON.isTypeOf(name.getType())) {
                result.add(name);
                continue;
            }
            for (int end = name.getEnd() - 1; end > name.getStart(); end--) {
                Span place = new Span(name.getStart(), end, EntityType.LOCATION.name());
                if (namedPlace.test(place)) {
                    result.add(place);
                    break;
                }
            }
        }
        return result;
    }

    /** True if the text from {@code end} on continues a name into the name of a sports event. */
    static boolean follows(String text, int end) {
        return EVENT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + LOOK_AHEAD))).find();
    }
}
