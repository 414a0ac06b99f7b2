package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * Titles of works that the text defines ("The Salt Road is a 1987 American Western film …", {@link
 * DefiningSentences#work}): an article about a film, an album or a novel names its title again and again, and the
 * model reads it as a person, place or organisation each time. CoNLL annotates titles as MISC and UNER not at all.
 * The title in its defining sentence is never a name; elsewhere a mention with the same words is dropped only when
 * the title names nothing else: not a listed place or given name ("Chicago is a 2002 musical film … filmed in
 * Toronto rather than Chicago"), nor the surname of a person the text names in full ("Oppenheimer" and "J. Robert
 * Oppenheimer"); and a one-word title stays where the model reads a person or a preposition of place stands before
 * it. Things named after people and places ("Rosetta was a space probe", "Andrew" of a hurricane) are the thing
 * wherever their words recur, listed or not, except after a preposition of place: a person or place of that one
 * name rarely shares their article.
 */
final class DefinedWorks {

    /**
     * What names the person or place a thing is named after, right before a mention ("named after the Roman goddess
     * Juno", "Queen Victoria"): the namesake, not the thing.
     */
    private static final Pattern NAMESAKE_BEFORE = Pattern.compile("(?i:named after|named for|goddess|god|king|queen"
            + "|saint|emperor|empress|astronomer|explorer|poet|scientist)"
            + "(?:[ \\t]+(?:the|\\p{Lu}[\\p{L}-]*))*[ \\t]+$");

    /** Where the titles are defined, as character spans of the text. */
    private final List<Span> defining;
    /** The titles, as written, without a leading "The", that are dropped wherever they stand. */
    private final Set<String> titlesEverywhere;
    /** The names of defined things, dropped wherever they stand, also where the model reads a person. */
    private final Set<String> thingsEverywhere;

    private DefinedWorks(List<Span> defining, Set<String> titlesEverywhere, Set<String> thingsEverywhere) {
        this.defining = defining;
        this.titlesEverywhere = titlesEverywhere;
        this.thingsEverywhere = thingsEverywhere;
    }

    /** The works the units define, given the mentions found in the text and the listed words. */
    static DefinedWorks in(String text, List<NameFinderInput.Unit> units, List<Mention> mentions,
            ListedWords listed) {
        List<Span> defining = new ArrayList<>();
        Set<String> everywhere = new HashSet<>();
        Set<String> things = new HashSet<>();
        for (NameFinderInput.Unit unit : units) {
            DefiningSentences.work(unit.tokens()).ifPresent(title -> {
                int start = unit.starts()[title.getStart()];
                int end = unit.ends()[title.getEnd() - 1];
                defining.add(new Span(start, end));
                String words = text.substring(start, end);
                boolean thing = title.getType().equals(DefiningSentences.THING);
                if (Mention.endsSomePersonsName(mentions, words)) {
                    return;
                }
                // Why: "Galileo was a spacecraft … named after the astronomer Galileo Galilei. Galileo discovered".
                if (thing && !isWordOfNamedPerson(words, mentions)) {
                    things.add(words);
                } else if (!thing && !listed.namedPlace().test(words) && !listed.givenName().test(words)) {
                    everywhere.add(words);
                }
            });
        }
        return new DefinedWorks(defining, everywhere, things);
    }

    /** True if the mention is a defined title: where it is defined, or elsewhere with the same words. */
    boolean covers(String text, Mention mention) {
        if (mention.overlapsAny(defining)) {
            return true;
        }
        String words = mention.text();
        if (thingsEverywhere.contains(words)) {
            return !mention.followsPlacePreposition(text) && !NAMESAKE_BEFORE.matcher(mention.textBefore(text, 60))
                    .find();
        }
        boolean sameWords = titlesEverywhere.contains(words)
                || words.startsWith("The ") && titlesEverywhere.contains(words.substring(4));
        // Why: a one-word title is often a person's or a place's name ("Napoleon crowned himself", "lived in
        // Manhattan"); where the model reads a person or the text a place, that is what it names.
        boolean otherSense = !words.contains(" ")
                && (mention.type() == EntityType.PERSON || mention.followsPlacePreposition(text));
        return sameWords && !otherSense;
    }

    private static boolean isWordOfNamedPerson(String words, List<Mention> mentions) {
        return mentions.stream().anyMatch(mention -> mention.type() == EntityType.PERSON
                && !mention.text().equals(words) && mention.holdsWord(words));
    }

}
