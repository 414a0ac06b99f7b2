package dev.summarizer.entities;

import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * Broadcasters named with a number ("Radio 4", "Channel 4", "BBC Radio 5 Live"). Why: the model stops at the number,
 * so "told Radio 4's Today programme" gave the organisation "Radio" (in the dev news articles, 49 mentions "BBC Radio"
 * were cut from "BBC Radio 4", "BBC Radio Five Live" or another numbered station); CoNLL and WikiANN put the number in
 * the name every time (9 of 9). Measured in models/README.md ("Numbered stations").
 */
final class StationNames {

    /** Words a broadcaster's number follows. */
    private static final Set<String> STATION_WORDS = Set.of("Radio", "Channel", "TV");
    /**
     * A station's number: one or two digits, or a number word up to "Seven" ("BBC Radio Five Live"); the tokenizer
     * leaves a possessive on a number ("4's"), which the mention's normalising trims.
     */
    private static final Pattern STATION_NUMBER = Pattern.compile(
            "(?:\\d{1,2}|One|Two|Three|Four|Five|Six|Seven)(?:['\u2019]s)?");
    /**
     * The BBC's own channels by name ("BBC Two", "BBC Five Live"); after "BBC" a digit is mostly a count ("told the
     * BBC 30 people had been arrested"), so it counts only before a station's ending ("BBC 6 Music").
     */
    private static final Pattern BBC_CHANNEL = Pattern.compile("(?:One|Two|Three|Four|Five)(?:['\u2019]s)?");
    /** Capitalised words that end a numbered station's name ("Radio 5 Live", "Radio 1 Extra", "BBC 6 Music"). */
    private static final Set<String> STATION_ENDINGS = Set.of("Live", "Extra", "Xtra", "Music");

    private StationNames() {
    }

    /**
     * Where an organisation's name ends once it takes in the number after a station word and the word that may end
     * a numbered station; {@code span}'s own end otherwise.
     */
    static int end(String[] tokens, Span span) {
        int end = span.getEnd();
        if (end >= tokens.length) {
            return end;
        }
        String word = tokens[end - 1];
        boolean number = STATION_NUMBER.matcher(tokens[end]).matches();
        boolean numbered = STATION_WORDS.contains(word) ? number
                : word.equals("BBC") && (BBC_CHANNEL.matcher(tokens[end]).matches()
                        || number && isEnding(tokens, end + 1));
        if (!numbered) {
            return end;
        }
        return isEnding(tokens, end + 1) ? end + 2 : end + 1;
    }

    private static boolean isEnding(String[] tokens, int index) {
        return index < tokens.length && STATION_ENDINGS.contains(tokens[index]);
    }
}
