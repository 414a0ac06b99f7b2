package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import opennlp.tools.namefind.TokenNameFinderModel;

class WordClustersTest {

    private static final WordClusters CLUSTERS = WordClusters.parse("""
            # word k4 k16
            putin 1 7
            merkel 1 7
            said 2 3
            """.getBytes(StandardCharsets.UTF_8));

    private static List<String> features(WordClusters clusters, String sentence, int token) {
        return List.of(clusters.features(sentence.split(" "))[token]);
    }

    @Test
    void aCapitalisedTokenGetsItsClusterAtEachGranularity() {
        assertEquals(List.of("k4=1", "k16=7"), features(CLUSTERS, "MERKEL said", 0));
        assertEquals(List.of("k4=1", "k16=7"), features(CLUSTERS, "Putin said", 0));
    }

    @Test
    void lowerCaseTokensGetNoClusters() {
        // Only capitalised tokens: the name finder repeats each feature over 17 positions, so every one counts.
        assertEquals(List.of(), features(CLUSTERS, "merkel said", 0));
        assertEquals(List.of(), features(CLUSTERS, "Putin said", 1));
    }

    @Test
    void unknownWordsAndTablesWithoutWordsGiveNothing() {
        assertEquals(List.of(), features(CLUSTERS, "the Kremlin spokesman", 1));
        assertEquals(0, WordClusters.NONE.features(new String[] {"Putin"})[0].length);
        assertEquals(List.of("k4", "k16"), CLUSTERS.granularities());
        assertEquals(3, CLUSTERS.size());
    }

    @Test
    void theShippedModelCarriesItsListsAndClusters() throws Exception {
        // A model retrained without the table would still load and tag, only worse: guard against that here.
        TokenNameFinderModel model = new TokenNameFinderModel(Path.of("models/en-ner.bin"));
        NameContext context = NameContext.of(model);
        assertEquals(List.of("k64", "k256", "k1024"), context.clusters().granularities());
        assertEquals(100_000, context.clusters().size());
        assertEquals(15, context.gazetteer().lists().size());
        String[][] clusters = context.clusters().features(new String[] {"Putin", "met", "Merkel"});
        assertEquals(3, clusters[0].length);
        assertEquals(List.of(clusters[0]), List.of(clusters[2]), "Putin and Merkel share their clusters");
    }

    @Test
    void aMalformedTableIsRejectedWithItsLine() {
        assertThrows(IllegalArgumentException.class,
                () -> WordClusters.parse("putin 1 7\n".getBytes(StandardCharsets.UTF_8)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WordClusters.parse("# word k4 k16\nputin 1\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("word-cluster line needs 3 fields: putin 1", e.getMessage());
    }

    @Test
    void theNameContextPutsListFeaturesBeforeClusterFeatures() {
        TreeMap<String, List<String[]>> lists = new TreeMap<>();
        lists.put("person_name", List.<String[]>of(new String[] {"Putin"}));
        NameContext context = new NameContext(new Gazetteer(lists), CLUSTERS);
        assertEquals(List.of("gz=person_name:B", "k4=1", "k16=7"),
                List.of(context.features(new String[] {"Putin", "said"})[0]));
        assertEquals(List.of("k4=2", "k16=3"),
                List.of(context.features(new String[] {"Putin", "Said"})[1]));
        assertEquals(List.of(), List.of(context.features(new String[] {"Putin", "said", "today"})[2]));
    }
}
