package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class HeadingsTest {

    private static final Set<String> KNOWN = Set.of("kingdom", "branch", "france", "mike", "biology");

    private static boolean headingOrLabel(String text, String word) {
        int start = text.indexOf(word);
        Mention mention = new Mention(word, start, start + word.length(), 0, EntityType.LOCATION);
        return Headings.isHeadingOrLabelWord(text, mention, known -> KNOWN.contains(known.toLowerCase()),
                Set.of("France")::contains);
    }

    @Test
    void sectionHeadingsAndInfoboxLabelsAreNoNames() {
        assertTrue(headingOrLabel("It is a moth.\nBiology\nAdults fly in June.", "Biology"));
        assertTrue(headingOrLabel("Eupithecia varennesi\nKingdom: Animalia\nOrder: Lepidoptera\nFamily: "
                + "Geometridae\n", "Kingdom"));
        assertTrue(headingOrLabel("Allegiance: United Kingdom\nBranch: Royal Navy\nRank: Admiral", "Branch"));
    }

    @Test
    void listedNamesSignaturesCapitalsAndRunningTextStayNames() {
        assertFalse(headingOrLabel("Share of votes\nFrance: 45%\n", "France"));
        assertFalse(headingOrLabel("Thanks for the call.\nMike\n", "Mike"));
        assertFalse(headingOrLabel("KOMPAS: a daily\n", "KOMPAS"));
        assertFalse(headingOrLabel("He ruled the Kingdom: wisely.", "Kingdom"));
        assertFalse(headingOrLabel("Mike: So how did it go?\nGrace: Brilliant.\nMike: Good.\nBranch: ok",
                "Mike"));
    }
}
