package dev.summarizer.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import dev.summarizer.entities.Entity;
import dev.summarizer.entities.EntityType;
import dev.summarizer.entities.Mention;
import dev.summarizer.summarize.LengthBudget;
import dev.summarizer.tools.StandalonePipeline;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Hostile text of every kind: the pipeline never throws, offsets are exact and output is deterministic. */
class AnalyzerPropertiesTest {

    private static Analyzer analyzer;

    @BeforeContainer
    static void loadModels() {
        analyzer = StandalonePipeline.create().analyzer();
    }

    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(400);
        Arbitrary<String> wordy = Arbitraries.strings()
                .withChars("abcdefghij KLMNOP.,!?;:'\"()-\n\t\u00e9\u0301\u05d0\u4e2d\ud83d\ude00\u0000\u200f")
                .ofMaxLength(600);
        Arbitrary<String> sentences = Arbitraries.of("North Korea ratified the pact.", "Putin signed it",
                "KCNA said so!", "\n\n", " ", "Mr. Kim met Dr. Choe in Moscow.", "\u0000", "\ud800", "\udfff",
                "<p>Hello</p>", "\u05e9\u05dc\u05d5\u05dd.", "\u5317\u4eac\u3002", "e\u0301\u0301",
                "\ud83d\udc4d\ud83c\udffd").list().ofMaxSize(40).map(parts -> String.join(" ", parts));
        return Arbitraries.oneOf(anyChars, wordy, sentences);
    }

    private static Analysis analyze(String text) {
        return analyzer.analyze(new AnalysisRequest(text, null, LengthBudget.sentences(3), false, 1000,
                EnumSet.allOf(EntityType.class), 10, null, 0));
    }

    @Property(tries = 300)
    void offsetsReproduceTheirTextAndOutputIsDeterministic(@ForAll("hostileText") String text) {
        Analysis first = analyze(text);
        for (Sentence sentence : first.sentences()) {
            assertTrue(sentence.start() < sentence.end());
            for (int t = 0; t < sentence.tokens().length; t++) {
                assertEquals(sentence.tokens()[t],
                        text.substring(sentence.tokenStarts()[t], sentence.tokenEnds()[t]));
            }
        }
        for (Entity entity : first.entities()) {
            for (Mention mention : entity.mentions()) {
                assertEquals(mention.text(), text.substring(mention.start(), mention.end()));
            }
        }
        Analysis second = analyze(text);
        assertEquals(first.summary(), second.summary());
        assertArrayEquals(first.scores(), second.scores());
        assertEquals(first.entities(), second.entities());
    }

    @Property(tries = 300)
    void thereIsASummaryWheneverTheTextHasALetter(@ForAll("hostileText") String text) {
        Analysis analysis = analyze(text);
        boolean hasLetterOrDigit = text.codePoints().anyMatch(Character::isLetterOrDigit);
        assertEquals(hasLetterOrDigit, !analysis.summary().isEmpty(), () -> "text: " + List.of(text));
        assertFalse(analysis.summary().size() > 3);
    }
}
