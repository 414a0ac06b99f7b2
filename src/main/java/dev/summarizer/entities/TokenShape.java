package dev.summarizer.entities;

import java.util.Set;
import java.util.regex.Pattern;

/** What the rules around the name finder read from a token's letters. */
final class TokenShape {

    /**
     * A place or company and a participle that describes a name after it ("Louis-based", "Paisley-born",
     * "London-listed"); compounds that are names themselves ("Dai-ichi", "Blu-ray") do not end this way.
     */
    private static final Pattern DESCRIPTIVE_COMPOUND = Pattern.compile(
            ".+-(based|born|listed|owned|led|backed|made|registered|headquartered|funded|controlled|run)");

    /** Capitalised words of the calendar: months, weekdays and feasts, never a name in these rules' contexts. */
    private static final Set<String> CALENDAR_WORDS = Set.of("January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas", "Easter");

    private TokenShape() {
    }

    /** Possessive tokens as {@link NameFinderInput} cuts them off their word ("England" "'s", "Wales" "'"). */
    private static final Set<String> POSSESSIVES = Set.of("'s", "\u2019s", "'", "\u2019");

    /** Quotation marks as tokens, straight, curly and in PTB's "``" and "''". */
    private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''");

    /** True if the token at {@code at} is a possessive, so the name before it owns what follows. */
    static boolean isPossessiveAt(String[] tokens, int at) {
        return at < tokens.length && POSSESSIVES.contains(tokens[at]);
    }

    /** True for a quotation mark ("'" and "\u2019" are also possessives). */
    static boolean isQuote(String token) {
        return QUOTES.contains(token);
    }

    /** True if the token starts with a digit ("80" of "Interstate 80", "2000" of "2000 Games"). */
    static boolean startsWithDigit(String token) {
        return !token.isEmpty() && Character.isDigit(token.charAt(0));
    }

    /** True if the token starts with an upper-case letter (false for an empty token). */
    static boolean isCapitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
    }

    /** True if the token holds a lower-case letter ("Smith", not "IBM" or "INA"). */
    static boolean hasLowerCase(String token) {
        return token.chars().anyMatch(Character::isLowerCase);
    }

    /** True for a capitalised word written in mixed case ("Smith", "Can"; not "IBM", "in" or "1990"). */
    static boolean isCapitalisedWord(String token) {
        return isCapitalised(token) && hasLowerCase(token);
    }

    /** True for a capitalised compound that describes the name after it ("Louis-based"), not part of it. */
    static boolean isDescriptiveCompound(String token) {
        return DESCRIPTIVE_COMPOUND.matcher(token).matches();
    }

    /** True for a month, a weekday, "Christmas" or "Easter". */
    static boolean isCalendarWord(String token) {
        return CALENDAR_WORDS.contains(token);
    }

    /** True if the token holds a letter or a digit (not punctuation alone). */
    static boolean hasLetterOrDigit(String token) {
        return token.chars().anyMatch(Character::isLetterOrDigit);
    }
}
