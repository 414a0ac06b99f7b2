package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MentionNormalizerTest {

    private static String normalized(String name, EntityType type) {
        Mention mention = MentionNormalizer.normalize(new Mention(name, 10, 10 + name.length(), 0, type));
        return mention.text() + "@" + mention.start();
    }

    @Test
    void titlesOfficesAndPositionsOpeningAPersonsNameAreTrimmed() {
        assertEquals("Sergei Lavrov@27", normalized("Foreign Minister Sergei Lavrov", EntityType.PERSON));
        assertEquals("Andre Joubert@19", normalized("Fullback Andre Joubert", EntityType.PERSON));
        assertEquals("Rodrigo de la Serna@16", normalized("Actor Rodrigo de la Serna", EntityType.PERSON));
        assertEquals("Eric Comrie@21", normalized("Goaltender Eric Comrie", EntityType.PERSON));
        assertEquals("Edward Gibbon@20", normalized("Historian Edward Gibbon", EntityType.PERSON));
        assertEquals("John Thirsk@16", normalized("Abbot John Thirsk", EntityType.PERSON));
    }

    @Test
    void ranksNeeAndHonoursAfterTheNameAreTrimmedFromPersons() {
        assertEquals("Berg@14", normalized("née Berg", EntityType.PERSON));
        assertEquals("Donald@17", normalized("Father Donald", EntityType.PERSON));
        assertEquals("Alistair Drummond Farquhar@10",
                normalized("Alistair Drummond Farquhar KCB DSO", EntityType.PERSON));
        assertEquals("Helen Mirren@10", normalized("Helen Mirren, DBE", EntityType.PERSON));
        assertEquals("KCB Holdings@10", normalized("KCB Holdings", EntityType.ORGANIZATION));
        assertEquals("MC@10", normalized("MC", EntityType.PERSON));
    }

    @Test
    void possessivesAndALowerCaseTheAreTrimmedButAPositionOnlyBeforeAPerson() {
        assertEquals("Putin@10", normalized("Putin's", EntityType.PERSON));
        assertEquals("Hague@14", normalized("the Hague", EntityType.LOCATION));
        assertEquals("Striker Motors@10", normalized("Striker Motors", EntityType.ORGANIZATION));
        assertEquals("Striker@10", normalized("Striker", EntityType.PERSON));
    }
}
