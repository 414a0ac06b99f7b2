package dev.summarizer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.summarizer.Fixtures;
import org.junit.jupiter.api.Test;

class LineBlocksTest {

    private static List<String> blocks(String text) {
        return LineBlocks.of(text).stream().map(b -> text.substring(b[0], b[1]).strip())
                .filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void headingWithoutPunctuationIsItsOwnBlock() {
        assertEquals(List.of("Big News Today", "The company said it would grow."),
                blocks("Big News Today\nThe company said it would grow."));
    }

    @Test
    void nextLineCharacterEndsABlockAndTheScanGoesOn() {
        assertEquals(List.of("Big News Today", "The company said it would grow."),
                blocks("Big News Today\u0085The company said it would grow."));
    }

    @Test
    void hardWrappedLineStaysInOneBlock() {
        assertEquals(List.of("The council said the repairs\ncost less than planned."),
                blocks("The council said the repairs\ncost less than planned."));
    }

    @Test
    void blankLineAlwaysSeparates() {
        assertEquals(List.of("First part,", "second part."), blocks("First part,\n\nsecond part."));
    }

    @Test
    void windowsLineBreakIsOneBreak() {
        assertEquals(List.of("One, two\r\nthree."), blocks("One, two\r\nthree."));
    }

    @Test
    void fixtureSplitsIntoHeadingBylineAndParagraphs() {
        List<String> blocks = blocks(Fixtures.article("heading-and-wrapped-lines.txt"));
        assertEquals("Harbour Bridge Reopens After Repairs", blocks.get(0));
        assertEquals("By Staff Reporter", blocks.get(1));
        assertEquals(5, blocks.size());
    }
}
