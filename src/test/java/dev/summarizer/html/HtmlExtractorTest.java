package dev.summarizer.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.summarizer.Fixtures;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    private final HtmlExtractor.Extracted page = HtmlExtractor.extract(Fixtures.article("bridge-page.html"));

    @Test
    void keepsTheArticleParagraphsAsBlocks() {
        assertTrue(page.text().startsWith("Harbour bridge reopens after repairs\n\nBy Staff Reporter\n\nThe harbour"),
                page.text());
        assertTrue(page.text().contains("main span.\nThe council said"), "a <br> is a line break");
        assertTrue(page.text().endsWith("by twenty minutes."));
    }

    @Test
    void dropsScriptsNavigationAndBoilerplate() {
        for (String boilerplate : new String[] {"analytics", "font-family", "Sport", "cookies", "Share on social",
            "Related stories", "Copyright"}) {
            assertFalse(page.text().contains(boilerplate), boilerplate + " should be gone: " + page.text());
        }
    }

    @Test
    void takesTheOpenGraphTitle() {
        assertEquals("Harbour bridge reopens after repairs", page.title());
    }

    @Test
    void pageWithoutArticleUsesTheBody() {
        HtmlExtractor.Extracted plain = HtmlExtractor.extract("<p>One paragraph.</p><p>Another one.</p>");
        assertEquals("One paragraph.\n\nAnother one.", plain.text());
        assertEquals(null, plain.title());
    }
}
