package dev.summarizer.entities;

import java.util.List;
import java.util.Set;

import dev.summarizer.analysis.Deadline;
import dev.summarizer.analysis.Sentence;
import dev.summarizer.config.SummarizerConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** Key entities of a document: name finding, alias merging, salience. Thread-safe. */
@ApplicationScoped
public class EntityExtractor {

    private final NameFinder nameFinder;
    private final SalienceScorer salienceScorer;

    public EntityExtractor(NameFinder nameFinder, SummarizerConfig config) {
        this.nameFinder = nameFinder;
        this.salienceScorer = new SalienceScorer(config.salience().positionFloor(),
                config.salience().centralityBoost());
    }

    /**
     * The most salient entities of the wanted types.
     *
     * @param sentenceScores TextRank score of each sentence, used for salience
     */
    public List<Entity> extract(String text, List<Sentence> sentences, double[] sentenceScores,
            Set<EntityType> types, int max, Deadline deadline) {
        // Why: name finding is the costliest stage; skip it when nothing would be returned.
        if (max == 0 || types.isEmpty()) {
            return List.of();
        }
        List<AliasResolver.Group> groups = AliasResolver.resolve(nameFinder.find(text, sentences, deadline));
        return salienceScorer.score(groups, sentenceScores).stream()
                .filter(e -> types.contains(e.type()))
                .limit(max)
                .toList();
    }
}
