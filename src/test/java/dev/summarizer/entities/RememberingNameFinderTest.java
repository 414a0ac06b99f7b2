package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

class RememberingNameFinderTest {

    private static final String[] FIRST = "Zermatt lies to the north .".split(" ");
    private static final String[] SECOND = "They were guided by Johann Perren of Zermatt .".split(" ");
    private static TokenNameFinderModel model;
    private static NameContext context;

    @BeforeAll
    static void loadModel() throws Exception {
        model = new TokenNameFinderModel(Path.of("models/en-ner.bin"));
        context = NameContext.of(model);
    }

    /** The model's type of "Zermatt" in the second sentence, after the first, remembered as {@code settled}. */
    private static List<String> secondSentence(List<Span> settled) {
        RememberingNameFinder finder = new RememberingNameFinder(model);
        finder.find(FIRST, context.features(FIRST));
        if (settled != null) {
            finder.remember(FIRST, settled);
        }
        return Arrays.stream(finder.find(SECOND, context.features(SECOND)))
                .map(span -> String.join(" ", Arrays.copyOfRange(SECOND, span.getStart(), span.getEnd())) + "/"
                        + span.getType())
                .toList();
    }

    /** The model first reads "Zermatt" as a person; remembering the place a rule made of it changes what follows. */
    @Test
    void whatTheRulesSettledIsWhatTheFinderRemembers() {
        assertEquals(List.of("Johann Perren/person", "Zermatt/person"), secondSentence(null));
        assertEquals(List.of("Johann Perren/person", "Zermatt/location"),
                secondSentence(List.of(new Span(0, 1, EntityType.LOCATION.name()))));
    }
}
