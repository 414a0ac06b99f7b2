package dev.summarizer.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import opennlp.tools.namefind.TokenNameFinderModel;

class SelfTrainingTest {

    @Test
    void aSentenceIsExplainedWhenEveryCapitalisedWordIsInANameOrAFunctionWord() {
        String[] tokens = "He was born in Basel and The Times said so .".split(" ");
        assertTrue(SelfTraining.isExplained(tokens, "O O O O B-LOC O B-ORG I-ORG O O O".split(" ")));
        assertFalse(SelfTraining.isExplained(tokens, "O O O O B-LOC O O O O O O".split(" ")));
        assertTrue(SelfTraining.isExplained("However , it rained .".split(" "), "O O O O O".split(" ")));
        assertTrue(SelfTraining.isExplained(new String[] {"It", "", "rained"}, new String[] {"O", "O", "O"}));
    }

    /**
     * WikiANN's silver tags are ignored, short units, units without a full stop and quotations left out, and the
     * rules' types kept ("formed in Liverpool" is the city).
     */
    @Test
    void sentencesAreTaggedByTheServicesNameFinding(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("wikiann");
        Files.writeString(file, String.join("\n",
                sentenceLines("The band was formed in Liverpool in 1960 .", "B-ORG"), "",
                sentenceLines("Liverpool , England", "B-ORG"), "",
                sentenceLines("The band was formed in Liverpool in 1960", "B-ORG"), "",
                sentenceLines("He said `` Liverpool is fine '' .", "O"), ""), StandardCharsets.UTF_8);
        TokenNameFinderModel model = new TokenNameFinderModel(Path.of("models/en-ner.bin"));
        List<List<NerCorpus.TaggedSentence>> tagged = new SelfTraining().tagged(List.of(file), model);
        assertEquals(1, tagged.size(), "one sentence a document, full sentences without quotations only");
        assertEquals(2, new SelfTraining().tagged(List.of(file, file), model).size(), "every file is read");
        assertEquals(List.of("O", "O", "O", "O", "O", "B-LOC", "O", "O", "O"),
                List.of(tagged.get(0).get(0).tags()));
    }

    /** The sentence in WikiANN's layout, every token tagged {@code tag}. */
    private static String sentenceLines(String sentence, String tag) {
        StringBuilder lines = new StringBuilder();
        for (String token : sentence.split(" ")) {
            lines.append("en:").append(token).append('\t').append(tag).append('\n');
        }
        return lines.toString().stripTrailing();
    }
}
