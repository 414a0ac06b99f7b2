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
     * The entities returned and how many of the wanted types were found in all.
     *
     * @param entities the most salient first, at most the requested number
     * @param found entities of the wanted types in the text; more than {@code entities.size()} when the requested
     *        number cut the list
     */
    public record Extracted(List<Entity> entities, int found) {

        /** No entities: none asked for, or a language without entity finding. */
        public static final Extracted NONE = new Extracted(List.of(), 0);
    }

    /**
     * The most salient entities of the wanted types.
     *
     * @param sentenceScores TextRank score of each sentence, used for salience
     */
    public Extracted extract(String text, List<Sentence> sentences, double[] sentenceScores,
            Set<EntityType> types, int max, Deadline deadline) {
        // Why: name finding is the costliest stage; skip it when nothing would be returned.
        if (max == 0 || types.isEmpty()) {
            return Extracted.NONE;
        }
        List<AliasResolver.Group> groups = AliasResolver.resolve(nameFinder.find(text, sentences, deadline));
        List<Entity> wanted = salienceScorer.score(groups, sentenceScores).stream()
                .filter(e -> types.contains(e.type()))
                .toList();
        return new Extracted(wanted.subList(0, Math.min(max, wanted.size())), wanted.size());
    }
}
