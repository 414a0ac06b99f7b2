package dev.summarizer.entities;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * The subject of a sentence that says what a name is: "Pearl Jam is an American rock band formed in Seattle",
 * "Kraków is the second-largest city in Poland", "Zara is a Spanish apparel retailer". The class noun that heads
 * the description ("band", "city", "retailer") gives the name's type. Why: encyclopaedic articles open this way,
 * their subject is named again and again after it, and the model, trained on 1996 news and web text, misses or
 * mistypes such subjects it never saw (seven of eight band articles tried: "Radiohead", "Iron Maiden", "The
 * Beatles"; "Kraków" as a person, "Zara" as a person). Measured in models/README.md ("Defining sentences").
 *
 * <p>The pattern: at the start of a sentence (after an optional "The"), a capitalised run, then an optional
 * parenthesis ("( born 1961 )"), then "is", "was", "are" or "were", then "a", "an", "the" or "one of the", then up
 * to {@link #MAX_MODIFIERS} words, then a class noun that ends the description: the sentence ends, or a punctuation
 * mark or a word such as "in", "based", "that" follows ("a football club based in", not "a football club manager",
 * where "manager" is the head).
 */
final class DefiningSentences {

    /** Words that a description may hold before its class noun ("the second-largest and one of the oldest"). */
    private static final int MAX_MODIFIERS = 7;
    /** Longest subject, in tokens ("Fiat Chrysler Automobiles", "East Riding of Yorkshire"). */
    private static final int MAX_SUBJECT = 6;
    /** Longest parenthesis between a subject and its verb, in tokens ("( born 4 August 1961 in Honolulu )"). */
    private static final int MAX_PARENTHESIS = 40;
    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were");
    /** Words that go on to the next noun of a description ("film and television", "film, television"). */
    private static final Set<String> LIST_WORDS = Set.of("and", "or", ",", "&");
    /** The type of a defined subject that is a title of a work. */
    private static final String WORK = "WORK";
    /** The type of a defined thing named after people and places ({@link ClassNouns#isThing}). */
    static final String THING = "THING";
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Lower-case words that may stand inside a subject ("Kingston upon Hull", "Bank of America"). */
    private static final Set<String> INNER_WORDS = Set.of("of", "upon", "on", "de", "da", "del", "der", "di", "van",
            "von", "la", "le", "du", "&", "-");
    /** Capitalised words that open a sentence about something already named, not a name ("It is a city"). */
    private static final Set<String> NOT_SUBJECTS = Set.of("It", "He", "She", "They", "This", "That", "These",
            "Those", "There", "Here", "We", "You", "I", "Its", "His", "Her", "Their", "Our", "My", "Your", "What",
            "Which", "Who", "Today", "Now", "Everything", "Nothing", "Something", "One", "Each", "Both", "All",
            "Another", "Such", "A", "An", "The", "In", "At", "On", "For", "From", "By", "With", "As", "But", "And",
            "So", "Yet", "Also", "Still", "Then", "Nevertheless", "However", "Meanwhile", "Instead", "Indeed",
            "Yesterday", "Tonight", "Currently", "Originally", "Previously", "Formerly", "Later", "Once", "Clearly",
            "Where", "When", "Why", "How", "Nor", "Neither", "Ours", "Theirs", "Mine", "Hers", "Yours", "Nearby",
            "Only", "Even", "Perhaps", "Maybe", "Arguably", "Surely", "Tomorrow", "Everyone");
    /** Words after which the description goes on past its class noun: its head ends there. */
    private static final Set<String> HEAD_ENDS = Set.of("in", "of", "from", "on", "at", "near", "based", "located",
            "formed", "founded", "headquartered", "situated", "established", "known", "owned", "that", "which",
            "who", "whose", "where", "with", "for", "and", "or", "by", "since", "operating", "created", "active",
            "best", "born", "serving", "specialising", "specializing", "producing", "run", "led", "made", "between",
            "along", "within", "across",
            // After a work's class noun ("a 1987 film directed by", "a novel written by").
            "directed", "written", "released", "produced", "starring", "recorded", "composed", "published",
            "developed", "performed", "about", "adapted",
            // After a thing's class noun ("a space probe built by", "a Bantu language spoken in").
            "built", "launched", "designed", "spoken", "named", "used");

    /** A past participle in lower case ("bred", "operated"): it follows a head, as "a racehorse bred by". */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{Ll}{3,}ed");
    /**
     * Irregular participles and verbs of place after a head ("a space probe sent to Saturn", "an abbey overlooking
     * the sea"); not other "-ing" words, which make compound nouns ("a town planning firm").
     */
    private static final Set<String> AFTER_HEAD = Set.of("sent", "bred", "flown", "held", "given", "overlooking",
            "lying", "consisting", "comprising", "spanning", "carrying", "connecting", "linking", "flowing");

    /** Words that no description holds before its head ("the last member to join the band"). */
    private static final Set<String> CLAUSE_WORDS = Set.of("to", "the", "a", "an", "is", "was", "are", "were",
            "has", "had", "have", "be", "been", "not");
    private DefiningSentences() {
    }

    /**
     * The subject of the defining sentence these tokens make, as a span typed by its class noun (a type name of
     * {@link EntityType}), or empty if the tokens make none or define a work ({@link #work}).
     */
    static Optional<Span> subject(String[] tokens) {
        return defined(tokens).filter(subject -> !isWorkOrThing(subject));
    }

    /**
     * The title of the work these tokens define ("The Salt Road is a 1987 American Western film directed by …": "Salt
     * Road"), or of the thing they define ("Rosetta was a space probe", typed {@link #THING}), or empty: CoNLL
     * annotates titles of works as MISC and UNER not at all, so the title is no person, place or organisation
     * wherever the text names it.
     */
    static Optional<Span> work(String[] tokens) {
        return defined(tokens).filter(DefiningSentences::isWorkOrThing);
    }

    private static boolean isWorkOrThing(Span subject) {
        return subject.getType().equals(WORK) || subject.getType().equals(THING);
    }

    /** The defined subject, typed by its class noun, or {@link #WORK}. */
    private static Optional<Span> defined(String[] tokens) {
        int start = tokens.length > 1 && tokens[0].equals("The") ? 1 : 0;
        if (tokens.length == 0 || tokens[tokens.length - 1].equals("?")
                || start == 0 && NOT_SUBJECTS.contains(tokens[0])) {
            return Optional.empty();
        }
        int end = capitalisedRunEnd(tokens, start);
        int copula = end < 0 ? -1 : afterParenthesis(tokens, end);
        if (copula < 0 || copula >= tokens.length || !COPULAS.contains(tokens[copula])) {
            return Optional.empty();
        }
        int description = descriptionStart(tokens, copula + 1);
        if (description < 0) {
            return Optional.empty();
        }
        int modifiers = 0;
        for (int t = description; t < tokens.length && modifiers <= MAX_MODIFIERS; t++, modifiers++) {
            EntityType type = ClassNouns.typeOf(tokens[t], t > description ? tokens[t - 1] : "");
            // Why: "a film and television actor", "a video game and consumer electronics company" describe no work.
            boolean thing = ClassNouns.isThing(tokens[t]);
            boolean work = (thing || ClassNouns.isWork(tokens[t]))
                    && (t + 1 == tokens.length || !LIST_WORDS.contains(tokens[t + 1]));
            if ((type != null || work) && endsHead(tokens, t + 1)
                    && (t > description || !ClassNouns.isFigurative(tokens[t]) || isInNamedPlace(tokens, t + 1))) {
                return work ? Optional.of(new Span(start, end, thing ? THING : WORK))
                        : subjectSpan(tokens, start, end, type);
            }
            int next = descriptionStart(tokens, t);
            if (next > t + 1 && tokens[t].equals("one")) {
                t = next - 1; // "the second-largest and one of the oldest cities"
            } else if (!isModifier(tokens[t])) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * True if "in" and a capitalised name (perhaps after "the") stand at {@code at}: a figurative noun placed so is
     * meant plainly ("Kogi State is a state in the North Central zone of Nigeria", "a party in Estonia"; not "a state
     * within a state", "a party to the lawsuit", nor "of", which makes a modifier: "a state of California employee").
     */
    private static boolean isInNamedPlace(String[] tokens, int at) {
        int name = at + 1 < tokens.length && tokens[at + 1].equals("the") ? at + 2 : at + 1;
        return name < tokens.length && tokens[at].equals("in") && TokenShape.isCapitalisedWord(tokens[name]);
    }

    /**
     * The subject as a span of its type; a person's starts after the titles and offices before the name ("US
     * President Joe Biden" is Joe Biden: the words before the title are no part of the person's name).
     */
    private static Optional<Span> subjectSpan(String[] tokens, int start, int end, EntityType type) {
        int name = start;
        if (type == EntityType.PERSON) {
            for (int t = start; t < end - 1; t++) {
                if (PersonTitles.isTitle(tokens[t]) || MentionNormalizer.isOfficeWord(tokens[t])) {
                    name = t + 1;
                }
            }
        }
        return Optional.of(new Span(name, end, type.name()));
    }

    /**
     * The token after a parenthesis at {@code at} ("Barack Obama ( born August 4 , 1961 ) is …", the way
     * encyclopaedic articles open), or {@code at} if none opens there; -1 if it does not close within
     * {@link #MAX_PARENTHESIS} tokens.
     */
    private static int afterParenthesis(String[] tokens, int at) {
        if (at >= tokens.length || !tokens[at].equals("(")) {
            return at;
        }
        for (int t = at + 1; t < tokens.length && t <= at + MAX_PARENTHESIS; t++) {
            if (tokens[t].equals(")")) {
                return t + 1;
            }
            if (tokens[t].equals("(")) {
                return -1;
            }
        }
        return -1;
    }

    /** The end of a capitalised run from {@code start} that ends in a capitalised word, or -1. */
    static int capitalisedRunEnd(String[] tokens, int start) {
        int end = -1;
        for (int t = start; t < tokens.length && t - start < MAX_SUBJECT; t++) {
            if (TokenShape.isCapitalised(tokens[t])) {
                end = t + 1;
            } else if (t == start || !INNER_WORDS.contains(tokens[t])) {
                break;
            }
        }
        return end;
    }

    /** Where the description starts after "a", "an", "the" or "one of the" at {@code at}, or -1. */
    private static int descriptionStart(String[] tokens, int at) {
        if (at < tokens.length && ARTICLES.contains(tokens[at])) {
            return at + 1;
        }
        if (at + 2 < tokens.length && tokens[at].equals("one") && tokens[at + 1].equals("of")
                && tokens[at + 2].equals("the")) {
            return at + 3;
        }
        return -1;
    }

    /**
     * A word a description may hold before its class noun: words and numbers, "and" ("cartoonist and animator"),
     * but no punctuation and no word that ends a head ("the last member to join the band": "member" was it).
     */
    private static boolean isModifier(String token) {
        return token.equals("and") || !token.isEmpty() && Character.isLetterOrDigit(token.charAt(0))
                && !HEAD_ENDS.contains(token)
                && !CLAUSE_WORDS.contains(token);
    }

    /**
     * True if the description's head ends before {@code at}: a possessive ("the country 's") does not end it, a past
     * participle does ("a racehorse bred by", "a space probe sent to"; as a modifier before the head it is no end:
     * "a retired footballer").
     */
    private static boolean endsHead(String[] tokens, int at) {
        if (at == tokens.length) {
            return true;
        }
        String token = tokens[at];
        return !TokenShape.isPossessiveAt(tokens, at)
                && (token.isEmpty() || !Character.isLetterOrDigit(token.charAt(0))
                || HEAD_ENDS.contains(token) || PARTICIPLE.matcher(token).matches()
                || AFTER_HEAD.contains(token));
    }
}
