package dev.summarizer.entities;

import java.util.List;

/**
 * A thing the article talks about: its fullest name, voted type, salience (share of the document's entity
 * weight, see {@link SalienceScorer}), the surface forms it appears under, and every mention in document order.
 */
public record Entity(String name, EntityType type, double salience, List<String> aliases, List<Mention> mentions) {

    public int count() {
        return mentions.size();
    }
}
