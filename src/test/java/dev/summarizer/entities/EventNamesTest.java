package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventNamesTest {

    /** True if the name {@code name} in the text runs into a sports event's name. */
    private static boolean inEvent(String text, String name) {
        return EventNames.follows(text, text.indexOf(name) + name.length());
    }

    @Test
    void placeOrBodyOpeningASportsEventIsInTheEventName() {
        assertTrue(inEvent("Woods won the U.S. Open in 1999.", "U.S."));
        assertTrue(inEvent("GOLF - HONG KONG OPEN SCORES", "HONG KONG"));
        assertTrue(inEvent("the Berlin Grand Prix meeting", "Berlin"));
        assertTrue(inEvent("in the UEFA Cup final", "UEFA"));
    }

    @Test
    void prepositionsVerbsAndOtherEventsEndTheLook() {
        assertFalse(inEvent("SOCCER - SAN MARINO IN WORLD CUP QUALIFIER", "SAN MARINO"));
        assertFalse(inEvent("Italy beat England in the World Cup.", "Italy"));
        assertFalse(inEvent("after the Iraq War ended", "Iraq"));
        assertFalse(inEvent("the U.S. open market", "U.S."));
        assertFalse(inEvent("He lives in Atlanta.", "Atlanta"));
        assertFalse(inEvent("a can of Coca-Cola Classic", "Coca-Cola"));
    }
}
