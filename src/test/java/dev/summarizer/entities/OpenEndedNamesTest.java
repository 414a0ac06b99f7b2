package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class OpenEndedNamesTest {

    private static List<String> mended(String sentence, Span... names) {
        String[] tokens = sentence.split(" ");
        return TestMentions.typed(tokens, OpenEndedNames.mended(tokens, List.of(names)));
    }

    private static Span name(int start, int end, EntityType type) {
        return new Span(start, end, type.name());
    }

    @Test
    void aNameEndingInOfTakesTheNameRightAfterIt() {
        assertEquals(List.of("Republic of Macedonia/LOCATION", "Greece/LOCATION"),
                mended("in the Republic of Macedonia and Greece .", name(2, 4, EntityType.LOCATION),
                        name(4, 5, EntityType.LOCATION), name(6, 7, EntityType.LOCATION)));
    }

    @Test
    void aNameEndingInAndOrTheTakesTheNameAfterItToo() {
        assertEquals(List.of("Marks and Spencer/ORGANIZATION"),
                mended("shares in Marks and Spencer fell", name(2, 4, EntityType.ORGANIZATION),
                        name(4, 5, EntityType.PERSON)));
        assertEquals(List.of("Simon/PERSON"), mended("Simon and the band", name(0, 3, EntityType.PERSON)));
    }

    @Test
    void aNameEndingInOfWithNothingAfterItIsCutBack() {
        assertEquals(List.of("Greenhaven Press/ORGANIZATION"),
                mended("published by Greenhaven Press of ( San Diego )", name(2, 5, EntityType.ORGANIZATION)));
    }

    @Test
    void otherNamesAreLeftAsFound() {
        assertEquals(List.of("Bank/ORGANIZATION", "England/LOCATION"),
                mended("the Bank of England said", name(1, 2, EntityType.ORGANIZATION),
                        name(3, 4, EntityType.LOCATION)));
    }
}
