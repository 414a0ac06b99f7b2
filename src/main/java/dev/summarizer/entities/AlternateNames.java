package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in another language that an encyclopaedic article gives in parentheses after its subject: "Cardiff (Welsh:
 * Caerdydd)", "Munich (German: München)", "Kilimanjaro Region (Swahili: Mkoa wa Kilimanjaro)". The language's name
 * before the colon is no name ("Swahili", "Kannada" were places), and the name after it is the subject's other name,
 * so it takes the subject's type ("Caerdydd" and "Baile Átha Cliath" were organisations). So does the official name
 * after a comma ("Mysore, officially Mysuru": "Mysuru" was a person).
 */
final class AlternateNames {

    /**
     * Languages that label a name in another language. A closed list: the same shape labels other things, "(CEO:
     * Satya Nadella)", "(NASDAQ: TSLA)", "(London: 31C; Paris: 34C)", "(UK: Channel 4; US: Netflix)".
     */
    private static final Set<String> LANGUAGES = Set.of("Afrikaans", "Albanian", "Amharic", "Arabic", "Aramaic",
            "Armenian", "Assamese", "Azerbaijani", "Basque", "Belarusian", "Bengali", "Bosnian", "Breton",
            "Bulgarian", "Burmese", "Cantonese", "Catalan", "Cherokee", "Chinese", "Cornish", "Croatian", "Czech",
            "Danish", "Dutch", "English", "Esperanto", "Estonian", "Faroese", "Filipino", "Finnish", "Flemish",
            "French", "Frisian", "Gaelic", "Galician", "Georgian", "German", "Greek", "Gujarati", "Hakka", "Hausa",
            "Hawaiian", "Hebrew", "Hindi", "Hokkien", "Hungarian", "Icelandic", "Igbo", "Indonesian", "Inuktitut",
            "Irish", "Italian", "Japanese", "Javanese", "Kannada", "Kazakh", "Khmer", "Korean", "Kurdish", "Kyrgyz",
            "Lao", "Latin", "Latvian", "Lithuanian", "Luxembourgish", "Macedonian", "Malagasy", "Malay", "Malayalam",
            "Maltese", "Mandarin", "Manx", "Maori", "M\u0101ori", "Marathi", "Mongolian", "Navajo", "Nepali", "Norse",
            "Norwegian", "Occitan", "Odia", "Oriya", "Pashto", "Persian", "Polish", "Portuguese", "Punjabi",
            "Quechua", "Romanian", "Romansh", "Russian", "Sami", "Sanskrit", "Scots", "Serbian", "Serbo-Croatian",
            "Sindhi", "Sinhala", "Sinhalese", "Slovak", "Slovene", "Slovenian", "Somali", "Spanish", "Swahili",
            "Swedish", "Tagalog", "Tajik", "Tamil", "Tatar", "Telugu", "Thai", "Tibetan", "Tigrinya", "Turkish",
            "Turkmen", "Ukrainian", "Urdu", "Uyghur", "Uzbek", "Vietnamese", "Welsh", "Xhosa", "Yiddish", "Yoruba",
            "Zulu");
    /** An opening parenthesis (or a semicolon between languages inside one) right before a mention. */
    private static final Pattern LABEL_OPENING = Pattern.compile("(?:\\(|;)[ \\t]*$");
    /** A colon right after a mention, maybe after "pronunciation" ("Spanish pronunciation:"). */
    private static final Pattern LABEL_CLOSING = Pattern.compile("^[ \\t]*(?:pronunciation[ \\t]*)?:");
    /**
     * A label right before a mention: "(Welsh: ", "(Scottish Gaelic: ", "; Latin: "; its last word is a language's
     * name ({@link #LANGUAGES}).
     */
    private static final Pattern AFTER_LABEL = Pattern.compile(
            "(?:\\(|;)[ \\t]*(?:\\p{Lu}\\p{L}+[ \\t]+)?(\\p{Lu}[\\p{L}-]+)[ \\t]*:[ \\t]*$");
    /**
     * ", officially" (", officially the", ", officially known as") right before a mention that its name ends: not
     * "Kane, officially Bayern Munich's record signing".
     */
    private static final Pattern AFTER_OFFICIALLY = Pattern.compile(",[ \\t]*officially[ \\t]+(?:known as[ \\t]+)?"
            + "(?:the[ \\t]+)?$");
    /** A possessive after a name: it owns what follows ("Bayern Munich's record signing"). */
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['\u2019]s?\\b");
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
            EntityType subjectType = subjectType(text, mention, kept);
            kept.add(subjectType == null || subjectType == mention.type() ? mention
                    : mention.withType(subjectType));
        }
        return kept;
    }

    /**
     * The type of the subject whose other name the mention is, or null: after a language's label, the name before
     * the parenthesis; after ", officially", the place or organisation before the comma (a person has no official
     * name of that kind: "Anfield, officially Anfield Stadium" where the model read a person).
     */
    private static EntityType subjectType(String text, Mention mention, List<Mention> before) {
        String textBefore = mention.textBefore(text, LOOK_BACK);
        Matcher label = AFTER_LABEL.matcher(textBefore);
        if (label.find()) {
            int parenthesis = openParenthesis(text, mention.start());
            return LANGUAGES.contains(label.group(1)) && parenthesis >= 0
                    ? typeOfMentionEndingAt(text, parenthesis, before) : null;
        }
        if (AFTER_OFFICIALLY.matcher(textBefore).find()
                && !POSSESSIVE_AFTER.matcher(mention.textAfter(text, 3)).find()) {
            EntityType type = typeOfMentionEndingAt(text, text.lastIndexOf(',', mention.start()), before);
            return type == EntityType.PERSON ? null : type;
        }
        return null;
    }

    private static boolean isLanguageLabel(String text, Mention mention) {
        String[] words = mention.text().split("[ \\t]+");
        // Why inside a parenthesis: "; Jenny Wolek : played by Kathy Glass" lists a soap opera's characters.
        return words.length <= MAX_LABEL_WORDS && LANGUAGES.contains(words[words.length - 1])
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

    /**
     * The type of the mention that ends right before {@code anchor}, spaces aside, or null if none does: the last of
     * the mentions (in text order) that ends by the anchor is the only one that can.
     */
    private static EntityType typeOfMentionEndingAt(String text, int anchor, List<Mention> mentions) {
        for (int m = mentions.size() - 1; m >= 0; m--) {
            Mention subject = mentions.get(m);
            if (subject.end() <= anchor) {
                return text.substring(subject.end(), anchor).isBlank() ? subject.type() : null;
            }
        }
        return null;
    }
}
