package dev.summarizer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** Cases from the CNN/DailyMail and BBC News dev data. */
class GluedSentencesTest {

    private static List<String> split(String text) {
        return Arrays.stream(GluedSentences.split(text, new Span[] {new Span(0, text.length())}))
                .map(span -> span.getCoveredText(text).toString()).toList();
    }

    @Test
    void captionGluedToTheFirstSentenceIsCutOff() {
        assertEquals(List.of("Tom Ballard plans to climb K2, 20 years after his mother died descending from its peak",
                "A climber has set his sights on the summit of K2."),
                split("Tom Ballard plans to climb K2, 20 years after his mother died descending from its peak "
                        + "A climber has set his sights on the summit of K2."));
        assertEquals(List.of("Glenn Mason will pay back the whole £185,000 out of his RBS pension pot",
                "A respected NatWest bank manager was jailed."),
                split("Glenn Mason will pay back the whole £185,000 out of his RBS pension pot A respected NatWest "
                        + "bank manager was jailed."));
    }

    @Test
    void captionEndingInABracketIsCutOff() {
        assertEquals(List.of("A tourist said she was molested by a taxi driver (pictured posed by model)",
                "A taxi driver in India has been arrested."),
                split("A tourist said she was molested by a taxi driver (pictured posed by model) A taxi driver in "
                        + "India has been arrested."));
    }

    @Test
    void captionEndingInAClosingQuoteIsCutOff() {
        assertEquals(List.of(
                "Fighter ace: his story is to be told in a film dubbed \u2018The First Great Escape\u2019",
                "The story of how Douglas Bader recovered is remarkable."),
                split("Fighter ace: his story is to be told in a film dubbed \u2018The First Great Escape\u2019 "
                        + "The story of how Douglas Bader recovered is remarkable."));
    }

    @Test
    void missingSpaceAfterAFullStopIsACut() {
        assertEquals(List.of("Her son was locked in, a court has heard.",
                "Shocking allegations were revealed on Monday."),
                split("Her son was locked in, a court has heard.Shocking allegations were revealed on Monday."));
    }

    @Test
    void titlesAndNamesStayWhole() {
        for (String sentence : List.of("Spielberg attended the premiere of The Last Man in London on Sunday.",
                "Travolta told The Hollywood Reporter that he had not seen it.",
                "The sequel to the Ben Stiller comedy Meet The Parents stars Robert De Niro.",
                "Lemony Snicket's A Series of Unfortunate Events fell to third place.",
                "The group's single Do They Know It's Christmas? went straight in at number one.",
                "Britain's dominance of film was far from complete The end.")) {
            assertEquals(List.of(sentence), split(sentence));
        }
    }
}
