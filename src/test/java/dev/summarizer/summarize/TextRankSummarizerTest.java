package dev.summarizer.summarize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextRankSummarizerTest {

    private static final TextRankSummarizer PLAIN =
            new TextRankSummarizer(new TextRankSummarizer.Parameters(0.85, 1e-8, 200, 50, 0.0));

    private static List<List<String>> doc(String... sentences) {
        return Arrays.stream(sentences).map(s -> List.of(s.split(" "))).toList();
    }

    @Test
    void emptyDocumentHasNoScores() {
        assertEquals(0, PLAIN.rank(List.of()).length);
    }

    @Test
    void oneSentenceGetsAllTheScore() {
        assertArrayEquals(new double[] {1.0}, PLAIN.rank(doc("only sentence")));
    }

    @Test
    void scoresArePositiveAndSumToOne() {
        double[] scores = PLAIN.rank(doc("treaty russia korea", "treaty ratify", "weather sunny", "korea troops"));
        assertEquals(1.0, Arrays.stream(scores).sum(), 1e-9);
        assertTrue(Arrays.stream(scores).allMatch(s -> s > 0));
    }

    @Test
    void sentenceSharingMostWithOthersRanksFirst() {
        double[] scores = PLAIN.rank(doc(
                "weather sunny beach",
                "treaty korea russia troops",
                "treaty korea ratify",
                "russia troops ukraine",
                "korea russia alliance"));
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        assertEquals(1, best);
        assertTrue(scores[0] < scores[2], "an unconnected sentence ranks below connected ones");
    }

    @Test
    void identicalSentencesTie() {
        double[] scores = PLAIN.rank(doc("apple pear", "apple pear", "apple pear"));
        assertEquals(scores[0], scores[1], 1e-12);
        assertEquals(scores[1], scores[2], 1e-12);
    }

    @Test
    void positionBiasFavoursEarlySentencesWhenTheGraphIsFlat() {
        TextRankSummarizer biased =
                new TextRankSummarizer(new TextRankSummarizer.Parameters(0.85, 1e-8, 200, 50, 1.0));
        double[] scores = biased.rank(doc("alpha", "beta", "gamma"));
        assertTrue(scores[0] > scores[1] && scores[1] > scores[2]);
    }

    @Test
    void neighbourCapKeepsLongInputsSparseAndRankable() {
        String[] sentences = new String[3000];
        for (int i = 0; i < sentences.length; i++) {
            sentences[i] = "common" + (i % 7) + " word" + (i % 13) + " term" + (i % 29);
        }
        double[] scores = PLAIN.rank(doc(sentences));
        assertEquals(3000, scores.length);
        assertEquals(1.0, Arrays.stream(scores).sum(), 1e-6);
    }

    @Test
    void rankingIsDeterministic() {
        List<List<String>> document = doc("a b c", "b c d", "c d e", "e f a", "a c e");
        assertArrayEquals(PLAIN.rank(document), PLAIN.rank(document));
    }
}
