package dev.summarizer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleFurnitureTest {

    private static String withoutLeadingFurniture(String sentence) {
        return sentence.substring(ArticleFurniture.leadingFurniture(sentence));
    }

    @Test
    void agencyDatelinesAreCutOff() {
        assertEquals("Dock workers ended the strike.",
                withoutLeadingFurniture("ROTTERDAM (Reuters) - Dock workers ended the strike."));
        assertEquals("As the earth shook, India sent aid.",
                withoutLeadingFurniture("New Delhi, India (CNN)As the earth shook, India sent aid."));
        assertEquals("Blues legend B.B. King died.", withoutLeadingFurniture("(CNN)Blues legend B.B. King died."));
        assertEquals("Talks resume on Monday.", withoutLeadingFurniture("GENEVA (AP) \u2014 Talks resume on Monday."));
        assertEquals("U.S. STOCKS FALL ON JOBS DATA",
                withoutLeadingFurniture("LONDON (Reuters) - U.S. STOCKS FALL ON JOBS DATA"));
    }

    @Test
    void upperCasePlaceAndDashIsADateline() {
        assertEquals("The city will plant trees.",
                withoutLeadingFurniture("WASHINGTON \u2014 The city will plant trees."));
        assertEquals("\"\u5e02\u653f\u5e9c\u5c06\u690d\u6811\u3002\"",
                withoutLeadingFurniture("BEIJING \u2014 \"\u5e02\u653f\u5e9c\u5c06\u690d\u6811\u3002\""));
    }

    @Test
    void ordinarySentencesKeepTheirStart() {
        for (String sentence : new String[] {"The UN (United Nations) met on Monday.",
            "NASA said the launch went well.", "(CNN)", "Smith (right) - pictured - won.",
            "Apple (AAPL) shares rose 3 percent.", "Benetton (Italy) 92 Dinamo (Russia) 81 (halftime 50-28)",
            "Hajduk 2 Proleter (Z) 0", "BOXING - PANAMA'S ROBERTO DURAN FIGHTS THE SANDS OF TIME."}) {
            assertEquals(sentence, withoutLeadingFurniture(sentence), sentence);
        }
    }

    @Test
    void editorsNotesAreRecognised() {
        assertTrue(ArticleFurniture.isEditorsNote("Editor's Note: Ines Dumig was recently announced as a recipient."));
        assertTrue(ArticleFurniture.isEditorsNote("Editor\u2019s note (July 8, 2015) -- Questions have arisen."));
        assertFalse(ArticleFurniture.isEditorsNote("The editor's note was withdrawn on Monday."));
    }

    @Test
    void scrollDownPromptIsCutOff() {
        assertEquals("If your name is Nigel you vote Ukip.",
                withoutLeadingFurniture("Scroll down for video If your name is Nigel you vote Ukip."));
    }

    @Test
    void bylinesAndTrailersAreFurnitureLines() {
        assertTrue(ArticleFurniture.isFurnitureLine("By Maria Lopez and Tom Reed"));
        assertTrue(ArticleFurniture.isFurnitureLine("By . Daily Mail Reporter ."));
        assertTrue(ArticleFurniture.isFurnitureLine("Source link: https://example.org/a"));
        assertTrue(ArticleFurniture.isFurnitureLine("Read more: Why ports strike"));
        assertTrue(ArticleFurniture.isFurnitureLine("Advertisement"));
        assertFalse(ArticleFurniture.isFurnitureLine("By Monday the port was open again."));
        assertFalse(ArticleFurniture.isFurnitureLine("Sources said the deal was close."));
    }

    @Test
    void sentencesWithoutFinalPunctuationAreFragments() {
        assertTrue(ArticleFurniture.isFragment("What the plan includes"));
        assertTrue(ArticleFurniture.isFragment("- Free saplings for residents"));
        assertFalse(ArticleFurniture.isFragment("The plan costs $4 million."));
        assertFalse(ArticleFurniture.isFragment("\"The members will vote on Monday.\""));
        assertFalse(ArticleFurniture.isFragment("Will it work?"));
    }
}
