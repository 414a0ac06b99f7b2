package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How much an article is about each entity. Every mention adds a weight
 * <pre>
 *   w(m) = (f + (1 - f) * (1 - s/S)) * (1 + b * c(s))
 * </pre>
 * where s is the mention's sentence (0-based) of S, f the position floor, c(s) the sentence's TextRank score
 * divided by the highest one (0..1), and b the centrality boost. An entity's salience is the sum of its weights
 * divided by the sum over all entities of the document, so saliences lie in 0..1, add up to 1 and do not change
 * when the response is filtered by type or count. Frequent, early and central mentions make an entity salient.
 *
 * <p>Pure and deterministic; ties in the final order go to the entity mentioned first.
 */
public final class SalienceScorer {

    private final double positionFloor;
    private final double centralityBoost;

    public SalienceScorer(double positionFloor, double centralityBoost) {
        this.positionFloor = positionFloor;
        this.centralityBoost = centralityBoost;
    }

    /** Entities with salience, most salient first. */
    public List<Entity> score(List<AliasResolver.Group> groups, double[] sentenceScores) {
        int sentences = Math.max(1, sentenceScores.length);
        double maxScore = 0;
        for (double score : sentenceScores) {
            maxScore = Math.max(maxScore, score);
        }
        double[] raw = new double[groups.size()];
        double total = 0;
        for (int g = 0; g < groups.size(); g++) {
            for (Mention mention : groups.get(g).mentions()) {
                int s = mention.sentence();
                double position = positionFloor + (1 - positionFloor) * (1 - (double) s / sentences);
                double centrality = maxScore > 0 && s < sentenceScores.length ? sentenceScores[s] / maxScore : 0;
                raw[g] += position * (1 + centralityBoost * centrality);
            }
            total += raw[g];
        }
        List<Entity> entities = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            AliasResolver.Group group = groups.get(g);
            double salience = total > 0 ? raw[g] / total : 0;
            entities.add(new Entity(group.name(), group.type(), salience, group.aliases(), group.mentions()));
        }
        entities.sort(Comparator.comparingDouble(Entity::salience).reversed()
                .thenComparingInt(e -> e.mentions().get(0).start()));
        return entities;
    }
}
