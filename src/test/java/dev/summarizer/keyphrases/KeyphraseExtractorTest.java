package dev.summarizer.keyphrases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class KeyphraseExtractorTest {

    private static final KeyphraseExtractor.Parameters PARAMETERS =
            new KeyphraseExtractor.Parameters(2, 0.85, 30, 2, 4);

    /** Sentences as "word/TAG word/TAG ...". */
    private static List<Keyphrase> extract(int max, String... taggedSentences) {
        return extractWith(PARAMETERS, max, taggedSentences);
    }

    /** As extract, but with every candidate word among the top words. */
    private static List<Keyphrase> extractAllTop(int max, String... taggedSentences) {
        return extractWith(new KeyphraseExtractor.Parameters(2, 0.85, 30, 100, 4), max, taggedSentences);
    }

    private static List<Keyphrase> extractWith(KeyphraseExtractor.Parameters parameters, int max,
            String... taggedSentences) {
        List<String[]> tokens = new ArrayList<>();
        List<String[]> tags = new ArrayList<>();
        for (String sentence : taggedSentences) {
            String[] pairs = sentence.split(" ");
            tokens.add(Arrays.stream(pairs).map(p -> p.substring(0, p.lastIndexOf('/'))).toArray(String[]::new));
            tags.add(Arrays.stream(pairs).map(p -> p.substring(p.lastIndexOf('/') + 1)).toArray(String[]::new));
        }
        return new KeyphraseExtractor(parameters).extract(tokens, tags, Set.of("the", "a"), max);
    }

    private static List<String> texts(List<Keyphrase> phrases) {
        return phrases.stream().map(Keyphrase::text).toList();
    }

    @Test
    void adjacentTopWordsBecomeOnePhrase() {
        List<Keyphrase> phrases = extract(5,
                "the/DET defense/NOUN agreement/NOUN was/AUX ratified/VERB",
                "the/DET defense/NOUN agreement/NOUN takes/VERB effect/NOUN",
                "a/DET defense/NOUN agreement/NOUN binds/VERB both/DET states/NOUN");
        assertEquals("defense agreement", phrases.get(0).text());
        assertEquals(3, phrases.get(0).count());
    }

    @Test
    void verbsAndDeterminersAreNeverPhraseWords() {
        List<String> phrases = texts(extract(10, "the/DET troops/NOUN were/AUX sent/VERB quickly/ADV"));
        assertTrue(phrases.stream().noneMatch(p -> p.contains("sent") || p.contains("the") || p.contains("quickly")),
                phrases.toString());
    }

    @Test
    void inflectionsAreOnePhrase() {
        List<Keyphrase> phrases = extract(10,
                "new/ADJ treaty/NOUN signed/VERB", "new/ADJ treaties/NOUN signed/VERB", "new/ADJ treaty/NOUN");
        assertEquals(1, phrases.stream().filter(p -> p.text().endsWith("treaty") || p.text().endsWith("treaties"))
                .count());
        assertEquals("new treaty", phrases.get(0).text(), "the most frequent form");
    }

    @Test
    void phraseInsideALongerOneIsFoldedIntoIt() {
        // Why: in so short a text a third of the words is two; mark them all to see the folding.
        List<String> phrases = texts(extractAllTop(10,
                "Seoul/PROPN Four/PROPN Seasons/PROPN hotel/NOUN opened/VERB",
                "the/DET Four/PROPN Seasons/PROPN welcomed/VERB guests/NOUN",
                "Seoul/PROPN Four/PROPN Seasons/PROPN hotel/NOUN closed/VERB"));
        assertTrue(phrases.contains("Seoul Four Seasons hotel"), phrases.toString());
        assertFalse(phrases.contains("Four Seasons"), phrases.toString());
    }

    @Test
    void aPhraseEndingInsideANameTakesTheWholeName() {
        List<String> phrases = texts(extract(10,
                "Foreign/PROPN Minister/PROPN Choe/PROPN Son/PROPN Hui/PROPN met/VERB envoys/NOUN",
                "Choe/PROPN Son/PROPN said/VERB the/DET treaty/NOUN holds/VERB",
                "Choe/PROPN Son/PROPN praised/VERB treaty/NOUN talks/NOUN",
                "Choe/PROPN Son/PROPN signed/VERB"));
        assertTrue(phrases.stream().anyMatch(p -> p.endsWith("Choe Son Hui")), phrases.toString());
        assertFalse(phrases.contains("Choe Son"), "no name cut short: " + phrases);
        List<String> common = texts(extract(10,
                "treaty/NOUN talks/NOUN resumed/VERB", "treaty/NOUN talks/NOUN Monday/PROPN stalled/VERB",
                "treaty/NOUN talks/NOUN end/VERB"));
        assertTrue(common.contains("treaty talks"), "common nouns are not extended into a name: " + common);
    }

    @Test
    void noCandidatesOrMaxZeroGiveNothing() {
        assertEquals(List.of(), extract(5, "it/PRON was/AUX there/ADV"));
        assertEquals(List.of(), extract(0, "defense/NOUN agreement/NOUN"));
        assertEquals(List.of(), extract(5));
    }

    @Test
    void maxLimitsTheList() {
        assertEquals(1, extract(1, "red/ADJ apple/NOUN and/CCONJ green/ADJ pear/NOUN with/ADP ripe/ADJ plum/NOUN")
                .size());
    }
}
