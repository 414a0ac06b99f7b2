package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static Gazetteer gazetteer() {
        TreeMap<String, List<String[]>> lists = new TreeMap<>();
        lists.put("city", List.of(new String[] {"New", "York"}, new String[] {"York"}, new String[] {"Pyongyang"}));
        lists.put("country", List.<String[]>of(new String[] {"North", "Korea"}));
        lists.put("person_name", List.<String[]>of(new String[] {"York"}));
        return new Gazetteer(lists);
    }

    private static List<String> features(Gazetteer gazetteer, String sentence, int token) {
        return List.of(gazetteer.features(sentence.split(" "))[token]);
    }

    @Test
    void eachListHasItsOwnFeatureName() {
        assertEquals(List.of("gz=city:B", "gz=person_name:B"), features(gazetteer(), "York won", 0));
    }

    @Test
    void longestEntryOfAListWinsAndMarksItsInside() {
        Gazetteer gazetteer = gazetteer();
        assertEquals(List.of("gz=city:B"), features(gazetteer, "in New York today", 1));
        assertTrue(features(gazetteer, "to North Korea", 2).contains("gz=country:I"));
    }

    @Test
    void onlyTheCoveredTokensGetFeatures() {
        // The name finder's own window shows a neighbour's features; repeating them here only slowed it down.
        assertEquals(List.of(), features(gazetteer(), "North Korea said", 2));
        assertEquals(List.of(), features(gazetteer(), "to Pyongyang", 0));
        assertEquals(List.of("gz=city:B"), features(gazetteer(), "to Pyongyang", 1));
    }

    @Test
    void entryOfOneListOnlyIsToldApartFromSharedEntries() {
        Gazetteer gazetteer = gazetteer();
        assertTrue(gazetteer.onlyIn("country", "North  Korea"));
        assertTrue(!gazetteer.onlyIn("city", "York"), "York is also a person name");
        assertTrue(!gazetteer.onlyIn("city", "Paris"));
    }

    @Test
    void listHoldsAnEntryWhateverOtherListsHoldIt() {
        Gazetteer gazetteer = gazetteer();
        assertTrue(gazetteer.holdsAny(gazetteer.maskOfLists(List.of("city")), "York"), "also a person name");
        assertTrue(gazetteer.holdsAny(gazetteer.maskOfLists(List.of("country")), "NORTH KOREA"));
        assertFalse(gazetteer.holdsAny(gazetteer.maskOfLists(List.of("city")), "Paris"));
        assertFalse(gazetteer.holdsAny(gazetteer.maskOfLists(List.of("no_such_list")), "York"));
        assertTrue(gazetteer.holdsAny(gazetteer.maskOfLists(List.of("city", "country")), "North Korea"));
    }

    @Test
    void matchingIgnoresCase() {
        assertEquals(List.of("gz=city:B"), features(gazetteer(), "PYONGYANG", 0));
    }

    @Test
    void tokensOutsideEveryListHaveNoFeatures() {
        assertArrayEquals(new String[0], gazetteer().features(new String[] {"the", "treaty", "was"})[1]);
        assertEquals(0, Gazetteer.NONE.features(new String[] {"York"})[0].length);
    }

    @Test
    void listsSurviveTheTripThroughAModelDictionary() {
        TreeMap<String, List<String[]>> lists = new TreeMap<>();
        lists.put("city", List.<String[]>of(new String[] {"New", "York"}));
        lists.put("country", List.<String[]>of(new String[] {"Russia"}));
        Gazetteer copy = Gazetteer.of(Gazetteer.toDictionary(lists));
        assertEquals(List.of("city", "country"), copy.lists());
        assertEquals(List.of("gz=city:B"), features(copy, "New York", 0));
        assertEquals(List.of("gz=city:I"), features(copy, "New York", 1));
    }
}
