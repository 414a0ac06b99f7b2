package dev.summarizer.entities;

import java.util.regex.Pattern;

/**
 * Airport codes as encyclopaedic articles give them ("Albaterra Airport (IATA: ABT, ICAO: LEAT)"): neither the
 * code's authority before its colon nor the code after it names an entity of the article (CoNLL: MISC at most), yet
 * the model read "IATA" as an organisation and "ABT" as a person (probe 5, 2026-11-29 tenth session).
 */
final class AirportCodes {

    private static final Pattern AUTHORITY = Pattern.compile("IATA|ICAO|FAA|FAA LID|LID");
    /** The colon and a code after an authority ("IATA|: ABT"); not "the FAA: Boeing must …". */
    private static final Pattern CODE_AFTER = Pattern.compile("^[ \\t]*:[ \\t]*[A-Z0-9]{3,4}\\b");
    /**
     * An authority inside parentheses, a list of codes or at a line's start before a code ("(IATA: |ABT", "ICAO:
     * |LEAT", an infobox's "IATA: |LHR").
     */
    private static final Pattern AUTHORITY_BEFORE = Pattern.compile(
            "(?:^|[(,;\\n\u2013-])[ \\t]*(?:IATA|ICAO|FAA|FAA LID|LID)[ \\t]*:[ \\t]*$");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{3,4}");
    /** How far around a mention its authority or colon is looked for. */
    private static final int LOOK = 12;

    private AirportCodes() {
    }

    /** True if the mention is a code's authority before its colon, or the code after it. */
    static boolean isCodeOrAuthority(String text, Mention mention) {
        return AUTHORITY.matcher(mention.text()).matches() && CODE_AFTER.matcher(mention.textAfter(text, LOOK)).find()
                || CODE.matcher(mention.text()).matches()
                        && AUTHORITY_BEFORE.matcher(mention.textBefore(text, LOOK)).find();
    }
}
