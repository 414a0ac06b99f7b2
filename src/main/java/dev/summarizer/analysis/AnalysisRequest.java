package dev.summarizer.analysis;

import java.util.Set;

import dev.summarizer.entities.EntityType;
import dev.summarizer.summarize.LengthBudget;

/**
 * What to compute for one document; options are already validated and defaulted.
 *
 * @param title the headline, or null
 * @param language ISO 639-1 code of a supported language, or null to detect it
 * @param diversity MMR trade-off in [0, 1] (0 = pure rank order)
 * @param explain whether to explain the score of each summary sentence
 */
public record AnalysisRequest(String text, String title, LengthBudget length, boolean rankOrder, int maxEntities,
        Set<EntityType> entityTypes, int maxKeyphrases, String language, double diversity, boolean explain) {

    /** A request without explanations. */
    public AnalysisRequest(String text, String title, LengthBudget length, boolean rankOrder, int maxEntities,
            Set<EntityType> entityTypes, int maxKeyphrases, String language, double diversity) {
        this(text, title, length, rankOrder, maxEntities, entityTypes, maxKeyphrases, language, diversity, false);
    }
}
