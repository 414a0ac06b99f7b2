package dev.summarizer.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.summarizer.entities.EntityType;
import dev.summarizer.entities.Mention;
import org.junit.jupiter.api.Test;

class GoldTextTest {

    private static NerCorpus.TaggedSentence sentence(String tokens) {
        String[] words = tokens.split(" ");
        return new NerCorpus.TaggedSentence(words, new String[words.length]);
    }

    @Test
    void goldTokensBecomeRunningText() {
        GoldText text = GoldText.of(List.of(sentence("SOCCER - JAPAN WIN"),
                sentence("Putin 's `` wise '' leadership ( he said ) ."), sentence("It ended .")));
        assertEquals("SOCCER - JAPAN WIN\n\nPutin's \"wise\" leadership (he said). It ended.", text.text);
    }

    @Test
    void joinedAsLinesEveryTokenIsSpacedAndEverySentenceALine() {
        GoldText text = GoldText.of(List.of(sentence("SOCCER - JAPAN WIN"),
                sentence("Putin 's `` wise '' leadership ( he said ) ."), sentence("It ended .")),
                GoldText.Join.LINES);
        assertEquals("SOCCER - JAPAN WIN\nPutin 's \" wise \" leadership ( he said ) .\nIt ended .", text.text);
        assertArrayEquals(new int[] {19, 24}, text.spans.get(1)[0]);
    }

    @Test
    void joinedBySpacesTheDocumentIsOneLine() {
        GoldText text = GoldText.of(List.of(sentence("SOCCER - JAPAN WIN"), sentence("It ended .")),
                GoldText.Join.SPACES);
        assertEquals("SOCCER - JAPAN WIN It ended .", text.text);
        assertArrayEquals(new int[] {19, 21}, text.spans.get(1)[0]);
    }

    @Test
    void foundCharacterSpansAreMappedBackToGoldTokens() {
        GoldText text = GoldText.of(List.of(sentence("Troops of North Korea 's army")));
        int start = text.text.indexOf("North");
        List<Mention> found = List.of(new Mention("North Korea", start, start + 11, 0, EntityType.LOCATION));
        assertArrayEquals(new String[] {"O", "O", "B-LOC", "I-LOC", "O", "O"}, text.tags(0, found));
    }
}
