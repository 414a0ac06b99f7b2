package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
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
     * A sports league after a place ("Pakistan| Super League", "Kenya| Premier League"): CoNLL annotates leagues as
     * MISC (49 of the 54 two-word names ending in "League" in train); not "Muslim League" or "Arab League", bodies.
     */
    private static final Pattern LEAGUE_AFTER = Pattern.compile("^[ \\t]+(?:Super|Premier|Major|Football|Basketball"
            + "|Hockey|Rugby|Cricket|Baseball|Soccer|Professional)[ \\t]+League\\b");
    /**
     * Up to two capitalised words (group 1) and "Show" after a name, not a headline's verb ("Show Off", "Show Up").
     */
    private static final Pattern SHOW_AFTER = Pattern.compile(
            "^((?:[ \\t]+\\p{Lu}[\\p{L}\\p{N}.'-]*){0,2})[ \\t]+Show\\b(?![ \\t]+(?:Off|Up|Down)\\b)");
    private static final Pattern IN_BEFORE = Pattern.compile("(?:^|[.!?\\n][ \\t]*)In[ \\t]+$");
    /**
     * The words that end a sports event's name, lower case. "games" only after a place, a nationality, a number or
     * one of {@link #GAMES_OPENERS} (any case): "Rockstar Games" is a firm.
     */
    private static final Set<String> EVENT_WORDS = Set.of("open", "cup", "olympics", "championship",
            "championships", "tournament", "trophy", "marathon", "masters", "prix", "show");
    /** The classes of "Formula" racing. */
    private static final Set<String> RACING_CLASSES = Set.of("One", "Two", "Three", "Four", "E", "1", "2", "3", "4");
    private static final Set<String> GAMES_OPENERS = Set.of("olympic", "paralympic", "commonwealth");
    /**
     * The numbers before "Nations" that make a championship ("Six Nations", "Tri Nations"; CoNLL: "Five Nations" MISC
     * all 5 times), lower case; "United Nations" and "First Nations" are no event.
     */
    private static final Set<String> NATIONS_OPENERS = Set.of("three", "four", "five", "six", "tri", "home");
    /** The words that end a festival's name; not "Fair" ("Vanity Fair") nor "Expo" (halls are named so). */
    private static final Set<String> FESTIVAL_WORDS = Set.of("Festival", "Carnival", "Biennale", "Regatta");
    /** The words that open a battle's or a treaty's name before "of" ("Treaty of Paris": MISC in CoNLL). */
    private static final Set<String> BATTLE_WORDS = Set.of("Battle", "Siege", "Sack", "Treaty");
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
        if (isRacingSeries(tokens, span)) {
            return true;
        }
        if (span.length() < 2) {
            return false;
        }
        String last = tokens[span.getEnd() - 1].toLowerCase(Locale.ROOT);
        String before = tokens[span.getEnd() - 2];
        boolean person = EntityType.fromModelType(span.getType()).orElse(null) == EntityType.PERSON;
        if (last.equals("masters") && person || last.equals("show") && person && isSurnameShow(tokens, span)) {
            // A surname: "Brian Masters", "Defender Marcus Show" (but "The Muppet Show" is the programme).
            return false;
        }
        return EVENT_WORDS.contains(last)
                || last.equals("nations") && NATIONS_OPENERS.contains(before.toLowerCase(Locale.ROOT))
                || last.equals("games")
                && (GAMES_OPENERS.contains(before.toLowerCase(Locale.ROOT)) || placeWord.test(before)
                        || TokenShape.startsWithDigit(before));
    }

    /**
     * True if a person's name of two words ending in "Show", perhaps after a position ("Defender Marcus Show"), stands
     * after no "the" and no other capitalised word ("The Catherine Tate Show", "Wallace and Ladmo Show" are
     * programmes).
     */
    private static boolean isSurnameShow(String[] tokens, Span span) {
        int first = span.length() > 2 && MentionNormalizer.isOfficeWord(tokens[span.getStart()])
                ? span.getStart() + 1 : span.getStart();
        if (span.getEnd() - first != 2) {
            return false;
        }
        if (first == 0) {
            return true;
        }
        String before = tokens[first - 1];
        return MentionNormalizer.isOfficeWord(before)
                || !before.equals("the") && !before.equals("and") && !TokenShape.isCapitalised(before);
    }

    /**
     * True for a motor-racing series ("Formula One", "Formula 3", or "Formula" alone before its class): a sport's
     * championship, MISC in CoNLL ("Formula One"), which the model read as an organisation or a place; "Formula
     * Shell", a company, in CoNLL train stays.
     */
    private static boolean isRacingSeries(String[] tokens, Span span) {
        int classAt = span.getStart() + 1;
        return tokens[span.getStart()].equals("Formula") && classAt < tokens.length
                && RACING_CLASSES.contains(tokens[classAt]) && span.getEnd() <= classAt + 1;
    }

    /**
     * The names with each festival ("Cannes Film Festival", "Glastonbury Festival", "Notting Hill Carnival") cut to the
     * place it opens with, and each battle or siege ("Battle of Britain", "Siege of Leningrad") to the place it ends
     * with, as a location, or dropped if it holds none. Why: CoNLL annotates such an event as one MISC name (its one
     * festival, "Venice Film Festival"; "Battle of the Newbury") and UNER the place inside an event ("Iraq" in "Iraq
     * War"); the model read them as organisations or places, which is wrong by both. The place alone is right by UNER
     * and no worse by CoNLL than the whole name was; an event without a place is no name by either.
     *
     * @param namedPlace true for a run of tokens a place list holds
     */
    static List<Span> withEventsCut(String[] tokens, List<Span> names, Predicate<Span> namedPlace) {
        List<Span> result = new ArrayList<>(names.size());
        for (Span name : names) {
            boolean festival = name.length() >= 2 && FESTIVAL_WORDS.contains(tokens[name.getEnd() - 1]);
            boolean battle = name.length() >= 3 && BATTLE_WORDS.contains(tokens[name.getStart()])
                    && tokens[name.getStart() + 1].equals("of");
            if (isAfterBattleOf(tokens, name.getStart())) {
                // The model found the place of "Battle of |Cambrai" alone: a listed place stays, as a place.
                if (namedPlace.test(name)) {
                    result.add(new Span(name.getStart(), name.getEnd(), EntityType.LOCATION.name()));
                }
            } else if (!festival && !battle || EntityType.PERSON.isTypeOf(name.getType())) {
                result.add(name);
            } else if (festival) {
                placeWithin(name.getStart(), name.getEnd() - 1, true, namedPlace).ifPresent(result::add);
            } else {
                int after = tokens[name.getStart() + 2].equals("the") ? name.getStart() + 3 : name.getStart() + 2;
                placeWithin(after, name.getEnd(), false, namedPlace).ifPresent(result::add);
            }
        }
        return result;
    }

    /** True if "Battle of", "Treaty of" (perhaps with "the") stands right before token {@code start}. */
    private static boolean isAfterBattleOf(String[] tokens, int start) {
        int of = start >= 1 && tokens[start - 1].equals("the") ? start - 2 : start - 1;
        return of >= 1 && tokens[of].equals("of") && BATTLE_WORDS.contains(tokens[of - 1]);
    }

    /** The longest listed place from {@code start} (or up to {@code end}, if not {@code fromStart}) in that stretch. */
    private static Optional<Span> placeWithin(int start, int end, boolean fromStart, Predicate<Span> namedPlace) {
        for (int length = end - start; length >= 1; length--) {
            Span place = fromStart ? new Span(start, start + length, EntityType.LOCATION.name())
                    : new Span(end - length, end, EntityType.LOCATION.name());
            if (namedPlace.test(place)) {
                return Optional.of(place);
            }
        }
        return Optional.empty();
    }

    /** True if the text from {@code end} on continues a name into the name of a sports event. */
    static boolean follows(String text, int end) {
        return EVENT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + LOOK_AHEAD))).find();
    }

    /**
     * True if the mention opens the name of a show, one or two capitalised words before "Show" ("Tokyo| Game Show",
     * "Geneva| Motor Show"), or right before it after "the" ("The Lawrence Welk| Show"): CoNLL annotates the whole
     * as MISC. Not a broadcaster in capitals before its programme
     * ("NBC| Tonight Show"), nor a headline's verb ("Samsung Show Off New Phones").
     */
    static boolean opensShow(String text, Mention mention) {
        if (mention.text().equals(mention.text().toUpperCase(Locale.ROOT))) {
            return false;
        }
        Matcher show = SHOW_AFTER.matcher(mention.textAfter(text, LOOK_AHEAD));
        return show.find() && (!show.group(1).isEmpty() || mention.followsThe(text));
    }

    /**
     * True if the mention opens a sports league's name ("the |Pakistan Super League", "win the 2011–12 |Welsh Premier
     * League"); not right after a sentence's "In" ("In England Premier League clubs …", where the place stands on its
     * own; "in Pakistan Super League games" is the league).
     */
    static boolean opensLeague(String text, Mention mention) {
        return !IN_BEFORE.matcher(mention.textBefore(text, LOOK_AHEAD)).find()
                && LEAGUE_AFTER.matcher(mention.textAfter(text, LOOK_AHEAD)).find();
    }
}
