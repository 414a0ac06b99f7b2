package dev.summarizer.entities;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Type votes of mentions: how {@link AliasResolver} decides a form's and an entity's type. */
final class TypeVotes {

    /** Mentions of one type that make a form's second sense real rather than a tagging slip. */
    private static final int SENSE_SUPPORT = 2;

    private TypeVotes() {
    }

    /**
     * The sense a mention of a form belongs to: its own type when the form has at least two types with
     * {@link #SENSE_SUPPORT} mentions each (two things share the name), else the form's majority type (one thing,
     * and a minority type is a tagging slip the vote corrects).
     */
    static EntityType senseOf(EntityType type, Map<EntityType, Integer> typesOfForm) {
        long senses = typesOfForm.values().stream().filter(count -> count >= SENSE_SUPPORT).count();
        if (senses >= 2 && typesOfForm.get(type) >= SENSE_SUPPORT) {
            return type;
        }
        return majority(typesOfForm, type);
    }

    /** The type most of the mentions have; a tie keeps {@code seed} if it is among the best. */
    static EntityType majority(List<Mention> mentions, EntityType seed) {
        return majority(votes(mentions), seed);
    }

    /** How many mentions have each type. */
    private static Map<EntityType, Integer> votes(List<Mention> mentions) {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        mentions.forEach(m -> votes.merge(m.type(), 1, Integer::sum));
        return votes;
    }

    /** The type with the most votes; a tie keeps {@code seed} (one of the voted types) if it is among the best. */
    private static EntityType majority(Map<EntityType, Integer> votes, EntityType seed) {
        EntityType best = seed;
        for (Map.Entry<EntityType, Integer> vote : votes.entrySet()) {
            if (vote.getValue() > votes.get(best)) {
                best = vote.getKey();
            }
        }
        return best;
    }
}
