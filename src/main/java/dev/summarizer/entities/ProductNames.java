package dev.summarizer.entities;

import java.util.regex.Pattern;

/**
 * Names of well-known computing products: games consoles, phones and tablets, personal computers and operating
 * systems ("PlayStation 2", "Xbox 360", "iPhone", "Microsoft Windows"). CoNLL annotates products as MISC ("Windows" 15
 * times in train) and UNER-EWT not at all ("iPhone" 4 times), yet the model reads consoles as organisations: 18
 * "Xbox", 17 "PlayStation" and 13 "Mac Mini" in the dev news articles. A closed list, as a product's name has no shape
 * of its own; the maker alone ("Sony", "Nintendo", "Apple") stays an organisation.
 */
final class ProductNames {

    /** The whole mention, perhaps after its maker; names that are also other things need the maker. */
    private static final Pattern PRODUCT = Pattern.compile(
            "(?:(?:Sony|Microsoft|Nintendo|Apple|Atari|Commodore|Amazon)\\s+)?"
                    + "(?:PlayStation(?:\\s+(?:\\d|Portable|Vita|Network|Move))?"
                    + "|Xbox(?:\\s+(?:360|One|Live|Series\\s+[XS]))?|Wii(?:\\s+U)?|GameCube"
                    + "|Game\\s+Boy(?:\\s+(?:Advance|Color))?|Nintendo\\s+(?:64|DS|3DS|Switch|Entertainment\\s+System)"
                    + "|Super\\s+Nintendo(?:\\s+Entertainment\\s+System)?|Commodore\\s+64|ZX\\s+Spectrum"
                    + "|iPhone(?:\\s+\\d+\\p{L}*)?|iPad(?:\\s+(?:Mini|mini|Pro|Air))?"
                    + "|iPod(?:\\s+(?:Nano|nano|Touch|touch|Shuffle|shuffle|Mini|mini))?"
                    + "|iMac|MacBook(?:\\s+(?:Pro|Air))?|Mac\\s+(?:Mini|mini|Pro|OS(?:\\s+X)?)|Macintosh|macOS|iOS"
                    + "|Android|Windows(?:\\s+(?:\\d+|XP|Vista|NT|ME|Phone|Mobile|Server|Media|Center|Centre))*"
                    + "|Linux|Kindle(?:\\s+Fire)?)"
                    + "|Sega\\s+(?:Genesis|Saturn|Dreamcast|Mega\\s+Drive|Master\\s+System)|Mega\\s+Drive|Dreamcast"
                    + "|Samsung\\s+Galaxy(?:\\s+\\S+)?|Google\\s+Pixel(?:\\s+\\d+)?"
                    // Short names and technologies the model reads as organisations (news: "PSP" 13, "HD" 17).
                    + "|PSP|PS[1-5]|HDTV|HD|Bluetooth|Wi-Fi");
    /** Makers of airliners, whose name before a model number is the aircraft ("a Boeing 737", "an Airbus A320"). */
    private static final Pattern AIRCRAFT_MAKER = Pattern.compile("Boeing|Airbus|Embraer|Bombardier|Tupolev|Ilyushin");
    /**
     * A model number ("737", "A320", "E190", "Tu-154"), not a count of months or jobs ("orders with Boeing 18 months
     * ago").
     */
    private static final Pattern MODEL_NUMBER = Pattern.compile("^[ \\t]+(?:[A-Z]{1,3}-?\\d{2,3}|\\d{3})"
            + "\\b(?![ \\t]+(?:months?|years?|weeks?|days?|hours?|per|percent|jobs|workers|staff|people)\\b)");
    /** A console's short name that is other things too, and the full name that makes it the console. */
    private static final String NINTENDO_DS = "Nintendo DS";
    /** How far after a maker its model number is looked for. */
    private static final int MODEL_LOOK = 10;

    private ProductNames() {
    }

    /**
     * True if the mention's whole text names one of the products ("the DS" once the text names the Nintendo DS), or
     * an aircraft by its maker before a model number ("a Boeing 737"; "Boeing said" stays the firm); never a person.
     */
    static boolean isProduct(String text, Mention mention) {
        if (mention.type() == EntityType.PERSON) {
            // "Macintosh, 23, joined from Dundee United", "Windows, 45, from Bradford": surnames.
            return false;
        }
        return PRODUCT.matcher(mention.text()).matches()
                || mention.text().equals("DS") && text.contains(NINTENDO_DS)
                || AIRCRAFT_MAKER.matcher(mention.text()).matches()
                        && MODEL_NUMBER.matcher(mention.textAfter(text, MODEL_LOOK)).find();
    }
}
