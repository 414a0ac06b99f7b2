package dev.summarizer.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class AbbreviationJoinerTest {

    @Test
    void sentenceCutAfterAnAbbreviationIsRejoined() {
        String text = "Die Kosten werden auf rund 240 Mio. Euro geschätzt. Der Rest folgt.";
        Span[] cut = {new Span(0, 35), new Span(35, 51), new Span(52, 68)};
        Span[] joined = AbbreviationJoiner.join(text, cut, "de");
        assertEquals(2, joined.length);
        assertEquals("Die Kosten werden auf rund 240 Mio. Euro geschätzt.", joined[0].getCoveredText(text).toString());
    }

    @Test
    void ordinarySentenceEndsStay() {
        String text = "The vote was close. Officials left.";
        Span[] spans = {new Span(0, 19), new Span(20, 35)};
        assertEquals(2, AbbreviationJoiner.join(text, spans, "en").length);
    }

    @Test
    void languageWithoutAListIsLeftAlone() {
        String text = "Uno Mio. Due.";
        Span[] spans = {new Span(0, 8), new Span(9, 13)};
        assertEquals(2, AbbreviationJoiner.join(text, spans, "it").length);
    }

    /** Splits the text at the given offsets (the detector's cuts) and joins them again. */
    private static String[] joinAt(String text, int... cuts) {
        Span[] spans = new Span[cuts.length + 1];
        int start = 0;
        for (int c = 0; c < cuts.length; c++) {
            spans[c] = new Span(start, cuts[c]);
            start = cuts[c] + 1;
        }
        spans[cuts.length] = new Span(start, text.length());
        Span[] joined = AbbreviationJoiner.join(text, spans, "en");
        String[] sentences = new String[joined.length];
        for (int s = 0; s < joined.length; s++) {
            sentences[s] = joined[s].getCoveredText(text).toString();
        }
        return sentences;
    }

    @Test
    void englishPieceStartingInLowerCaseContinuesThePreviousOne() {
        String text = "\"I'm so excited!\" she said. The alarm went off at 12:21 a.m. on Friday. Police came.";
        assertArrayEquals(new String[] {"\"I'm so excited!\" she said.",
                "The alarm went off at 12:21 a.m. on Friday.", "Police came."},
                joinAt(text, text.indexOf(" she"), text.indexOf(" The"), text.indexOf(" on Friday"),
                        text.indexOf(" Police")));
    }

    @Test
    void initialsGoOnWithTheName() {
        String text = "Blues legend B.B. King was hospitalized. Judge Arnold O. Schwartz ruled. It was World War I. "
                + "He lived in Washington, D.C. He left.";
        assertArrayEquals(new String[] {"Blues legend B.B. King was hospitalized.", "Judge Arnold O. Schwartz ruled.",
                "It was World War I.", "He lived in Washington, D.C.", "He left."},
                joinAt(text, text.indexOf(" King"), text.indexOf(" Judge"), text.indexOf(" Schwartz"),
                        text.indexOf(" It"), text.indexOf(" He lived"), text.indexOf(" He left")));
    }

    @Test
    void clockTimeGoesOnWithADayOrTimeZoneOnly() {
        String text = "The flight left at 6:34 p.m. ET on Tuesday. It landed at 9 p.m. Again, a long line. "
                + "The alarm rang at 12:21 a.m. April 3 at the vault.";
        assertArrayEquals(new String[] {"The flight left at 6:34 p.m. ET on Tuesday.", "It landed at 9 p.m.",
                "Again, a long line.", "The alarm rang at 12:21 a.m. April 3 at the vault."},
                joinAt(text, text.indexOf(" ET"), text.indexOf(" It"), text.indexOf(" Again"),
                        text.indexOf(" The alarm"), text.indexOf(" April")));
    }

    @Test
    void otherLanguagesKeepLowerCaseStarts() {
        String text = "Er kam um 3 Uhr. und ging.";
        assertEquals(2, joinAt2(text, "de").length);
    }

    private static Span[] joinAt2(String text, String language) {
        int cut = text.indexOf(" und");
        return AbbreviationJoiner.join(text, new Span[] {new Span(0, cut), new Span(cut + 1, text.length())},
                language);
    }
}
