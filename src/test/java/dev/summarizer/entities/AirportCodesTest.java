package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AirportCodesTest {

    private static final String TEXT = "Albaterra Airport (IATA: ABT, ICAO: LEAT) is run by Aena. IATA said";

    private static boolean code(String name, int from) {
        int start = TEXT.indexOf(name, from);
        return AirportCodes.isCodeOrAuthority(TEXT, new Mention(name, start, start + name.length(), 0,
                EntityType.ORGANIZATION));
    }

    @Test
    void theAuthorityBeforeItsColonAndTheCodeAfterItAreNoNames() {
        assertTrue(code("IATA", 0));
        assertTrue(code("ABT", 0));
        assertTrue(code("LEAT", 0));
        assertFalse(code("Aena", 0));
        assertFalse(code("IATA", 40));
    }

    @Test
    void anInfoboxLineHoldsACode() {
        String text = "Heathrow Airport\nIATA: LHR\nICAO: EGLL";
        int lhr = text.indexOf("LHR");
        int iata = text.indexOf("IATA");
        assertTrue(AirportCodes.isCodeOrAuthority(text, new Mention("LHR", lhr, lhr + 3, 0, EntityType.ORGANIZATION)));
        assertTrue(AirportCodes.isCodeOrAuthority(text, new Mention("IATA", iata, iata + 4, 0,
                EntityType.ORGANIZATION)));
    }

    @Test
    void aColonInProseIsNoCode() {
        String text = "In a separate filing, the FAA: Boeing must submit a plan.";
        int faa = text.indexOf("FAA");
        int boeing = text.indexOf("Boeing");
        assertFalse(AirportCodes.isCodeOrAuthority(text, new Mention("FAA", faa, faa + 3, 0,
                EntityType.ORGANIZATION)));
        assertFalse(AirportCodes.isCodeOrAuthority(text, new Mention("Boeing", boeing, boeing + 6, 0,
                EntityType.ORGANIZATION)));
    }
}
