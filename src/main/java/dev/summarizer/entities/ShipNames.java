package dev.summarizer.entities;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Ships named with their navy's prefix ("HMS Chatham", "USS Vicksburg"): CoNLL annotates ships as MISC, and the model,
 * trained without MISC, reads the name after the prefix as the town it is named after.
 */
final class ShipNames {

    /** Prefixes of ships' names that are nothing else; not "SS" (the Nazi SS) nor "MV" (megavolts). */
    private static final Set<String> PREFIXES = Set.of("HMS", "HMAS", "HMCS", "HMNZS", "HMY", "USS", "USNS", "RMS");
    /** A company's last word or the word after it ("RMS Titanic Inc.", "HMS Holdings", "USS Investment Management"). */
    private static final Pattern COMPANY_WORD_AFTER = Pattern.compile(
            "^[ \\t]+(?:Inc|Ltd|Corp|Holdings|Management|Group)\\b");
    /** The word right before a mention's start. */
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{Lu}+)[ \\t]+$");
    /** How far back the prefix is looked for. */
    private static final int LOOK = 8;

    private ShipNames() {
    }

    /**
     * True if the mention opens with a ship's prefix ("HMS Chatham") or one stands right before it; checked after
     * name copying, so that the ship's later mention alone ("the Vicksburg") is not copied back.
     */
    static boolean isShip(String text, Mention mention) {
        if (isCompany(text, mention)) {
            return false;
        }
        int space = mention.text().indexOf(' ');
        if (space > 0 && PREFIXES.contains(mention.text().substring(0, space))) {
            return true;
        }
        var before = WORD_BEFORE.matcher(text.substring(Math.max(0, mention.start() - LOOK), mention.start()));
        return before.find() && PREFIXES.contains(before.group(1));
    }

    /** True if the mention is a company named like a ship: it ends in a company's word, or one follows it. */
    private static boolean isCompany(String text, Mention mention) {
        String[] words = mention.text().split(" ");
        String last = words[words.length - 1];
        return OrganisationDesignators.isOrganisationEnding(last) || last.equals("Management")
                || COMPANY_WORD_AFTER.matcher(text.substring(mention.end(),
                        Math.min(text.length(), mention.end() + 16))).find();
    }
}
