package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class PersonTitlesTest {

    @Test
    void titleOpeningTheNameBeforeACapitalisedWord() {
        assertTrue(PersonTitles.titled("Queen Victoria opened it".split(" "), new Span(0, 2)));
        assertFalse(PersonTitles.titled("Queen of Sheba".split(" "), new Span(0, 3)));
        assertFalse(PersonTitles.titled("Queen".split(" "), new Span(0, 1)));
    }

    @Test
    void titleJustBeforeTheName() {
        assertTrue(PersonTitles.titled("I gave Dr. Rohatgi 2 stars".split(" "), new Span(3, 4)));
        assertTrue(PersonTitles.titled("JUSTICE SCALIA : yes".split(" "), new Span(1, 2)));
        assertFalse(PersonTitles.titled("I gave Rohatgi 2 stars".split(" "), new Span(2, 3)));
    }

    @Test
    void saintAndGeneralAreNotTitles() {
        assertFalse(PersonTitles.isTitle("St."));
        assertFalse(PersonTitles.isTitle("Saint"));
        assertFalse(PersonTitles.isTitle("General"));
        assertTrue(PersonTitles.isTitle("Mrs."));
    }

    /** "the Pope" names nobody; "King" may be B.B. King's surname. */
    @Test
    void titleAloneIsNoNameUnlessItIsASurnameToo() {
        assertTrue(PersonTitles.isTitleAlone("Pope"));
        assertTrue(PersonTitles.isTitleAlone("Prophet"));
        assertTrue(PersonTitles.isTitleAlone("Mr."));
        assertFalse(PersonTitles.isTitleAlone("King"));
        assertFalse(PersonTitles.isTitleAlone("Prince"));
        assertFalse(PersonTitles.isTitleAlone("Putin"));
    }

    /** A title alone as a place names nothing, but before a possessive it is a ground; as a person, "King" stays. */
    @Test
    void titleAloneNamesNobody() {
        String text = "thank the Lord , they said at Lord's and the Pope met King";
        Mention lord = new Mention("Lord", 10, 14, 0, EntityType.LOCATION);
        Mention ground = new Mention("Lord", 30, 34, 0, EntityType.LOCATION);
        Mention pope = new Mention("Pope", 45, 49, 0, EntityType.ORGANIZATION);
        Mention king = new Mention("King", 54, 58, 0, EntityType.PERSON);
        assertEquals(List.of(true, false, true, false), List.of(PersonTitles.namesNobodyAs(text, lord),
                PersonTitles.namesNobodyAs(text, ground), PersonTitles.namesNobodyAs(text, pope),
                PersonTitles.namesNobodyAs(text, king)));
    }
}
