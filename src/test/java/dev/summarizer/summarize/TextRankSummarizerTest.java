package dev.summarizer.summarize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextRankSummarizerTest {

    private static final TextRankSummarizer PLAIN =
            new TextRankSummarizer(new TextRankSummarizer.Parameters(0.85, 1e-8, 200, 50, Similarity.COSINE,
                    SentencePriors.none()));

    /** Lead prior in the walk only: teleport proportional to 1/(position+1). */
    private static final SentencePriors LEAD_TELEPORT = new SentencePriors(1.0, 1, 0, 1, 0, 0, 0.25, 0.4);

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
        double[] scores = summarizer(Similarity.COSINE, LEAD_TELEPORT).rank(doc("alpha", "beta", "gamma"));
        assertTrue(scores[0] > scores[1] && scores[1] > scores[2]);
    }

    @Test
    void priorsFadeOutForExtractsCoveringMuchOfTheDocument() {
        TextRankSummarizer biased = summarizer(Similarity.COSINE, LEAD_TELEPORT);
        List<List<String>> document = doc("alpha", "beta", "gamma");
        double[] scores = biased.rank(document, List.of(), 0.5);
        assertEquals(scores[0], scores[2], 1e-12);
        assertArrayEquals(PLAIN.rank(document), scores, 1e-12);
        double[] halfway = biased.rank(document, List.of(), 0.325);
        assertTrue(halfway[0] > halfway[2] && halfway[0] < biased.rank(document)[0]);
    }

    @Test
    void directedEdgesFavourTheEarlierOfTwoEquivalentSentences() {
        SentencePriors backwardOnly = new SentencePriors(0, 0, 0, 1, 0, 0, 0.25, 0.4);
        double[] scores = summarizer(Similarity.COSINE, backwardOnly).rank(doc("treaty korea", "weather sunny",
                "treaty korea", "beach sand"));
        assertTrue(scores[0] > scores[2]);
        double[] undirected = PLAIN.rank(doc("treaty korea", "weather sunny", "treaty korea", "beach sand"));
        assertEquals(undirected[0], undirected[2], 1e-12);
    }

    @Test
    void compactnessFactorPrefersTheShorterOfTwoEquallyCentralSentences() {
        SentencePriors compact = new SentencePriors(0, 1, 0, 2, 2.0, 0, 0.25, 0.4);
        double[] scores = summarizer(Similarity.COSINE, compact).rank(doc("treaty korea russia troops",
                "treaty korea", "treaty russia", "korea troops"));
        assertTrue(scores[1] > scores[0]);
    }

    @Test
    void titlePriorFavoursSentencesThatRepeatTheTitle() {
        SentencePriors title = new SentencePriors(0, 1, 0, 1, 0, 0.5, 0.25, 0.4);
        double[] scores = summarizer(Similarity.COSINE, title).rank(doc("alpha", "beta bridge", "gamma"),
                List.of("bridge", "reopens"), 0.1);
        assertTrue(scores[1] > scores[0] && scores[1] > scores[2]);
        double[] withoutTitle = summarizer(Similarity.COSINE, title).rank(doc("alpha", "beta bridge", "gamma"));
        assertEquals(withoutTitle[0], withoutTitle[1], 1e-12);
    }

    @Test
    void overlapSimilarityFavoursSentencesSharingMoreTerms() {
        double[] scores = summarizer(Similarity.OVERLAP, SentencePriors.none()).rank(doc(
                "treaty korea russia troops ratify", "treaty korea", "russia troops", "weather sunny"));
        assertTrue(scores[0] > scores[1] && scores[0] > scores[2] && scores[2] > scores[3]);
    }

    @Test
    void formPriorLowersQuestionsQuotationsAndShortHooksAtFullStrengthOnly() {
        SentencePriors form = new SentencePriors(0, 1, 0, 1, 0, 0, 0.25, 0.4, 0.2, 0.5, 8, 0.5);
        List<List<String>> document = doc("treaty korea", "treaty korea", "treaty korea", "treaty korea");
        List<SentenceForm> forms = List.of(new SentenceForm(true, false, 10), new SentenceForm(false, true, 10),
                new SentenceForm(false, false, 4), new SentenceForm(false, false, 10));
        double[] scores = summarizer(Similarity.COSINE, form).rank(document, List.of(), 0.1, forms);
        assertEquals(0.2, scores[0] / scores[3], 1e-9);
        assertEquals(0.5, scores[1] / scores[3], 1e-9);
        assertEquals(0.5, scores[2] / scores[3], 1e-9);
        double[] faded = summarizer(Similarity.COSINE, form).rank(document, List.of(), 0.5, forms);
        assertEquals(faded[0], faded[3], 1e-12);
    }

    @Test
    void sentenceFormReadsTheSurface() {
        assertEquals(new SentenceForm(true, false, 4), SentenceForm.of("But will he face death?", 4));
        assertEquals(new SentenceForm(true, true, 3), SentenceForm.of("\u201CWhere are you?\u201D", 3));
        assertEquals(new SentenceForm(false, true, 6), SentenceForm.of("'We came here for vacation,' he said.", 6));
        assertEquals(new SentenceForm(false, false, 3), SentenceForm.of("Guilty across the board.", 3));
    }

    @Test
    void bm25SimilarityRanksLikeTheOtherMeasuresOnAClearCase() {
        double[] scores = summarizer(Similarity.BM25, SentencePriors.none()).rank(doc(
                "treaty korea russia troops ratify", "treaty korea", "russia troops", "weather sunny"));
        assertEquals(1.0, Arrays.stream(scores).sum(), 1e-9);
        assertTrue(scores[0] > scores[1] && scores[0] > scores[2] && scores[2] > scores[3]);
    }

    private static TextRankSummarizer summarizer(Similarity similarity, SentencePriors priors) {
        return new TextRankSummarizer(new TextRankSummarizer.Parameters(0.85, 1e-8, 200, 50, similarity, priors));
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
