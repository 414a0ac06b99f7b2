package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * Names that a prefix marks as a ship or a storm: ships named with their navy's prefix ("HMS Chatham", "USS
 * Vicksburg", "HMS Prince of Wales") and storms ("Hurricane Andrew", "Tropical Storm Andrew", "Typhoon Haiyan").
 * CoNLL annotates both as MISC (its "Hurricane Edouard", "Hurricane Dolly"), UNER-EWT not at all ("Hurricane
 * Katrina"); the model, trained without MISC, reads the name after the prefix as the town or person it is named
 * after, there and where the text names the ship or storm again without its prefix ("In 1944 Aldwych was
 * transferred", "on the Vicksburg", "On 23 August Andrew made landfall").
 */
final class PrefixedNames {

    /** A ship's capitalised name after its prefix, which may hold "of" and "the" ("Prince of Wales"). */
    private static final String SHIP_NAME = "(\\p{Lu}[\\p{L}\\p{N}'\u2019-]*"
            + "(?:[ \\t]+(?:(?:of|the)[ \\t]+)?\\p{Lu}[\\p{L}\\p{N}'\u2019-]*)*)";
    /**
     * A prefix of ships' names that is nothing else (not "SS", the Nazi SS, nor "MV", megavolts), then the ship's
     * name.
     */
    private static final Pattern PREFIXED_SHIP = Pattern.compile("\\b(?:HMS|HMAS|HMCS|HMNZS|HMY|USS|USNS|RMS)[ \\t]+"
            + SHIP_NAME);
    /**
     * Prefixes of merchant ships that also mean other things ("SS", the Nazi SS and Italian clubs, "SS Lazio"; "MV",
     * megavolts; "TSS"), then the ship's name as above: ships only in a text with words of ships ({@link #SHIPPING})
     * and no sports report; not after a hyphen ("Reichsführer-SS Heinrich Himmler"). Not "SV", which opens German
     * clubs' names ("SV Werder Bremen").
     */
    private static final Pattern MERCHANT_SHIP = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:SS|MV|TSS)[ \\t]+"
            + SHIP_NAME);
    /** Words of ships in lower case ("The SS Karadeniz was a Turkish cargo ship", "sank", "torpedoed"). */
    private static final Pattern SHIPPING = Pattern.compile("\\b(?:ship|ships|steamer|steamship|vessel|liner|"
            + "freighter|tanker|ferry|shipwreck|wreck|sank|sunk|torpedoed|tonnage|maiden voyage)\\b");
    /**
     * A storm's prefix, then its one-word name, not followed by another capitalised word ("Hawker Hurricane Mk I",
     * "Storm Prediction Center"). Not "Storm" alone ("Storm Reid" is an actress).
     */
    private static final Pattern PREFIXED_STORM = Pattern.compile("\\b(?:Hurricane|Typhoon|Cyclone|"
            + "(?:Super|Severe Tropical|Tropical|Subtropical|Winter)[ \\t]+(?:Typhoon|Cyclone|Storm|Depression))"
            + "[ \\t]+(\\p{Lu}\\p{Ll}+)\\b(?![ \\t]+\\p{Lu})");
    /**
     * A capitalised word before a storm's prefix, and what precedes it: inside a sentence such a word makes the
     * prefix part of another name ("National Hurricane Center", "Eurofighter Typhoon").
     */
    private static final Pattern CAPITALISED_WORD_BEFORE = Pattern.compile("(^|.)\\s*\\p{Lu}[\\p{L}.'-]*[ \\t]+$",
            Pattern.DOTALL);
    /**
     * Words of weather in lower case: a text about a storm uses some, unless the storm bears a given name; "Typhoon
     * Capital, a Hong Kong hedge fund" and "Hurricane Energy" are firms.
     */
    private static final Pattern WEATHER = Pattern.compile("\\b(?:storm|storms|hurricane|typhoon|cyclone|landfall|"
            + "winds|rainfall|flooding|tropical)\\b");
    /** What names a ship's namesake right before a name ("named after the Australian capital Canberra"). */
    private static final Pattern NAMED_AFTER = Pattern.compile(
            "(?:named after|named for)(?:[ \\t]+(?:the|\\p{L}+)){0,3}[ \\t]+$");
    /** A nickname's cue before a storm's prefix: "the boxer known as Hurricane Carter". */
    private static final Pattern NICKNAMED = Pattern.compile("(?:known as|nicknamed|dubbed|called)[ \\t]+$");
    /** A company's word after a prefixed name ("RMS Titanic Inc.", "HMS Holdings", "USS Investment Management"). */
    private static final Pattern COMPANY_WORD_AFTER = Pattern.compile(
            "^[ \\t]+(?:Inc|Ltd|Corp|Holdings|Management|Group)\\b");

    /** Where the text names ships and storms with their prefix, as character spans from prefix to name's end. */
    private final List<Span> prefixed;
    /** The ships' and storms' names without their prefix. */
    private final Set<String> names;

    private PrefixedNames(List<Span> prefixed, Set<String> names) {
        this.prefixed = prefixed;
        this.names = names;
    }

    /**
     * The ships and storms the text names with a prefix; not companies named so. A storm's name repeated alone counts
     * only where the text names nobody and no place with it ({@code mentions}: "Janice Lee" beside "Hurricane Lee",
     * "the city of Florence" beside "Hurricane Florence"). A storm needs words of weather in the text or a given
     * name ({@code givenName}: "after Hurricane Ivan in September" in a market report). Merchant ships need a text
     * that is no sports report ({@code sportsReport}: "SS Lazio").
     */
    static PrefixedNames in(String text, List<Mention> mentions, Predicate<String> givenName, boolean sportsReport) {
        List<Span> prefixed = new ArrayList<>();
        Set<String> names = new HashSet<>();
        addShips(text, PREFIXED_SHIP.matcher(text), prefixed, names, mentions);
        if (!sportsReport && SHIPPING.matcher(text).find()) {
            addShips(text, MERCHANT_SHIP.matcher(text), prefixed, names, mentions);
        }
        boolean weather = WEATHER.matcher(text).find();
        Matcher storm = PREFIXED_STORM.matcher(text);
        while (storm.find()) {
            String name = storm.group(1);
            if ((weather || givenName.test(name)) && !OrganisationDesignators.isOrganisationEnding(name)
                    && !insideName(text, storm.start())
                    && !NICKNAMED.matcher(text.substring(Math.max(0, storm.start() - 16), storm.start())).find()) {
                prefixed.add(new Span(storm.start(), storm.end()));
                if (!namesSomeoneOrSomewhere(text, name, mentions)) {
                    names.add(name);
                }
            }
        }
        return new PrefixedNames(prefixed, names);
    }

    /**
     * Adds the ships the matcher finds, not companies named so ("RMS Titanic Inc.", "HMS Holdings"); a ship's name
     * is no name alone elsewhere if it ends a person's name the text gives ("named after Edmund Fitzgerald, the
     * president of Northwestern Mutual").
     */
    private static void addShips(String text, Matcher ship, List<Span> prefixed, Set<String> names,
            List<Mention> mentions) {
        while (ship.find()) {
            String name = ship.group(1);
            String[] words = name.split("[ \\t]+");
            boolean company = OrganisationDesignators.isOrganisationEnding(words[words.length - 1])
                    || words[words.length - 1].equals("Management")
                    || COMPANY_WORD_AFTER.matcher(text.substring(ship.end(), Math.min(text.length(), ship.end() + 16)))
                            .find();
            if (!company) {
                prefixed.add(new Span(ship.start(), ship.end()));
                if (!Mention.endsSomePersonsName(mentions, name)) {
                    names.add(name);
                }
            }
        }
    }

    /** True if a person's name ends in {@code name} or the text puts something in a place of that name. */
    private static boolean namesSomeoneOrSomewhere(String text, String name, List<Mention> mentions) {
        return Mention.endsSomePersonsName(mentions, name) || mentions.stream()
                .anyMatch(mention -> mention.text().equals(name) && mention.followsPlacePreposition(text));
    }

    /** True if a capitalised word that opens no sentence stands right before {@code at}. */
    private static boolean insideName(String text, int at) {
        Matcher word = CAPITALISED_WORD_BEFORE.matcher(text.substring(Math.max(0, at - 40), at));
        return word.find() && !word.group(1).isEmpty() && ".!?\n".indexOf(word.group(1).charAt(0)) < 0;
    }

    /**
     * True if the mention is part of a prefixed ship's or storm's name ("Chatham" of "HMS Chatham", "Wales" of "HMS
     * Prince of Wales", "Andrew" of "Hurricane Andrew"), or names one again without its prefix, except where a
     * preposition of place shows the town ("built in Vicksburg"). Checked after name copying.
     */
    boolean covers(String text, Mention mention) {
        return mention.overlapsAny(prefixed) || names.contains(mention.text())
                && !mention.followsPlacePreposition(text) && !NAMED_AFTER.matcher(mention.textBefore(text, 60)).find();
    }
}
