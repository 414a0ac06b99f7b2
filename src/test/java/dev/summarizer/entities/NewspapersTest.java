package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class NewspapersTest {

    private static List<String> withThe(String sentence, Span... names) {
        String[] tokens = sentence.split(" ");
        return TestMentions.typed(tokens, Newspapers.withThe(tokens, List.of(names)));
    }

    private static Span organisation(int start, int end) {
        return new Span(start, end, EntityType.ORGANIZATION.name());
    }

    @Test
    void aNewspaperTakesItsCapitalisedThe() {
        assertEquals(List.of("The Washington Post/ORGANIZATION"),
                withThe("In 2019 The Washington Post described her", organisation(3, 5)));
        assertEquals(List.of("Peter Bradshaw/PERSON", "The Guardian/ORGANIZATION"),
                withThe("Peter Bradshaw of The Guardian praised it",
                        new Span(0, 2, EntityType.PERSON.name()), organisation(4, 5)));
    }

    @Test
    void otherNamesAndSentenceOpeningsKeepTheirStart() {
        assertEquals(List.of("Washington Post/ORGANIZATION"),
                withThe("The Washington Post described her", organisation(1, 3)));
        assertEquals(List.of("Stone Roses/ORGANIZATION"),
                withThe("a concert by The Stone Roses in 1990", organisation(4, 6)));
        assertEquals(List.of("Washington Post/ORGANIZATION"),
                withThe("he told the Washington Post", organisation(3, 5)));
        assertEquals(List.of("Sun/LOCATION"), withThe("under The Sun", new Span(2, 3, EntityType.LOCATION.name())));
    }
}
