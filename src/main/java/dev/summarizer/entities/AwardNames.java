package dev.summarizer.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of awards ("Nobel Prize", "Brit Awards", "an Oscar", "Prix de Rome"), which are no person, place or
 * organisation. Why: CoNLL annotates awards as MISC (all five names in CoNLL train ending in an award word), and so
 * does Wikipedia gold that follows it, yet the model, not trained on MISC, reads "Oscar" as a given name (39 mentions
 * in the 1,509 dev news articles, each the award) and "Tony Award" as a person. Measured in models/README.md
 * ("Awards").
 */
final class AwardNames {

    /** The words that end an award's name, lower case. */
    private static final Set<String> AWARD_ENDINGS = Set.of("award", "awards", "prize", "prizes", "medal", "trophy");
    /** "-winning" after an award word ("Nobel Prize–winning", "Oscar-winning"), with a hyphen or a dash. */
    private static final Pattern WINNING = Pattern.compile("[-\u2010\u2013]winning$");
    /**
     * Words before "Cross" that make it a decoration ("Navy Cross", "Distinguished Flying Cross", "Knight's Cross of
     * the Iron Cross"), lower case; not "Red Cross", "Holy Cross", "Charing Cross", "King's Cross".
     */
    private static final Set<String> DECORATION_CROSSES = Set.of("victoria", "george", "navy", "military", "iron",
            "service", "flying", "gallantry", "force", "knight's", "knight\u2019s");
    /** Awards known by one word that is also a given name ("Oscar", "Emmy"), lower case; the plural is the award. */
    private static final Set<String> ONE_WORD_AWARDS = Set.of("oscar", "emmy", "grammy");
    /** Lower-case words before a one-word award that a person's name does not take ("an Oscar", "her Oscar"). */
    private static final Set<String> AWARD_OPENERS = Set.of("a", "an", "the", "his", "her", "their", "its", "my",
            "our", "your", "first", "second", "third", "another", "two", "three", "four", "five", "acting",
            "supporting", "honorary");
    /**
     * Lower-case words after a one-word award ("Oscar nominee", "Oscar ceremony"); not words a sentence about a
     * person called Oscar goes on with ("Oscar hopes to ...", "Oscar winning the ball").
     */
    private static final Set<String> AWARD_FOLLOWERS = Set.of("nomination", "nominations", "nominee", "nominees",
            "winner", "winners", "ceremony", "ceremonies", "presenter", "presenters", "category", "categories",
            "gods", "statuette", "voters", "telecast");
    /** A capitalised award word right after a name ("Tony" + "Award"); lower case it is a verb ("Microsoft awards"). */
    private static final Pattern AWARD_AFTER = Pattern.compile("^[ \\t]+(?:Award|Awards|Prize|Prizes|Medal)\\b");
    /**
     * Crosses named like people ("George Cross", "Victoria Cross"): read as a person, the decoration only after "the",
     * "a", "his", … ("Gloucester flanker George Cross").
     */
    private static final Set<String> PERSONAL_CROSSES = Set.of("George", "Victoria");
    /** A bill named by its number ("House Bill 1023", "Senate Bill 5"): MISC in CoNLL, no organisation. */
    private static final Pattern BILL_NUMBER = Pattern.compile("^[ \\t]+\\d");
    /**
     * The field of an award right after it ("Nobel Prize in |Physics", "Pulitzer Prize for |History"): a closed list,
     * as the same words are followed by places and teams too ("won the Booker Prize in London").
     */
    private static final Pattern AWARD_SUBJECT_BEFORE = Pattern.compile(
            "\\b(?:Award|Awards|Prize|Prizes|Medal|Trophy)[ \\t]+(?:in|for)[ \\t]+$");
    /**
     * An order's rank before "of the Order of (the)" ("Companion of the Order of the |Bath", "Knight of the Order of
     * |Orange-Nassau"): the name after it is the order's, an honour (CoNLL: MISC), not the city or the house.
     */
    private static final Pattern ORDER_BEFORE = Pattern.compile(
            "\\b(?:Companion|Knight|Dame|Commander|Member|Officer|Grand Cross|Grand Officer)[ \\t]+of[ \\t]+the"
                    + "[ \\t]+Order[ \\t]+of(?:[ \\t]+the)?[ \\t]+$");
    /** Honours known by names of no award word, and ranks of orders read as persons ("Knight Commander"). */
    private static final Pattern NAMED_HONOURS = Pattern.compile(
            "Legion of Honou?r|L\u00e9gion d'honneur|Croix de Guerre|(?:Knight|Dame) (?:Commander|Grand Cross)");
    /** Fields of awards, lower case. */
    private static final Set<String> AWARD_FIELDS = Set.of("physics", "chemistry", "literature", "medicine",
            "physiology", "economics", "economic", "peace", "mathematics", "fiction", "poetry", "history", "drama",
            "music", "journalism", "science", "sciences", "best");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)(['\u2019]s)?[ \\t]+$");
    private static final Pattern WORD_AFTER = Pattern.compile("^[ \\t]+(\\p{L}+)");
    /** How far around a name a neighbouring word is looked for. */
    private static final int LOOK = 40;

    private AwardNames() {
    }

    /**
     * Removes the awards from {@code mentions}: each name that is an award or the start of one, and then every
     * mention spelt like a singular one-word award found in the text ("his first ever Oscar" once "an Oscar" is the
     * award: an article about an award and a person called Oscar at once is rarer than one with loose mentions).
     */
    static void remove(String text, List<Mention> mentions) {
        Set<String> oneWordAwards = new HashSet<>();
        mentions.removeIf(mention -> {
            boolean award = isAward(text, mention);
            if (award && ONE_WORD_AWARDS.contains(mention.text().toLowerCase(Locale.ROOT))) {
                oneWordAwards.add(mention.text());
            }
            return award;
        });
        mentions.removeIf(mention -> oneWordAwards.contains(mention.text()));
    }

    /** True if the name {@code mention} in {@code text} is an award or the start of one. */
    static boolean isAward(String text, Mention mention) {
        String[] words = mention.text().split("\\s+");
        // Why the suffix: "Nobel Prize–winning chemist" reaches here as the name "Nobel Prize–winning".
        String last = WINNING.matcher(words[words.length - 1].toLowerCase(Locale.ROOT)).replaceFirst("");
        String before = mention.textBefore(text, LOOK);
        String after = mention.textAfter(text, LOOK);
        return words.length >= 2 && (AWARD_ENDINGS.contains(last) || words[0].equals("Prix")
                || isDecoration(mention, words, before)
                || last.equals("bill") && BILL_NUMBER.matcher(after).find())
                || NAMED_HONOURS.matcher(mention.text()).matches() || ORDER_BEFORE.matcher(before).find()
                || AWARD_AFTER.matcher(after).find() || isAwardField(before, words[0])
                || words.length == 1 && isOneWordAward(last, before, after);
    }

    /**
     * True if the name ends in "Cross" after a word of decorations ("Victoria Cross", "Air Force Cross"); a cross named
     * like a person and read as one is the decoration only after an article, a possessive or a number ("the |George
     * Cross", not "Gloucester flanker George Cross").
     */
    private static boolean isDecoration(Mention mention, String[] words, String before) {
        return words[words.length - 1].equals("Cross")
                && DECORATION_CROSSES.contains(words[words.length - 2].toLowerCase(Locale.ROOT))
                && (!PERSONAL_CROSSES.contains(words[0]) || mention.type() != EntityType.PERSON
                        || afterOpener(before));
    }

    /** True if an article, a possessive or a number ends the text before a name ("the |", "his |", "two |"). */
    private static boolean afterOpener(String before) {
        Matcher previous = WORD_BEFORE.matcher(before);
        return previous.find() && AWARD_OPENERS.contains(previous.group(1).toLowerCase(Locale.ROOT));
    }

    /** True if the name, opening with {@code first}, is the field of an award right before it ("Prize in Physics"). */
    private static boolean isAwardField(String before, String first) {
        return AWARD_FIELDS.contains(first.toLowerCase(Locale.ROOT)) && AWARD_SUBJECT_BEFORE.matcher(before).find();
    }

    /**
     * A one-word award: in the plural ("the Oscars"), or singular after an article, a possessive or a number ("an
     * Oscar", "year's Oscar") or before a word of the awards ("Oscar nominee"). A person alone ("Oscar scored") is
     * left as found.
     */
    private static boolean isOneWordAward(String word, String before, String after) {
        if (word.endsWith("s") && ONE_WORD_AWARDS.contains(word.substring(0, word.length() - 1))) {
            return true;
        }
        if (!ONE_WORD_AWARDS.contains(word)) {
            return false;
        }
        Matcher previous = WORD_BEFORE.matcher(before);
        if (afterOpener(before)
                || previous.find() && previous.group(2) != null && Character.isLowerCase(previous.group(1).charAt(0))) {
            return true;
        }
        Matcher next = WORD_AFTER.matcher(after);
        return next.find() && AWARD_FOLLOWERS.contains(next.group(1));
    }
}
