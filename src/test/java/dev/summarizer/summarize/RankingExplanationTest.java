package dev.summarizer.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class RankingExplanationTest {

    private static List<List<String>> doc(String... sentences) {
        return Arrays.stream(sentences).map(s -> List.of(s.split(" "))).toList();
    }

    private static TextRankSummarizer summarizer(double damping, SentencePriors priors) {
        return new TextRankSummarizer(new TextRankSummarizer.Parameters(damping, 1e-10, 500, 50,
                Similarity.OVERLAP, priors));
    }

    private static final List<List<String>> NEWS = doc(
            "korea ratify treaty russia",
            "treaty troops ukraine",
            "weather sunny beach",
            "russia troops korea alliance",
            "korea russia summit treaty");

    @Test
    void partsAddUpToTheScoreForEverySentence() {
        SentencePriors priors = new SentencePriors(0.5, 0, 1, 3, 2, 0.2, 0.25, 0.4);
        Ranking ranking = summarizer(0.85, priors).ranking(NEWS, List.of("summit"), 0.1, null);
        for (int i = 0; i < NEWS.size(); i++) {
            ScoreExplanation why = ranking.explain(i, 5, 3);
            assertEquals(ranking.scores()[i], why.centrality() + why.leadPrior() + why.titlePrior(), 1e-12);
            assertTrue(why.centrality() > 0 && why.leadPrior() > 0, "uniform and lead restarts reach every sentence");
        }
        assertTrue(ranking.explain(4, 5, 3).titlePrior() > 0, "the sentence repeating the title owes it a part");
        assertEquals(0, ranking.explain(2, 5, 3).titlePrior(), 1e-9,
                "no title term, no edge to a title sentence: nothing from the title prior");
    }

    @Test
    void withoutPriorsTheWholeScoreIsCentrality() {
        Ranking ranking = summarizer(0.85, SentencePriors.none()).ranking(NEWS, List.of(), 0.1, null);
        ScoreExplanation why = ranking.explain(0, 5, 3);
        assertEquals(ranking.scores()[0], why.centrality(), 1e-12);
        assertEquals(0, why.leadPrior());
        assertEquals(1, why.positionFactor());
        assertEquals(1, why.lengthFactor());
    }

    @Test
    void withoutTheGraphThePartsAreTheTeleportParts() {
        // Why: with damping 0 the walk is its teleport vector, so the split is known in closed form:
        // uniform 0.5/5 and lead 0.5/(i+1)/H5 for sentence i.
        SentencePriors priors = new SentencePriors(0.5, 1, 0, 50, 0, 0, 0.25, 0.4);
        Ranking ranking = summarizer(0, priors).ranking(NEWS, List.of(), 0.1, null);
        double harmonic = 1 + 1 / 2.0 + 1 / 3.0 + 1 / 4.0 + 1 / 5.0;
        for (int i = 0; i < NEWS.size(); i++) {
            ScoreExplanation why = ranking.explain(i, 5, 3);
            double uniform = 0.5 / 5;
            double lead = 0.5 / (i + 1) / harmonic;
            assertEquals(uniform, why.centrality(), 1e-12);
            assertEquals(lead, why.leadPrior(), 1e-12);
        }
    }

    @Test
    void factorsAreThoseOfThePriors() {
        SentencePriors priors = new SentencePriors(0.5, 0, 1, 3, 2, 0, 0.25, 0.4);
        ScoreExplanation why = summarizer(0.85, priors).ranking(NEWS, List.of(), 0.1, null).explain(3, 5, 3);
        assertEquals(0.25, why.positionFactor(), 1e-12, "(3+1)^-1");
        assertEquals(Math.exp(-2.0 * (4 - 3) / 3), why.lengthFactor(), 1e-12, "4 terms, target 3");
    }

    @Test
    void theFormFactorIsReportedAndInsideTheParts() {
        SentencePriors priors = new SentencePriors(0.5, 0, 1, 3, 2, 0, 0.25, 0.4, 0.2, 0.5, 8, 0.5);
        List<SentenceForm> forms = List.of(new SentenceForm(false, false, 12), new SentenceForm(true, false, 12),
                new SentenceForm(false, true, 12), new SentenceForm(false, false, 3),
                new SentenceForm(false, false, 12));
        Ranking ranking = summarizer(0.85, priors).ranking(NEWS, List.of(), 0.1, forms);
        assertEquals(1, ranking.explain(0, 5, 3).formFactor(), 1e-12);
        assertEquals(0.2, ranking.explain(1, 5, 3).formFactor(), 1e-12, "a question");
        assertEquals(0.5, ranking.explain(2, 5, 3).formFactor(), 1e-12, "opens with a quotation");
        assertEquals(0.5, ranking.explain(3, 5, 3).formFactor(), 1e-12, "fewer than 8 words");
        for (int i = 0; i < NEWS.size(); i++) {
            ScoreExplanation why = ranking.explain(i, 5, 3);
            assertEquals(ranking.scores()[i], why.centrality() + why.leadPrior() + why.titlePrior(), 1e-12);
        }
    }

    @Test
    void termsAndEndorsersAreTheSharedWordsAndTheirSentences() {
        List<List<String>> text = doc(
                "treaty korea",
                "treaty signed",
                "weather sunny",
                "korea troops");
        ScoreExplanation why = summarizer(0.85, SentencePriors.none()).ranking(text, List.of(), 1, null)
                .explain(0, 5, 3);
        assertEquals(List.of(1, 3), why.endorsedBy().stream().map(ScoreExplanation.Endorsement::sentence).sorted()
                .toList(), "only sentences sharing a word endorse it; the weather sentence does not");
        assertEquals(List.of("korea", "treaty"), why.terms().stream().map(ScoreExplanation.TermShare::term).sorted()
                .toList());
        assertEquals(1.0, why.terms().stream().mapToDouble(ScoreExplanation.TermShare::share).sum(), 1e-9);
        assertEquals(1.0, why.endorsedBy().stream().mapToDouble(ScoreExplanation.Endorsement::share).sum(), 1e-9);
        assertTrue(summarizer(0.85, SentencePriors.none()).ranking(text, List.of(), 1, null).explain(2, 5, 3)
                .terms().isEmpty(), "an unconnected sentence has no shared terms");
    }

    @Test
    void sharedTermsSplitAnEdgeAsItsSimilarityAddsItUp() {
        List<List<String>> text = doc("treaty korea", "treaty korea", "korea troops", "korea weather", "beach sand");
        java.util.Map<String, Double> overlap = SimilarityGraph.build(text, 50, Similarity.OVERLAP).sharedTerms(1, 0);
        assertEquals(0.5, overlap.get("treaty"), 1e-12, "overlap counts every shared term once");
        java.util.Map<String, Double> bm25 = SimilarityGraph.build(text, 50, Similarity.BM25).sharedTerms(1, 0);
        assertEquals(1.0, bm25.get("treaty") + bm25.get("korea"), 1e-12);
        assertTrue(bm25.get("treaty") > bm25.get("korea"), "BM25 weighs the rarer term more: " + bm25);
    }

    @Test
    void aOneSentenceTextIsAllItsOwn() {
        ScoreExplanation why = summarizer(0.85, SentencePriors.none()).ranking(doc("only sentence"), List.of(), 1, null)
                .explain(0, 5, 3);
        assertEquals(1.0, why.centrality());
        assertTrue(why.terms().isEmpty() && why.endorsedBy().isEmpty());
    }
}
