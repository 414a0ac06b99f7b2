package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AliasResolverTest {

    /** Builds mentions as the name finder would, at increasing offsets, one per sentence. */
    private static List<Mention> mentions(Object... textAndType) {
        List<Mention> mentions = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < textAndType.length; i += 2) {
            String text = (String) textAndType[i];
            mentions.add(MentionNormalizer.normalize(new Mention(text, offset, offset + text.length(), i / 2,
                    (EntityType) textAndType[i + 1])));
            offset += text.length() + 10;
        }
        return mentions;
    }

    private static AliasResolver.Group only(List<AliasResolver.Group> groups, String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + groups));
    }

    @Test
    void aPersonsNameJoinsItsInitialledFormWhateverTheModelTypedIt() {
        List<AliasResolver.Group> groups = AliasResolver.resolve(mentions(
                "B.B. King", EntityType.ORGANIZATION, "King", EntityType.PERSON, "King", EntityType.PERSON,
                "Jackson", EntityType.PERSON, "Jackson Hole", EntityType.LOCATION));
        AliasResolver.Group king = only(groups, "B.B. King");
        assertEquals(EntityType.PERSON, king.type());
        assertEquals(3, king.mentions().size());
        assertEquals(EntityType.PERSON, only(groups, "Jackson").type());
        assertEquals(EntityType.LOCATION, only(groups, "Jackson Hole").type());
    }

    @Test
    void surnameJoinsTheFullName() {
        List<AliasResolver.Group> groups = AliasResolver.resolve(mentions(
                "Putin", EntityType.PERSON, "Vladimir Putin", EntityType.PERSON, "Putin", EntityType.PERSON));
        assertEquals(1, groups.size());
        AliasResolver.Group putin = groups.get(0);
        assertEquals("Vladimir Putin", putin.name());
        assertEquals(List.of("Putin", "Vladimir Putin"), putin.aliases());
        assertEquals(3, putin.mentions().size());
    }

    @Test
    void familyNameFirstJoinsTheFullName() {
        List<AliasResolver.Group> groups = AliasResolver.resolve(mentions(
                "Kim Jong Un", EntityType.PERSON, "Kim", EntityType.PERSON));
        assertEquals(1, groups.size());
        assertEquals("Kim Jong Un", groups.get(0).name());
    }

    /** "Fed" is the Federal Reserve, not the organisation mentioned most; other clipped first words join nothing. */
    @Test
    void listedClippingJoinsItsOrganisation() {
        List<AliasResolver.Group> groups = AliasResolver.resolve(mentions(
                "Federal Trade Commission", EntityType.ORGANIZATION, "Federal Trade Commission",
                EntityType.ORGANIZATION, "Federal Reserve", EntityType.ORGANIZATION, "Fed", EntityType.ORGANIZATION,
                "Pennsylvania State University", EntityType.ORGANIZATION, "Penn", EntityType.ORGANIZATION,
                "Fordham University", EntityType.ORGANIZATION, "Ford", EntityType.ORGANIZATION));
        assertEquals(List.of("Federal Trade Commission", "Federal Reserve", "Pennsylvania State University", "Penn",
                "Fordham University", "Ford"), groups.stream().map(AliasResolver.Group::name).toList());
        assertEquals(List.of("Federal Reserve", "Fed"), only(groups, "Federal Reserve").aliases());
    }

    /** A clipping in capitals joins too, and only a full name it stands for: not the New York Fed. */
    @Test
    void clippingJoinsOnlyTheFullNameItStandsFor() {
        List<AliasResolver.Group> groups = AliasResolver.resolve(mentions(
                "FED", EntityType.ORGANIZATION, "Federal Reserve Bank of New York", EntityType.ORGANIZATION,
                "Federal Reserve Bank of New York", EntityType.ORGANIZATION, "Federal Reserve", EntityType.ORGANIZATION,
                "Fed", EntityType.ORGANIZATION));
        assertEquals(List.of("Federal Reserve", "Federal Reserve Bank of New York"),
                groups.stream().map(AliasResolver.Group::name).toList());
        assertEquals(List.of("FED", "Federal Reserve", "Fed"), only(groups, "Federal Reserve").aliases());
    }

    @Test
    void acronymJoinsItsExpansion() {
        List<AliasResolver.Group> groups = AliasResolver.resolve(mentions(
                "Korean Central News Agency", EntityType.ORGANIZATION, "KCNA", EntityType.ORGANIZATION,
                "KCNA", EntityType.ORGANIZATION));
        assertEquals(1, groups.size());
        assertEquals("Korean Central News Agency", groups.get(0).name());
        assertEquals(3, groups.get(0).mentions().size());
    }

    @Test
    void dottedAbbreviationAndTheArticleAreTheSameCountry() {
        List<AliasResolver.Group> groups = AliasResolver.resolve(mentions(
                "the United States", EntityType.LOCATION, "U.S.", EntityType.LOCATION, "US", EntityType.LOCATION));
        assertEquals(1, groups.size());
        assertEquals("United States", groups.get(0).name());
        assertEquals(List.of("United States", "U.S.", "US"), groups.get(0).aliases());
    }

    @Test
    void titlesAndPossessivesAreStripped() {
        List<AliasResolver.Group> groups = AliasResolver.resolve(mentions(
                "President Vladimir Putin", EntityType.PERSON, "Putin's", EntityType.PERSON,
                "Foreign Minister Choe Son Hui", EntityType.PERSON));
        AliasResolver.Group putin = only(groups, "Vladimir Putin");
        assertEquals(List.of("Vladimir Putin", "Putin"), putin.aliases());
        assertEquals("Vladimir Putin".length(), putin.mentions().get(0).length());
        assertTrue(groups.stream().anyMatch(g -> g.name().equals("Choe Son Hui")));
    }

    @Test
    void aSingleOddTypeIsOutvoted() {
        List<AliasResolver.Group> groups = AliasResolver.resolve(mentions(
                "Jordan", EntityType.LOCATION, "Jordan", EntityType.PERSON, "Jordan", EntityType.PERSON));
        assertEquals(1, groups.size());
        assertEquals(EntityType.PERSON, groups.get(0).type());
        assertEquals(3, groups.get(0).mentions().size());
    }

    @Test
    void sameFormWithTwoWellSupportedTypesIsTwoEntities() {
        List<AliasResolver.Group> groups = AliasResolver.resolve(mentions(
                "Nice", EntityType.ORGANIZATION, "Nice", EntityType.LOCATION, "Nice", EntityType.ORGANIZATION,
                "Nice", EntityType.LOCATION, "Nice", EntityType.LOCATION));
        assertEquals(2, groups.size());
        assertEquals(EntityType.ORGANIZATION, groups.get(0).type());
        assertEquals(2, groups.get(0).mentions().size());
        assertEquals(EntityType.LOCATION, groups.get(1).type());
        assertEquals(3, groups.get(1).mentions().size());
    }

    @Test
    void surnameOfAnotherTypeDoesNotJoinAPerson() {
        List<AliasResolver.Group> groups = AliasResolver.resolve(mentions(
                "Lebed Chechnya", EntityType.PERSON, "Chechnya", EntityType.LOCATION));
        assertEquals(2, groups.size());
    }

    @Test
    void partOfAPlaceNameIsNotMerged() {
        List<AliasResolver.Group> groups = AliasResolver.resolve(mentions(
                "North Korea", EntityType.LOCATION, "Korea", EntityType.LOCATION));
        assertEquals(2, groups.size());
    }

    @Test
    void ambiguousSurnameGoesToTheMoreFrequentPerson() {
        List<AliasResolver.Group> groups = AliasResolver.resolve(mentions(
                "Kim Yo Jong", EntityType.PERSON, "Kim Jong Un", EntityType.PERSON, "Kim Jong Un",
                EntityType.PERSON, "Kim", EntityType.PERSON));
        assertEquals(4 - 1, only(groups, "Kim Jong Un").mentions().size());
        assertEquals(1, only(groups, "Kim Yo Jong").mentions().size());
    }

    @Test
    void noMentionsNoEntities() {
        assertEquals(List.of(), AliasResolver.resolve(List.of()));
    }
}
