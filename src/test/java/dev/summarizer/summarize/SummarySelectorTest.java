package dev.summarizer.summarize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SummarySelectorTest {

    /** Five sentences; scores make the rank order 2, 0, 4, 1, 3. Words 10, 5, 20, 8, 4; characters 10x words. */
    private static final List<SummarySelector.Candidate> FIVE = List.of(
            new SummarySelector.Candidate(0, 0.25, 10, 100, true),
            new SummarySelector.Candidate(1, 0.15, 5, 50, true),
            new SummarySelector.Candidate(2, 0.30, 20, 200, true),
            new SummarySelector.Candidate(3, 0.10, 8, 80, true),
            new SummarySelector.Candidate(4, 0.20, 4, 40, true));

    @Test
    void sentenceBudgetTakesTheBestInRankOrder() {
        SummarySelector.Selection selection = SummarySelector.select(FIVE, LengthBudget.sentences(2));
        assertArrayEquals(new int[] {2, 0}, selection.chosenByRank());
        assertArrayEquals(new int[] {2, 4, 1, 5, 3}, selection.rankOfSentence());
    }

    @Test
    void moreSentencesThanTheTextHasReturnsThemAll() {
        assertArrayEquals(new int[] {2, 0, 4, 1, 3},
                SummarySelector.select(FIVE, LengthBudget.sentences(50)).chosenByRank());
    }

    @Test
    void ratioRoundsAndTakesAtLeastOne() {
        assertArrayEquals(new int[] {2, 0}, SummarySelector.select(FIVE,
                new LengthBudget(LengthBudget.Unit.RATIO, 0.4)).chosenByRank());
        assertArrayEquals(new int[] {2}, SummarySelector.select(FIVE,
                new LengthBudget(LengthBudget.Unit.RATIO, 0.01)).chosenByRank());
    }

    @Test
    void wordBudgetSkipsSentencesThatDoNotFit() {
        // 2 (20 words) does not fit in 15; 0 (10) does, 4 (4) does, 1 (5) would make 19.
        assertArrayEquals(new int[] {0, 4}, SummarySelector.select(FIVE,
                new LengthBudget(LengthBudget.Unit.WORDS, 15)).chosenByRank());
    }

    @Test
    void characterBudgetCountsTheJoiningSpaces() {
        // 200 + 1 + 40 = 241 fits in 241; nothing else does.
        assertArrayEquals(new int[] {2, 4}, SummarySelector.select(FIVE,
                new LengthBudget(LengthBudget.Unit.CHARACTERS, 241)).chosenByRank());
        assertArrayEquals(new int[] {2}, SummarySelector.select(FIVE,
                new LengthBudget(LengthBudget.Unit.CHARACTERS, 240)).chosenByRank());
    }

    @Test
    void budgetBelowEverySentenceStillGivesTheBestOne() {
        SummarySelector.Selection selection = SummarySelector.select(FIVE,
                new LengthBudget(LengthBudget.Unit.WORDS, 3));
        assertArrayEquals(new int[] {2}, selection.chosenByRank());
        assertTrue(selection.overBudget());
    }

    @Test
    void tiesAreBrokenByPosition() {
        List<SummarySelector.Candidate> tied = List.of(
                new SummarySelector.Candidate(0, 0.2, 3, 30, true),
                new SummarySelector.Candidate(1, 0.4, 3, 30, true),
                new SummarySelector.Candidate(2, 0.4, 3, 30, true));
        assertArrayEquals(new int[] {1, 2}, SummarySelector.select(tied, LengthBudget.sentences(2)).chosenByRank());
    }

    @Test
    void sentencesWithoutWordsAreNeverChosen() {
        List<SummarySelector.Candidate> withRule = List.of(
                new SummarySelector.Candidate(0, 0.6, 0, 3, false),
                new SummarySelector.Candidate(1, 0.4, 3, 30, true));
        SummarySelector.Selection selection = SummarySelector.select(withRule, LengthBudget.sentences(1));
        assertArrayEquals(new int[] {1}, selection.chosenByRank());
        assertFalse(selection.overBudget());
    }

    @Test
    void noEligibleSentenceGivesAnEmptySelection() {
        assertArrayEquals(new int[0], SummarySelector.select(
                List.of(new SummarySelector.Candidate(0, 1.0, 0, 3, false)), LengthBudget.sentences(3))
                .chosenByRank());
    }

    /** Sentences 0 and 1 are near-duplicates and rank first and second; 2 is new but ranks third. */
    private static final List<SummarySelector.Candidate> DUPLICATES = List.of(
            new SummarySelector.Candidate(0, 0.40, 6, 60, true),
            new SummarySelector.Candidate(1, 0.35, 6, 60, true),
            new SummarySelector.Candidate(2, 0.25, 6, 60, true));

    private static final TermSetCosine DUPLICATE_TERMS = TermSetCosine.of(List.of(
            List.of("council", "approv", "budget", "librari"),
            List.of("council", "approv", "librari", "budget", "monday"),
            List.of("mobil", "librari", "villag")));

    @Test
    void withoutDiversityNearDuplicatesAreBothChosen() {
        assertArrayEquals(new int[] {0, 1}, SummarySelector.select(DUPLICATES, LengthBudget.sentences(2), 0,
                DUPLICATE_TERMS).chosenByRank());
    }

    @Test
    void aRepeatOfAChosenSentenceIsSkippedEvenWithoutDiversity() {
        TermSetCosine repeated = TermSetCosine.of(List.of(
                List.of("name", "nigel", "twice", "vote", "ukip", "research", "yougov"),
                List.of("name", "nigel", "twice", "vote", "ukip", "research"),
                List.of("figur", "rose", "cent", "poll")));
        assertArrayEquals(new int[] {0, 2}, SummarySelector.select(DUPLICATES, LengthBudget.sentences(2), 0,
                repeated, 0.9).chosenByRank(), "cosine 0.93: a repeat");
        assertArrayEquals(new int[] {0, 2}, SummarySelector.select(DUPLICATES, new LengthBudget(LengthBudget.Unit.WORDS, 12), 0,
                repeated, 0.9).chosenByRank(), "word budgets skip it too");
        assertArrayEquals(new int[] {0, 1}, SummarySelector.select(DUPLICATES, LengthBudget.sentences(2), 0,
                DUPLICATE_TERMS, 0.9).chosenByRank(), "cosine 0.89 is below the threshold: not a repeat");
    }

    @Test
    void diversityLeavesOutTheNearDuplicate() {
        SummarySelector.Selection selection = SummarySelector.select(DUPLICATES, LengthBudget.sentences(2), 0.5,
                DUPLICATE_TERMS);
        assertArrayEquals(new int[] {0, 2}, selection.chosenByRank());
        assertArrayEquals(new int[] {1, 2, 3}, selection.rankOfSentence(), "reported ranks stay TextRank ranks");
    }

    @Test
    void diversityRespectsWordBudgets() {
        List<SummarySelector.Candidate> sized = List.of(
                new SummarySelector.Candidate(0, 0.40, 6, 60, true),
                new SummarySelector.Candidate(1, 0.35, 6, 60, true),
                new SummarySelector.Candidate(2, 0.25, 20, 200, true));
        // 2 is new but does not fit in 12 words; the near-duplicate is all that is left.
        assertArrayEquals(new int[] {0, 1}, SummarySelector.select(sized,
                new LengthBudget(LengthBudget.Unit.WORDS, 12), 0.5, DUPLICATE_TERMS).chosenByRank());
    }

    @Test
    void diversityOutsideZeroToOneIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> SummarySelector.select(DUPLICATES, LengthBudget.sentences(2), 1.5, DUPLICATE_TERMS));
        assertThrows(IllegalArgumentException.class,
                () -> SummarySelector.select(DUPLICATES, LengthBudget.sentences(2), -0.1, DUPLICATE_TERMS));
    }

    @Test
    void termSetCosineIsOneForSameTermsAndZeroForNone() {
        TermSetCosine cosine = TermSetCosine.of(List.of(List.of("a", "b"), List.of("b", "a", "a"), List.of("c"),
                List.of()));
        assertEquals(1.0, cosine.between(0, 1), 1e-12);
        assertEquals(0.0, cosine.between(0, 2), 1e-12);
        assertEquals(0.0, cosine.between(0, 3), 1e-12);
    }
}
