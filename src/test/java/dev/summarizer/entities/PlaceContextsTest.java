package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
