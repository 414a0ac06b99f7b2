package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class GroupMembersTest {

    private static List<Mention> mentions(String text, EntityType type, String... names) {
        return TestMentions.every(text, type, names);
    }

    private static List<String> types(String text, List<Mention> mentions) {
        return TestMentions.typed(GroupMembers.retype(text, mentions, Set.of("Burma", "England")::contains));
    }

    @Test
    void aPersonBeforeAWordForFightersIsAGroupWithAllItsMentions() {
        String text = "Houthi rebels took the capital. The Houthi leadership denied it.";
        assertEquals(List.of("Houthi/ORGANIZATION", "Houthi/ORGANIZATION"),
                types(text, mentions(text, EntityType.PERSON, "Houthi")));
    }

    @Test
    void aPersonBeforeAClubsPeopleIsTheClubWithAllItsMentions() {
        String text = "Chelsea boss Jose Mourinho spoke. Chelsea were reported to have made inquiries.";
        List<Mention> mentions = mentions(text, EntityType.PERSON, "Chelsea");
        mentions.addAll(mentions(text, EntityType.PERSON, "Jose Mourinho"));
        assertEquals(List.of("Chelsea/ORGANIZATION", "Chelsea/ORGANIZATION", "Jose Mourinho/PERSON"),
                types(text, mentions));
    }

    @Test
    void aPersonBeforeABandsPeopleIsTheBand() {
        String text = "Franz Ferdinand frontman Alex Kapranos spoke. Franz Ferdinand won two awards.";
        List<Mention> mentions = mentions(text, EntityType.PERSON, "Franz Ferdinand");
        mentions.addAll(mentions(text, EntityType.PERSON, "Alex Kapranos"));
        assertEquals(List.of("Franz Ferdinand/ORGANIZATION", "Franz Ferdinand/ORGANIZATION", "Alex Kapranos/PERSON"),
                types(text, mentions));
    }

    @Test
    void aSoloArtistBeforeABandsPeopleStaysAPerson() {
        String text = "Bruce Springsteen guitarist Nils Lofgren said so. Springsteen, 65, agreed.";
        List<Mention> mentions = mentions(text, EntityType.PERSON, "Bruce Springsteen", "Nils Lofgren");
        int alone = text.lastIndexOf("Springsteen");
        mentions.add(new Mention("Springsteen", alone, alone + 11, 1, EntityType.PERSON));
        assertEquals(List.of("Bruce Springsteen/PERSON", "Nils Lofgren/PERSON", "Springsteen/PERSON"),
                types(text, mentions));
    }

    @Test
    void personsBeforeOtherWordsStayPersons() {
        String text = "Obama aides said Nadal forces a break.";
        List<Mention> mentions = mentions(text, EntityType.PERSON, "Obama");
        mentions.addAll(mentions(text, EntityType.PERSON, "Nadal"));
        assertEquals(List.of("Obama/PERSON", "Nadal/PERSON"), types(text, mentions));
    }

    @Test
    void aPlaceBeforeAWordForFightersIsAGroup() {
        String text = "Al-Shabaab gunmen stormed the campus. Al-Shabaab said it was behind the attack.";
        assertEquals(List.of("Al-Shabaab/ORGANIZATION", "Al-Shabaab/ORGANIZATION"),
                types(text, mentions(text, EntityType.LOCATION, "Al-Shabaab")));
    }

    @Test
    void aListedPlaceOrOneTheTextPutsSomethingInStaysAPlace() {
        String burma = "Two police were wounded by Burma gunmen near the border with Burma.";
        assertEquals(List.of("Burma/LOCATION", "Burma/LOCATION"),
                types(burma, mentions(burma, EntityType.LOCATION, "Burma")));
        String gaza = "Gaza militants fired rockets. About 1.8 million people live in Gaza.";
        assertEquals(List.of("Gaza/LOCATION", "Gaza/LOCATION"),
                types(gaza, mentions(gaza, EntityType.LOCATION, "Gaza")));
    }

    @Test
    void aPersonsSurnameBeforeAClubsPeopleStaysThePerson() {
        String text = "Jose Mourinho was sacked after the worst start by a Mourinho side. Mourinho said little.";
        List<Mention> mentions = mentions(text, EntityType.PERSON, "Jose Mourinho");
        mentions.add(new Mention("Mourinho", text.indexOf("Mourinho side"), text.indexOf("Mourinho side") + 8, 0,
                EntityType.PERSON));
        mentions.add(new Mention("Mourinho", text.lastIndexOf("Mourinho"), text.lastIndexOf("Mourinho") + 8, 1,
                EntityType.PERSON));
        assertEquals(List.of("Jose Mourinho/PERSON", "Mourinho/PERSON", "Mourinho/PERSON"), types(text, mentions));
    }

    @Test
    void onlyTheMembersWordItselfOnTheSameLineCounts() {
        String text = "They met Smith side-by-side. Then came Jones\nboss of nothing.";
        List<Mention> mentions = mentions(text, EntityType.PERSON, "Smith");
        mentions.addAll(mentions(text, EntityType.PERSON, "Jones"));
        assertEquals(List.of("Smith/PERSON", "Jones/PERSON"), types(text, mentions));
    }

    @Test
    void aClubsPeopleRetypeThePersonMentionsOnly() {
        String text = "Newry boss Roy McCreadie spoke. The IFA threw Newry out of the cup.";
        List<Mention> mentions = new ArrayList<>(List.of(new Mention("Newry", 0, 5, 0, EntityType.PERSON)));
        int second = text.lastIndexOf("Newry");
        mentions.add(new Mention("Newry", second, second + 5, 1, EntityType.LOCATION));
        assertEquals(List.of("Newry/ORGANIZATION", "Newry/LOCATION"), types(text, mentions));
    }

    @Test
    void aNationalTeamBeforeAClubsPeopleStaysAPlace() {
        String text = "England manager Roy Hodgson named his squad.";
        assertEquals(List.of("England/LOCATION"), types(text, mentions(text, EntityType.LOCATION, "England")));
    }
}
