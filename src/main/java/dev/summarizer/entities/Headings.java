package dev.summarizer.entities;

import java.util.regex.Pattern;

/**
 * Section headings of an article ("Television", "Biology", "Career" on a line of their own): the model reads a
 * capitalised word alone as a name. A one-word heading is no name when the text uses the same word in lower case
 * elsewhere ("… her television roles …"); a heading that names something ("Brazil") the text writes no other way.
 */
final class Headings {

    /** A line break (or the text's edge) on both sides, spaces aside. */
    private static final Pattern LINE_START = Pattern.compile("(?:^|\\n)[ \\t]*$");
    private static final Pattern LINE_END = Pattern.compile("^[ \\t]*(?:\\r?\\n|$)");

    private Headings() {
    }

    /** True if the mention is a one-word heading whose word the text also writes in lower case. */
    static boolean isCommonWordHeading(String text, Mention mention) {
        String word = mention.text();
        // Why upper case: a word in lower case ("dp" signing an e-mail) would find itself.
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || !word.chars().allMatch(Character::isLetter)
                || !LINE_START.matcher(mention.textBefore(text, 8)).find()
                || !LINE_END.matcher(mention.textAfter(text, 4)).find()) {
            return false;
        }
        String lowerCase = Character.toLowerCase(word.charAt(0)) + word.substring(1);
        // Why the lookarounds: "rajendra.o...@gmail.com" under the signature "Rajendra" is an address, not a word.
        return Pattern.compile("(?<![\\w@./-])" + Pattern.quote(lowerCase) + "(?![\\w@/-]|\\.\\w)").matcher(text)
                .find();
    }
}
