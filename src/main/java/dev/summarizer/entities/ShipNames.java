package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * Ships named with their navy's prefix ("HMS Chatham", "USS Vicksburg", "HMS Prince of Wales"): CoNLL annotates
 * ships as MISC, and the model, trained without MISC, reads the name after the prefix as the town or person it is
 * named after, there and where the text names the ship again without its prefix ("In 1944 Aldwych was transferred",
 * "on the Vicksburg").
 */
final class ShipNames {

    /**
     * A prefix of ships' names that is nothing else (not "SS", the Nazi SS, nor "MV", megavolts), then the ship's
     * capitalised name, which may hold "of" and "the" ("Prince of Wales").
     */
    private static final Pattern PREFIXED_SHIP = Pattern.compile("\\b(?:HMS|HMAS|HMCS|HMNZS|HMY|USS|USNS|RMS)[ \\t]+"
            + "(\\p{Lu}[\\p{L}\\p{N}'\u2019-]*(?:[ \\t]+(?:(?:of|the)[ \\t]+)?\\p{Lu}[\\p{L}\\p{N}'\u2019-]*)*)");
    /** A company's word after a prefixed name ("RMS Titanic Inc.", "HMS Holdings", "USS Investment Management"). */
    private static final Pattern COMPANY_WORD_AFTER = Pattern.compile(
            "^[ \\t]+(?:Inc|Ltd|Corp|Holdings|Management|Group)\\b");

    /** Where the text names ships with their prefix, as character spans from the prefix to the name's end. */
    private final List<Span> prefixed;
    /** The ships' names without their prefix. */
    private final Set<String> names;

    private ShipNames(List<Span> prefixed, Set<String> names) {
        this.prefixed = prefixed;
        this.names = names;
    }

    /** The ships the text names with a prefix; not companies named so. */
    static ShipNames in(String text) {
        List<Span> prefixed = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Matcher ship = PREFIXED_SHIP.matcher(text);
        while (ship.find()) {
            String name = ship.group(1);
            String[] words = name.split("[ \\t]+");
            boolean company = OrganisationDesignators.isOrganisationEnding(words[words.length - 1])
                    || words[words.length - 1].equals("Management")
                    || COMPANY_WORD_AFTER.matcher(text.substring(ship.end(), Math.min(text.length(), ship.end() + 16)))
                            .find();
            if (!company) {
                prefixed.add(new Span(ship.start(), ship.end()));
                names.add(name);
            }
        }
        return new ShipNames(prefixed, names);
    }

    /**
     * True if the mention is part of a prefixed ship's name ("Chatham" of "HMS Chatham", "Wales" of "HMS Prince of
     * Wales"), or names a ship again without its prefix, except where a preposition of place shows the town ("built
     * in Vicksburg"). Checked after name copying.
     */
    boolean covers(String text, Mention mention) {
        return mention.overlapsAny(prefixed)
                || names.contains(mention.text()) && !mention.followsPlacePreposition(text);
    }
}
