package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CapitalisedAcronymsTest {

    private static List<Mention> mentions(String text, EntityType type, String... names) {
        return TestMentions.every(text, type, names);
    }

    private static List<String> types(String text, List<Mention> mentions) {
        return TestMentions.typed(CapitalisedAcronyms.retype(text, mentions, Set.of("Thomas", "Scalia")::contains));
    }

    @Test
    void aLoneCapitalisedPersonInRunningTextIsAnOrganisation() {
        String text = "ISIS militants seized the town. Residents said ISIS had fled by noon.";
        assertEquals(List.of("ISIS/ORGANIZATION", "ISIS/ORGANIZATION"),
                types(text, mentions(text, EntityType.PERSON, "ISIS")));
    }

    @Test
    void aHeadingInCapitalsKeepsItsPersons() {
        String text = "BENAUD ON BOTHAM Sir Ian Botham's ferocious unbeaten 149 had Benaud in awe.";
        assertEquals(List.of("BENAUD/PERSON"), types(text, mentions(text, EntityType.PERSON, "BENAUD")));
    }

    @Test
    void severalPersonsInCapitalsAreNamesWrittenSo() {
        String text = "ALITO filed a dissenting opinion, in which SCALIA joined.";
        assertEquals(List.of("ALITO/PERSON", "SCALIA/PERSON"),
                types(text, mentions(text, EntityType.PERSON, "ALITO", "SCALIA")));
    }

    @Test
    void aPersonInCapitalsAmongOtherWordsInCapitalsStaysAPerson() {
        String text = "SCALIA filed a dissenting opinion, in which THOMAS and ALITO joined.";
        assertEquals(List.of("THOMAS/PERSON"), types(text, mentions(text, EntityType.PERSON, "THOMAS")));
    }

    @Test
    void acronymsNearbyDoNotKeepAPersonButATitleBeforeItDoes() {
        String text = "The FBI arrested a teenager who tried to join ISIS in Syria.";
        assertEquals(List.of("ISIS/ORGANIZATION"), types(text, mentions(text, EntityType.PERSON, "ISIS")));
        String justice = "Justice SCALIA filed a dissenting opinion.";
        assertEquals(List.of("SCALIA/PERSON"), types(justice, mentions(justice, EntityType.PERSON, "SCALIA")));
    }

    @Test
    void aCapitalisedPartOfALongerPersonNameStaysAPerson() {
        String text = "Judge Mary SMITH ruled on Monday. SMITH said the case was closed.";
        List<Mention> mentions = mentions(text, EntityType.PERSON, "Mary SMITH");
        mentions.add(new Mention("SMITH", text.lastIndexOf("SMITH"), text.lastIndexOf("SMITH") + 5, 1,
                EntityType.PERSON));
        assertEquals(List.of("Mary SMITH/PERSON", "SMITH/PERSON"), types(text, mentions));
    }

    @Test
    void aPersonSpeltOtherwiseOrByInitialsKeepsTheCapitals() {
        String adele = "Fans screamed we love you, ADELE as the singer left. Adele later thanked them.";
        List<Mention> mentions = mentions(adele, EntityType.PERSON, "ADELE", "Adele");
        assertEquals(List.of("ADELE/PERSON", "Adele/PERSON"), types(adele, mentions));
        String fdr = "Franklin D. Roosevelt was elected in 1932. FDR signed the act.";
        assertEquals(List.of("Franklin D. Roosevelt/PERSON", "FDR/PERSON"),
                types(fdr, mentions(fdr, EntityType.PERSON, "Franklin D. Roosevelt", "FDR")));
    }

    @Test
    void oneMentionInRunningTextIsEnoughForAll() {
        String text = "ISIS NEWS AGENCY said so. The town was quiet by Monday morning, the shops were open again, "
                + "and residents said ISIS had fled.";
        assertEquals(List.of("ISIS/ORGANIZATION", "ISIS/ORGANIZATION"),
                types(text, mentions(text, EntityType.PERSON, "ISIS")));
        String heading = "Later came ISIS AGAIN in a heading.";
        assertEquals(List.of("ISIS/PERSON"), types(heading, mentions(heading, EntityType.PERSON, "ISIS")));
    }

    @Test
    void shortCapitalsAndOtherTypesAreLeftAlone() {
        String text = "Ed met the UN envoy in Paris.";
        List<Mention> mentions = mentions(text, EntityType.PERSON, "Ed");
        mentions.addAll(mentions(text, EntityType.ORGANIZATION, "UN"));
        assertEquals(List.of("Ed/PERSON", "UN/ORGANIZATION"), types(text, mentions));
    }
}
