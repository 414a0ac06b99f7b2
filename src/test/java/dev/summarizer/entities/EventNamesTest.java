package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

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

    /** A festival is cut to the place it opens with, or dropped; a person named "Festival" is left alone. */
    @Test
    void festivalIsCutToItsPlace() {
        String[] tokens = "at the Santa Barbara International Film Festival and the Kite Festival , said Tom Festival"
                .split(" ");
        List<Span> names = List.of(new Span(2, 7, "ORGANIZATION"), new Span(9, 11, "ORGANIZATION"),
                new Span(13, 15, "PERSON"));
        List<Span> cut = EventNames.withEventsCut(tokens, names,
                run -> String.join(" ", List.of(tokens).subList(run.getStart(), run.getEnd())).equals("Santa Barbara"));
        assertEquals(List.of(new Span(2, 4, "LOCATION"), new Span(13, 15, "PERSON")), cut);
    }

    /** True if the name {@code name} in the text opens a sports league's name. */
    private static boolean opensLeague(String text, String name) {
        int start = text.indexOf(name);
        return EventNames.opensLeague(text, new Mention(name, start, start + name.length(), 0, EntityType.LOCATION));
    }

    private static boolean opensShow(String text, String name) {
        int start = text.indexOf(name);
        return EventNames.opensShow(text, new Mention(name, start, start + name.length(), 0, EntityType.LOCATION));
    }

    @Test
    void aNameOpeningAShowIsInItsName() {
        assertTrue(opensShow("unveiled at the Tokyo Game Show", "Tokyo"));
        assertFalse(opensShow("Apple and Samsung Show Off New Phones", "Samsung"));
        assertFalse(opensShow("a guest on the NBC Tonight Show", "NBC"));
    }

    @Test
    void aPlaceOpeningASportsLeagueAfterTheIsInItsName() {
        assertTrue(opensLeague("for Multan Sultans in the Pakistan Super League.", "Pakistan"));
        assertFalse(opensLeague("In England Premier League clubs have been asked", "England"));
        assertTrue(opensLeague("He scored 40 runs in Pakistan Super League games.", "Pakistan"));
        assertFalse(opensLeague("the All-India Muslim League", "All-India"));
    }

    /** A battle is cut to the listed place it ends with, or dropped. */
    @Test
    void battleIsCutToItsPlace() {
        String[] tokens = "the Battle of Britain and the Battle of the Bulge".split(" ");
        List<Span> names = List.of(new Span(1, 4, "ORGANIZATION"), new Span(6, 10, "ORGANIZATION"));
        List<Span> cut = EventNames.withEventsCut(tokens, names,
                run -> String.join(" ", List.of(tokens).subList(run.getStart(), run.getEnd())).equals("Britain"));
        assertEquals(List.of(new Span(3, 4, "LOCATION")), cut);
    }

    /** A treaty as a battle; a name found alone right after "Battle of" is kept only if it is a listed place. */
    @Test
    void treatiesAndPlacesFoundAloneAfterBattleOf() {
        String[] tokens = "the Treaty of London , the Battle of Hollin Ford and the Battle of Cambrai".split(" ");
        List<Span> names = List.of(new Span(1, 4, "ORGANIZATION"), new Span(8, 10, "ORGANIZATION"),
                new Span(14, 15, "ORGANIZATION"));
        List<Span> cut = EventNames.withEventsCut(tokens, names, run -> Set.of("London", "Cambrai")
                .contains(String.join(" ", List.of(tokens).subList(run.getStart(), run.getEnd()))));
        assertEquals(List.of(new Span(3, 4, "LOCATION"), new Span(14, 15, "LOCATION")), cut);
    }
}
