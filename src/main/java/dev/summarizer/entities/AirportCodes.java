package dev.summarizer.entities;

import java.util.regex.Pattern;

/**
 * Airport codes as encyclopaedic articles give them ("Albaterra Airport (IATA: ABT, ICAO: LEAT)"): neither the
 * code's authority before its colon nor the code after it names an entity of the article (CoNLL: MISC at most), yet
 * the model read "IATA" as an organisation and "ABT" as a person (probe 5, 2026-11-29 tenth session).
 */
final class AirportCodes {

    private static final Pattern AUTHORITY = Pattern.compile("IATA|ICAO|FAA|FAA LID|LID");
    private static final Pattern COLON_AFTER = Pattern.compile("^[ \\t]*:");
    private static final Pattern AUTHORITY_BEFORE = Pattern.compile("\\b(?:IATA|ICAO|FAA|LID)[ \\t]*:[ \\t]*$");
    /** How far around a mention its authority or colon is looked for. */
    private static final int LOOK = 12;

    private AirportCodes() {
    }

    /** True if the mention is a code's authority before its colon, or the code after it. */
    static boolean isCodeOrAuthority(String text, Mention mention) {
        return AUTHORITY.matcher(mention.text()).matches() && COLON_AFTER.matcher(mention.textAfter(text, LOOK)).find()
                || AUTHORITY_BEFORE.matcher(mention.textBefore(text, LOOK)).find();
    }
}
