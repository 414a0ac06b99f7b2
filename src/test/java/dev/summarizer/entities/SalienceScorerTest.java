package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SalienceScorerTest {

    private static AliasResolver.Group group(String name, int... sentences) {
        List<Mention> mentions = java.util.Arrays.stream(sentences)
                .mapToObj(s -> new Mention(name, s * 100, s * 100 + name.length(), s, EntityType.PERSON)).toList();
        return new AliasResolver.Group(name, EntityType.PERSON, List.of(name), mentions);
    }

    private final SalienceScorer scorer = new SalienceScorer(0.5, 1.0);
    private final double[] flat = {0.25, 0.25, 0.25, 0.25};

    @Test
    void saliencesAddUpToOne() {
        List<Entity> entities = scorer.score(List.of(group("A", 0, 1), group("B", 3)), flat);
        assertEquals(1.0, entities.stream().mapToDouble(Entity::salience).sum(), 1e-9);
    }

    @Test
    void moreMentionsMeanMoreSalience() {
        List<Entity> entities = scorer.score(List.of(group("Once", 0), group("Thrice", 1, 2, 3)), flat);
        assertEquals("Thrice", entities.get(0).name());
    }

    @Test
    void earlierMentionOutweighsALaterOne() {
        List<Entity> entities = scorer.score(List.of(group("Late", 3), group("Early", 0)), flat);
        assertEquals("Early", entities.get(0).name());
    }

    @Test
    void mentionInACentralSentenceOutweighsOneInAPeripheralSentence() {
        double[] scores = {0.1, 0.1, 0.7, 0.1};
        List<Entity> entities = scorer.score(List.of(group("Peripheral", 1), group("Central", 2)), scores);
        assertEquals("Central", entities.get(0).name());
    }
}
