package dev.summarizer.analysis;

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
}
