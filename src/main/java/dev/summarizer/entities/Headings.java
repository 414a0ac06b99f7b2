package dev.summarizer.entities;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Section headings of an article ("Television", "Biology", "Career" on a line of their own): the model reads a
 * capitalised word alone as a name. A one-word heading is no name when the text uses the same word in lower case
 * elsewhere ("… her television roles …"); a heading that names something ("Brazil") the text writes no other way.
 */
final class Headings {

    /** A line break (or the text's edge) on both sides, spaces aside. */
    private static final Pattern LINE_START = Pattern.compile("(?:^|\\n)[ \\t]*$");
    private static final Pattern LINE_END = Pattern.compile("^[ \\t]*(?:\\r?\\n|$)");
    /** One-word section headings of encyclopaedic articles. */
    private static final Set<String> SECTION_HEADINGS = Set.of("History", "Biography", "Career", "Geography",
            "Demographics", "Demography", "Economy", "Education", "Transport", "Transportation", "Culture", "Sport",
            "Sports", "Legacy", "Reception", "Plot", "Cast", "Production", "Release", "Description", "Distribution",
            "Habitat", "Behaviour", "Behavior", "Biology", "Ecology", "Taxonomy", "Conservation", "Etymology",
            "Discography", "Filmography", "Bibliography", "Awards", "Honours", "Honors", "Recognition", "Personnel",
            "Background", "Overview", "Architecture", "Climate", "Government", "Politics", "Religion", "Tourism",
            "Infrastructure", "Notes", "References", "Sources", "Gallery", "Design", "Development", "Operations",
            "Services", "Facilities", "Structure", "Aftermath", "Investigation", "Synopsis", "Characters",
            "Reviews", "Broadcast", "Works", "Publications", "Death", "Achievements", "Statistics", "Squad",
            "Rivalries", "Ownership", "Membership", "Formation", "Origins", "Timeline", "Broadcasting", "Anchoring");
    /** A line's label, a capitalised word before a colon at its start (group 1). */
    private static final Pattern LABEL_LINE = Pattern.compile("(?m)^[ \\t]*(\\p{Lu}[\\p{L}]*)[ \\t]*:");
    /** How many different labels make an infobox. */
    private static final int MIN_INFOBOX_LABELS = 3;
    /** A colon after a label at a line's start ("Kingdom: Animalia", "Branch: Royal Navy"). */
    private static final Pattern LABEL_END = Pattern.compile("^[ \\t]*:");

    private Headings() {
    }

    /**
     * True if the mention is a section heading of encyclopaedic articles alone on its line ("Biology", "Legacy"), or
     * an infobox's label: one word in mixed case before a colon at its line's start ("Kingdom: Animalia", "Branch:
     * Royal Navy") that {@code knownWord} knows (the word clusters' most frequent words), that no list holds as a
     * name ({@code listed}; "France: 45%" stays a name) and that labels one line of three labels or more. Not any
     * known word alone on a line: web text signs with given names the lists miss ("Mike").
     */
    static boolean isHeadingOrLabelWord(String text, Mention mention, Predicate<String> knownWord,
            Predicate<String> listed) {
        String word = mention.text();
        if (!TokenShape.isCapitalisedWord(word) || !isWordOpeningLine(text, mention)) {
            return false;
        }
        String after = mention.textAfter(text, 4);
        return LINE_END.matcher(after).find() && SECTION_HEADINGS.contains(word)
                || LABEL_END.matcher(after).find() && knownWord.test(word) && !listed.test(word)
                        && isInfoboxLabel(text, word);
    }

    /**
     * True if the word labels one line of an infobox: the text has three different labels or more, and this one
     * labels one line only. Speakers of a transcript label line after line ("Mark: So how did it go?", "Grace: …",
     * "Mark: …"); an infobox names each field once.
     */
    private static boolean isInfoboxLabel(String text, String word) {
        Map<String, Long> labels = LABEL_LINE.matcher(text).results()
                .collect(Collectors.groupingBy(label -> label.group(1), Collectors.counting()));
        return labels.size() >= MIN_INFOBOX_LABELS && labels.getOrDefault(word, 0L) == 1;
    }

    /** True if the mention is one word of letters only at the start of its line. */
    private static boolean isWordOpeningLine(String text, Mention mention) {
        return mention.text().chars().allMatch(Character::isLetter)
                && LINE_START.matcher(mention.textBefore(text, 8)).find();
    }

    /** True if the mention is a one-word heading whose word the text also writes in lower case. */
    static boolean isCommonWordHeading(String text, Mention mention) {
        String word = mention.text();
        // Why upper case: a word in lower case ("dp" signing an e-mail) would find itself.
        if (!TokenShape.isCapitalised(word) || !isWordOpeningLine(text, mention)
                || !LINE_END.matcher(mention.textAfter(text, 4)).find()) {
            return false;
        }
        String lowerCase = Character.toLowerCase(word.charAt(0)) + word.substring(1);
        // Why the lookarounds: "rajendra.o...@gmail.com" under the signature "Rajendra" is an address, not a word.
        return Pattern.compile("(?<![\\w@./-])" + Pattern.quote(lowerCase) + "(?![\\w@/-]|\\.\\w)").matcher(text)
                .find();
    }
}
