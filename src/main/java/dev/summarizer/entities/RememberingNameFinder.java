package dev.summarizer.entities;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * An OpenNLP name finder that remembers, for its previous-map feature, the names as the rules settled them rather
 * than as the model first read them. Why: that feature gives a word the outcome of its earlier occurrence in the
 * document, and in training that outcome was the gold one; remembering the model's first reading instead carries
 * a mistake that a rule mended onward ("south of Zermatt" read as a person, made a place by a rule, came back as a
 * person in "guided by Johann Perren of Zermatt"). Not thread-safe, as its parent.
 */
final class RememberingNameFinder extends NameFinderME {

    /** The model's name for each of our types ("person" for {@link EntityType#PERSON}). */
    private final Map<EntityType, String> modelTypes = new EnumMap<>(EntityType.class);

    RememberingNameFinder(TokenNameFinderModel model) {
        super(model);
        for (String outcome : model.getNameFinderSequenceModel().getOutcomes()) {
            if (outcome.endsWith("-" + START)) {
                String modelType = outcome.substring(0, outcome.length() - START.length() - 1);
                EntityType.fromModelType(modelType).ifPresent(type -> modelTypes.putIfAbsent(type, modelType));
            }
        }
    }

    /**
     * Replaces what the finder remembers of the sentence's words with the {@code names} the rules settled (types as
     * {@link EntityType#name()}); words outside them are remembered as no name.
     */
    void remember(String[] tokens, List<Span> names) {
        String[] outcomes = new String[tokens.length];
        Arrays.fill(outcomes, OTHER);
        for (Span name : names) {
            EntityType.fromModelType(name.getType()).map(modelTypes::get).ifPresent(modelType -> {
                outcomes[name.getStart()] = modelType + "-" + START;
                for (int t = name.getStart() + 1; t < name.getEnd(); t++) {
                    outcomes[t] = modelType + "-" + CONTINUE;
                }
            });
        }
        contextGenerator.updateAdaptiveData(tokens, outcomes);
    }
}
