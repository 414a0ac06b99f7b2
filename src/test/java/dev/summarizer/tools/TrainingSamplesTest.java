package dev.summarizer.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import dev.summarizer.entities.Gazetteer;
import dev.summarizer.entities.NameContext;
import dev.summarizer.entities.WordClusters;
import opennlp.tools.namefind.NameSample;
import org.junit.jupiter.api.Test;

class TrainingSamplesTest {

    private static List<NerCorpus.TaggedSentence> document(int sentences) {
        List<NerCorpus.TaggedSentence> document = new ArrayList<>();
        for (int s = 0; s < sentences; s++) {
            document.add(new NerCorpus.TaggedSentence(new String[] {"Putin", "spoke", "."},
                    new String[] {"B-PER", "O", "O"}));
        }
        return document;
    }

    @Test
    void halfTheDocumentsClearTheAdaptiveDataBeforeEverySentence() {
        List<List<NerCorpus.TaggedSentence>> documents = new ArrayList<>();
        for (int d = 0; d < 100; d++) {
            documents.add(document(3));
        }
        List<NameSample> samples = TrainingSamples.samplesOf(documents,
                new NameContext(Gazetteer.NONE, WordClusters.NONE));

        assertEquals(300, samples.size());
        int apart = 0;
        for (int d = 0; d < 100; d++) {
            List<NameSample> sentences = samples.subList(3 * d, 3 * d + 3);
            assertEquals(true, sentences.get(0).isClearAdaptiveDataSet(), "a document starts afresh");
            boolean second = sentences.get(1).isClearAdaptiveDataSet();
            assertEquals(second, sentences.get(2).isClearAdaptiveDataSet(), "a document is read apart or whole");
            apart += second ? 1 : 0;
        }
        assertEquals(TrainingSamples.SENTENCE_DOCUMENTS * 100, apart, 2.0);
        assertArrayEquals(new String[] {"Putin", "spoke", "."}, samples.get(0).getSentence());
        assertEquals("person", samples.get(0).getNames()[0].getType());
    }
}
