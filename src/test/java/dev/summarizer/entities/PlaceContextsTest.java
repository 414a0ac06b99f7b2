package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class PlaceContextsTest {

    private static Span person(int start, int end) {
        return new Span(start, end, EntityType.PERSON.name());
    }

    private static List<String> afterPersonOf(String sentence, Span... names) {
        String[] tokens = sentence.split(" ");
        return TestMentions.typed(tokens, PlaceContexts.withPlacesAfterPersonOf(tokens, List.of(names),
                word -> word.equals("Edward")));
    }

    /** CoNLL train: 65 names after a person and "of" are places, none a person. */
    @Test
    void aPersonAfterAPersonAndOfIsAPlace() {
        assertEquals(List.of("Johann Perren/PERSON", "Zermatt/LOCATION"),
                afterPersonOf("guided by Johann Perren of Zermatt .", person(2, 4), person(5, 6)));
        assertEquals(List.of("Catherine/PERSON", "Aragon/LOCATION"),
                afterPersonOf("Catherine of Aragon died .", person(0, 1), person(2, 3)));
    }

    /** A river's bank has a side; a merchant bank is a firm's. */
    @Test
    void aNameAfterARiversPartIsAPlace() {
        String[] river = "on the right bank of the Allier".split(" ");
        assertTrue(PlaceContexts.isPlaceByGeographicContext(river, new Span(6, 7, "ORGANIZATION")));
        String[] firm = "the merchant bank of the Baring family".split(" ");
        assertFalse(PlaceContexts.isPlaceByGeographicContext(firm, new Span(5, 6, "PERSON")));
        String[] on = "a castle on the bank of the Shannon".split(" ");
        assertTrue(PlaceContexts.isPlaceByGeographicContext(on, new Span(7, 8, "ORGANIZATION")));
        String[] mouth = "at the mouth of the Brisbane".split(" ");
        assertTrue(PlaceContexts.isPlaceByGeographicContext(mouth, new Span(5, 6, "ORGANIZATION")));
    }

    /** Borders, twin towns and capitals, each only in the clause that names them. */
    @Test
    void bordersTwinTownsAndCapitalsOnlyInTheirOwnClauses() {
        String[] border = "It is bordered by Langeac to the north".split(" ");
        assertTrue(PlaceContexts.isPlaceByGeographicContext(border, new Span(4, 5, "PERSON")));
        String[] battle = "He attacked with Montgomery to the north".split(" ");
        assertFalse(PlaceContexts.isPlaceByGeographicContext(battle, new Span(3, 4, "PERSON")));
        String[] twins = "The club is twinned with FC St. Pauli".split(" ");
        assertFalse(PlaceContexts.isPlaceByGeographicContext(twins, new Span(5, 8, "ORGANIZATION")));
        String[] seat = "Its county seat is Pruett".split(" ");
        assertTrue(PlaceContexts.isPlaceByGeographicContext(seat, new Span(4, 5, "ORGANIZATION")));
        String[] car = "In the passenger seat was Harris".split(" ");
        assertFalse(PlaceContexts.isPlaceByGeographicContext(car, new Span(5, 6, "PERSON")));
        String[] money = "The provider of growth capital was SoftBank".split(" ");
        assertFalse(PlaceContexts.isPlaceByGeographicContext(money, new Span(6, 7, "ORGANIZATION")));
    }

    @Test
    void otherWordsOrTypesLeaveTheNamesAlone() {
        assertEquals(List.of("Smith/PERSON", "Jones/PERSON"),
                afterPersonOf("Smith and Jones met .", person(0, 1), person(2, 3)));
        assertEquals(List.of("Smith/PERSON", "Labour/ORGANIZATION"),
                afterPersonOf("Smith of Labour said .", person(0, 1),
                        new Span(2, 3, EntityType.ORGANIZATION.name())));
        assertEquals(List.of("Smith/PERSON", "Jones/PERSON"),
                afterPersonOf("Smith , friend of Jones .", person(0, 1), person(4, 5)));
        assertEquals(List.of("Anecdotes/PERSON", "Edward Williams/PERSON"),
                afterPersonOf("Recollections and Anecdotes of Edward Williams", person(2, 3), person(4, 6)));
    }
}
