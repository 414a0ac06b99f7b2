package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class PlaceDesignatorsTest {

    private static List<String> unfound(String sentence, Span... found) {
        String[] tokens = sentence.split(" ");
        return PlaceDesignators.unfound(tokens, List.of(found), span -> false).stream()
                .map(span -> String.join(" ", Arrays.copyOfRange(tokens, span.getStart(), span.getEnd())) + "/"
                        + span.getType())
                .toList();
    }

    @Test
    void runsEndingInAPlaceWordThatTheModelLeftAloneArePlaces() {
        assertEquals(List.of("Chukchi Sea/LOCATION"), unfound("to drill in the Chukchi Sea , they said"));
        assertEquals(List.of("Tarrant County/LOCATION"), unfound("According to Tarrant County court records"));
        assertEquals(List.of("Chimu Empire/LOCATION"), unfound("the capital of the Chimu Empire ."));
        assertEquals(List.of("Gulf of Mexico/LOCATION"), unfound("In the Gulf of Mexico ."));
    }

    @Test
    void foundNamesBodiesAndQuotedTitlesAreLeftAlone() {
        assertEquals(List.of(), unfound("the Chukchi Sea", new Span(1, 2, "LOCATION")));
        assertEquals(List.of(), unfound("the Belorussian Military District"));
        assertEquals(List.of(), unfound("his film \" Lost River \" opened"));
        assertEquals(List.of(), unfound("the Brokedown Palace album"));
    }

    @Test
    void onlyPersonsEndingInAnAreaWordAreRetyped() {
        String[] tokens = "Ogle County and Wayne Bridge and Shea Stadium".split(" ");
        assertTrue(PlaceDesignators.endsInNonPersonPlaceWord(tokens, new Span(0, 2)));
        assertTrue(PlaceDesignators.endsInNonPersonPlaceWord(tokens, new Span(6, 8)));
        assertFalse(PlaceDesignators.endsInNonPersonPlaceWord(tokens, new Span(3, 5)));
        String[] areas = "Arequipa Region and Texas Unified School District".split(" ");
        assertTrue(PlaceDesignators.endsInAreaWord(areas, new Span(0, 2)));
        assertFalse(PlaceDesignators.endsInAreaWord(areas, new Span(3, 7)));
    }
}
