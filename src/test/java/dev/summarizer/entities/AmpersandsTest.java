package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class AmpersandsTest {

    private static List<String> joined(String sentence, Span... names) {
        String[] tokens = sentence.split(" ");
        return TestMentions.typed(tokens, Ampersands.joined(tokens, List.of(names),
                words -> words.equals("Trinidad and Tobago")));
    }

    private static Span person(int start, int end) {
        return new Span(start, end, EntityType.PERSON.name());
    }

    private static Span place(int start, int end) {
        return new Span(start, end, EntityType.LOCATION.name());
    }

    @Test
    void aFoundNameTakesTheCapitalisedWordsAcrossTheAmpersand() {
        assertEquals(List.of("Marks & Spencer/ORGANIZATION"),
                joined("He worked for Marks & Spencer .", person(5, 6)));
        assertEquals(List.of("Alexander Stephen & Sons/ORGANIZATION", "Linthouse/LOCATION"),
                joined("It was built by Alexander Stephen & Sons , Linthouse .", person(4, 6), place(9, 10)));
        assertEquals(List.of("Marks & Spencer/ORGANIZATION"),
                joined("The Marks & Spencer store", person(3, 4)));
    }

    @Test
    void twoNamesAcrossTheAmpersandAreOneFirmOrOnePlace() {
        assertEquals(List.of("Brooks & Dunn/ORGANIZATION", "Johnny Cash/PERSON"),
                joined("performed by Brooks & Dunn and Johnny Cash", person(2, 3), person(4, 5), person(6, 8)));
        assertEquals(List.of("Trinidad & Tobago/LOCATION"),
                joined("Trinidad & Tobago won .", place(0, 1), place(2, 3)));
        assertEquals(List.of("India/LOCATION", "Pakistan/LOCATION"),
                joined("Talks between India & Pakistan resumed", place(2, 3), place(4, 5)));
        assertEquals(List.of("Holland & Hart , LLP/ORGANIZATION"),
                joined("Holland & Hart , LLP filed", place(0, 1),
                        new Span(2, 5, EntityType.ORGANIZATION.name())));
    }

    @Test
    void personsOfTwoWordsAndLowerCaseWordsStayApart() {
        assertEquals(List.of("Matt Lucas/PERSON", "David Walliams/PERSON"),
                joined("Matt Lucas & David Walliams star", person(0, 2), person(3, 5)));
        assertEquals(List.of("Matt Lucas/PERSON", "Walliams/PERSON"),
                joined("Matt Lucas & Walliams star", person(0, 2), person(3, 4)));
        assertEquals(List.of("Lucas/PERSON", "David Walliams/PERSON"),
                joined("Lucas & David Walliams star", person(0, 1), person(2, 4)));
        assertEquals(List.of("Paul Simon/PERSON"),
                joined("Paul Simon & Art Garfunkel reunited", person(0, 2)));
        assertEquals(List.of("Michael L. Beatty & Associates , PC/ORGANIZATION"),
                joined("Michael L. Beatty & Associates , PC filed", person(0, 3),
                        new Span(4, 7, EntityType.ORGANIZATION.name())));
        assertEquals(List.of("Eddie/PERSON"),
                joined("Eddie & the Hot Rods played", person(0, 1)));
        assertEquals(List.of("Pride/PERSON"),
                joined("Pride & prejudice", person(0, 1)));
        assertEquals(List.of(), joined("Pride & Prejudice is a novel"));
    }
}
