package dev.summarizer.analysis;

import java.util.Set;

import dev.summarizer.entities.EntityType;
import dev.summarizer.summarize.LengthBudget;

/**
 * What to compute for one document; options are already validated and defaulted.
 *
 * @param language ISO 639-1 code of a supported language, or null to detect it
 */
public record AnalysisRequest(String text, String title, LengthBudget length, boolean rankOrder, int maxEntities,
        Set<EntityType> entityTypes, int maxKeyphrases, String language) {
}
