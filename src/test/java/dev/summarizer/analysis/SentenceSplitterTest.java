package dev.summarizer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.summarizer.Fixtures;
import dev.summarizer.tools.StandalonePipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sentence path on article fixtures with the furniture of real pages. */
class SentenceSplitterTest {

    private static SentenceSplitter splitter;

    @BeforeAll
    static void loadModels() {
        StandalonePipeline pipeline = StandalonePipeline.create();
        splitter = new SentenceSplitter(pipeline.models(), pipeline.config());
    }

    private static List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void wireStoryLosesBylineDatelineAndTrailers() {
        List<String> sentences = sentences(Fixtures.article("wire-story-dateline.txt"));
        assertEquals("Port strike ends after pay deal", sentences.get(0), "the headline is its own sentence");
        assertTrue(sentences.get(1).startsWith("Dock workers at Europe's largest port"), sentences.get(1));
        assertTrue(sentences.stream().noneMatch(s -> s.startsWith("By ") || s.contains("Reuters")
                || s.startsWith("Source link") || s.equals("Advertisement")), sentences.toString());
        assertEquals("Shipping lines had diverted some cargo to Antwerp and Hamburg during the stoppage.",
                sentences.get(sentences.size() - 1));
    }

    @Test
    void quotationOverTwoSentencesStaysWhole() {
        List<String> sentences = sentences(Fixtures.article("wire-story-dateline.txt"));
        assertTrue(sentences.contains("\"We did not get everything. But we got what matters most,\" union leader "
                + "Jan de Vries told reporters outside the terminal."), sentences.toString());
        assertTrue(sentences.contains("\"The members will vote on Monday.\""), sentences.toString());
    }

    @Test
    void unclosedQuoteDoesNotSwallowTheParagraph() {
        List<String> sentences = sentences("He said \"we will win. The team is ready. Fans are happy. "
                + "Tickets sold out. The match is on Sunday.");
        assertEquals(5, sentences.size(), sentences.toString());
    }

    @Test
    void headingsAndListItemsAreSentencesOfTheirOwn() {
        List<String> sentences = sentences(Fixtures.article("list-and-headings.txt"));
        assertEquals("The city will plant 10,000 trees over the next three years, the mayor announced on Tuesday.",
                sentences.get(0), "the WASHINGTON dateline is cut off");
        assertTrue(sentences.containsAll(List.of("What the plan includes", "- New trees on every school street",
                "- Free saplings for residents", "- A tree map anyone can edit", "Why it matters")),
                sentences.toString());
    }

    @Test
    void paragraphBreakEndsASentenceWithoutPunctuation() {
        assertEquals(List.of("Results so far", "The count continues tonight."),
                sentences("Results so far\n\nThe count continues tonight."));
    }

    @Test
    void scrollDownPromptInsideAParagraphIsCutOff() {
        List<String> sentences = sentences("The figure went up from 16 to 31 per cent, the poll found. Scroll down for "
                + "video If your name is Nigel you are twice as likely to vote Ukip.");
        assertEquals(List.of("The figure went up from 16 to 31 per cent, the poll found.",
                "If your name is Nigel you are twice as likely to vote Ukip."), sentences);
    }

    @Test
    void emptyAndWhitespaceTextHaveNoSentences() {
        assertTrue(sentences("").isEmpty());
        assertTrue(sentences(" \n\t\n ").isEmpty());
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = Fixtures.article("wire-story-dateline.txt");
        for (Sentence sentence : splitter.split(text)) {
            String slice = text.substring(sentence.start(), sentence.end());
            assertFalse(slice.isBlank());
            assertEquals(slice.strip(), slice);
        }
    }
}
