package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names in another language that an encyclopaedic article gives in parentheses after its subject: "Cardiff (Welsh:
 * Caerdydd)", "Munich (German: München)", "Kilimanjaro Region (Swahili: Mkoa wa Kilimanjaro)". The language's name
 * before the colon is no name ("Swahili", "Kannada" were places), and the name after it is the subject's other name,
 * so it takes the subject's type ("Caerdydd" and "Baile Átha Cliath" were organisations). So does the official name
 * after a comma ("Mysore, officially Mysuru": "Mysuru" was a person).
 */
final class AlternateNames {

    /** An opening parenthesis (or a semicolon between languages inside one) right before a mention. */
    private static final Pattern LABEL_OPENING = Pattern.compile("(?:\\(|;)[ \\t]*$");
    /** A colon right after a mention, maybe after "pronunciation" ("Spanish pronunciation:"). */
    private static final Pattern LABEL_CLOSING = Pattern.compile("^[ \\t]*(?:pronunciation[ \\t]*)?:");
    /** A language's label right before a mention: "(Welsh: ", "(Scottish Gaelic: ", "; Latin: ". */
    private static final Pattern AFTER_LABEL = Pattern.compile(
            "(?:\\(|;)[ \\t]*\\p{Lu}\\p{L}+(?:[ \\t]+\\p{Lu}\\p{L}+)?[ \\t]*:[ \\t]*$");
    /** ", officially" (", officially the", ", officially known as") right before a mention. */
    private static final Pattern AFTER_OFFICIALLY = Pattern.compile(",[ \\t]*officially[ \\t]+(?:known as[ \\t]+)?"
            + "(?:the[ \\t]+)?$");
    /** The parenthesis before the label, as far back as it may stand. */
    private static final int LOOK_BACK = 40;
    /** The most words a language's name has ("Old English", "Scottish Gaelic"). */
    private static final int MAX_LABEL_WORDS = 2;

    private AlternateNames() {
    }

    /** The mentions without languages' labels, each other name typed as the subject it follows. */
    static List<Mention> apply(String text, List<Mention> mentions) {
        List<Mention> kept = new ArrayList<>();
        for (Mention mention : mentions) {
            if (isLanguageLabel(text, mention)) {
                continue;
            }
            String before = mention.textBefore(text, LOOK_BACK);
            int anchor = AFTER_LABEL.matcher(before).find() ? openParenthesis(text, mention.start())
                    : AFTER_OFFICIALLY.matcher(before).find() ? text.lastIndexOf(',', mention.start()) : -1;
            EntityType subjectType = anchor < 0 ? null : typeOfMentionEndingAt(text, anchor, kept);
            kept.add(subjectType == null || subjectType == mention.type() ? mention
                    : new Mention(mention.text(), mention.start(), mention.end(), mention.sentence(), subjectType));
        }
        return kept;
    }

    private static boolean isLanguageLabel(String text, Mention mention) {
        // Why inside a parenthesis: "; Jenny Wolek : played by Kathy Glass" lists a soap opera's characters.
        return mention.text().split("[ \\t]+").length <= MAX_LABEL_WORDS
                && LABEL_OPENING.matcher(mention.textBefore(text, 3)).find()
                && openParenthesis(text, mention.start()) >= 0
                && LABEL_CLOSING.matcher(mention.textAfter(text, 16)).find();
    }

    /** Where the parenthesis that holds {@code at} opens, or -1 if {@code at} is in none. */
    private static int openParenthesis(String text, int at) {
        int parenthesis = text.lastIndexOf('(', at);
        int close = parenthesis < 0 ? -1 : text.indexOf(')', parenthesis);
        return close >= 0 && close < at ? -1 : parenthesis;
    }

    /** The type of the mention that ends right before {@code anchor}, spaces aside, or null if none does. */
    private static EntityType typeOfMentionEndingAt(String text, int anchor, List<Mention> mentions) {
        for (Mention subject : mentions) {
            if (subject.end() <= anchor && text.substring(subject.end(), anchor).isBlank()) {
                return subject.type();
            }
        }
        return null;
    }
}
