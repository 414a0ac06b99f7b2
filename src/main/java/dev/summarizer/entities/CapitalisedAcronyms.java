package dev.summarizer.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A "person" that is one all-capitals word in running mixed-case text is an organisation's acronym ("ISIS
 * militants"). Why: the given-name list holds "Isis", so the model made "ISIS" a person in 76 mentions of the 1,509
 * dev news articles; a person in news prose is written in capitals only for emphasis, in a heading or in a list of
 * such names. Guards keep real persons: a second such "person" in the same text (court opinions write every
 * justice in capitals: "KENNEDY, SOUTER, and GINSBURG joined"); a person's name elsewhere in the text that holds the
 * word, spells it in other case or has it as initials ("Adele", "Franklin D. Roosevelt" for "FDR"); and at least one
 * mention must stand in running text, with no all-capitals word next to it (a heading, "GEOFFREY BOYCOTT RUNS OUT"),
 * no person's name in capitals nearby ("SCALIA filed ..., in which THOMAS joined", sent alone) and no title before it
 * ("Justice SCALIA"). The second guard also keeps "ISIS" a person where another all-capitals word is one ("AQIM").
 * Measured in models/README.md ("Acronyms typed as persons" and the review fixes after it).
 */
final class CapitalisedAcronyms {

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{3,}");
    private static final Pattern CAPITALS_WORD = Pattern.compile("\\p{Lu}{2,}");
    private static final Pattern NEIGHBOUR_BEFORE = Pattern.compile("(\\S+)[\\s\\p{Punct}]*$");
    private static final Pattern NEIGHBOUR_AFTER = Pattern.compile("^[\\s\\p{Punct}]*(\\S+)");
    /** A word of three or more capitals, as a whole word. */
    private static final Pattern CAPITALS_3 = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}{3,}(?![\\p{L}\\p{N}])");
    /** How far around a mention another word in capitals makes it part of a list of names in capitals. */
    private static final int NEARBY = 80;
    /** How far around a mention its neighbouring words are looked for. */
    private static final int LOOK = 30;

    private CapitalisedAcronyms() {
    }

    /**
     * {@code mentions} with the mentions of a lone all-capitals "person" typed as an organisation.
     *
     * @param personName true for a word the person-name lists hold, in title case ("Thomas", "Scalia")
     */
    static List<Mention> retype(String text, List<Mention> mentions, Predicate<String> personName) {
        Set<String> forms = mentions.stream()
                .filter(mention -> mention.type() == EntityType.PERSON && ACRONYM.matcher(mention.text()).matches())
                .map(Mention::text)
                .collect(Collectors.toSet());
        if (forms.size() != 1 || isPartOfLongerPerson(forms.iterator().next(), mentions)
                || mentions.stream().noneMatch(mention -> forms.contains(mention.text())
                        && isInRunningText(text, mention, personName))) {
            return mentions;
        }
        String acronym = forms.iterator().next();
        return mentions.stream()
                .map(mention -> mention.text().equals(acronym) && mention.type() == EntityType.PERSON
                        ? mention.withType(EntityType.ORGANIZATION)
                        : mention)
                .toList();
    }

    /**
     * True if a person's name in the text holds {@code form} as a word ("Mary SMITH"), spells it in other case
     * ("Adele" for "ADELE") or has it as initials ("FDR" of "Franklin D. Roosevelt").
     */
    private static boolean isPartOfLongerPerson(String form, List<Mention> mentions) {
        return mentions.stream().anyMatch(mention -> mention.type() == EntityType.PERSON
                && !mention.text().equals(form) && (mention.text().equalsIgnoreCase(form) || mention.holdsWord(form)
                        || form.equals(Initials.of(mention.text().split("\\s+")))));
    }

    /** True if the mention stands in running text: no capitals next to it or names in capitals near it, no title. */
    private static boolean isInRunningText(String text, Mention mention, Predicate<String> personName) {
        return !hasCapitalsNeighbour(text, mention) && !hasPersonInCapitalsNearby(text, mention, personName)
                && !hasTitleBefore(text, mention);
    }

    private static boolean hasCapitalsNeighbour(String text, Mention mention) {
        var before = NEIGHBOUR_BEFORE.matcher(mention.textBefore(text, LOOK));
        var after = NEIGHBOUR_AFTER.matcher(mention.textAfter(text, LOOK));
        return before.find() && isCapitalsWord(before.group(1)) || after.find() && isCapitalsWord(after.group(1));
    }

    /**
     * True if another word of three or more capitals, a person's name in title case, stands within {@link #NEARBY}
     * characters: the model, seeing a list of justices in capitals, types only some of them as persons ("SCALIA
     * filed a dissenting opinion, in which THOMAS and ALITO joined"), so a text of that sentence alone holds one
     * such "person". Acronyms nearby ("The FBI arrested a teenager who tried to join ISIS") do not count.
     */
    private static boolean hasPersonInCapitalsNearby(String text, Mention mention, Predicate<String> personName) {
        Matcher word = CAPITALS_3.matcher(text).region(Math.max(0, mention.start() - NEARBY),
                Math.min(text.length(), mention.end() + NEARBY));
        while (word.find()) {
            String found = word.group();
            if (!found.equals(mention.text()) && personName.test(found.charAt(0)
                    + found.substring(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** True if a person's title stands right before the mention ("Justice SCALIA filed"). */
    private static boolean hasTitleBefore(String text, Mention mention) {
        Matcher before = NEIGHBOUR_BEFORE.matcher(mention.textBefore(text, LOOK));
        return before.find() && PersonTitles.isTitleWord(before.group(1).replace(".", "").toLowerCase(Locale.ROOT));
    }

    private static boolean isCapitalsWord(String word) {
        return CAPITALS_WORD.matcher(word.replaceAll("\\P{L}", "")).matches();
    }
}
