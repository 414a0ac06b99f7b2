package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MentionPropagatorTest {

    private static final Set<String> GIVEN_NAMES = Set.of("Neil", "Stan", "Billie", "Christiana", "Theresa", "Lebed",
            "Michael", "Harold", "Walt");
    /** The lists the document-wide steps consult, hand-made: given names, one firm, regions and nationalities. */
    private static final ListedWords LISTED = new ListedWords(GIVEN_NAMES::contains, Set.of("Dell")::contains,
            Set.of("Texas", "American")::contains, Set.of("Texas")::contains);

    /** One unit per sentence of space-separated tokens; sentences joined by one space. */
    private static List<NameFinderInput.Unit> units(String text) {
        return NameFinderInput.units(new NameFinderInputSentences(text).sentences());
    }

    private static List<Mention> propagate(String text, Mention... found) {
        return MentionPropagator.propagate(text, units(text), List.of(found), LISTED);
    }

    private static List<String> texts(List<Mention> mentions) {
        return mentions.stream().map(Mention::text).toList();
    }

    private static List<EntityType> types(List<Mention> mentions) {
        return mentions.stream().map(Mention::type).toList();
    }

    private static Mention mention(String text, String surface, int occurrence, EntityType type) {
        int start = -1;
        for (int i = 0; i <= occurrence; i++) {
            start = text.indexOf(surface, start + 1);
        }
        return new Mention(surface, start, start + surface.length(), 0, type);
    }

    @Test
    void foundNameIsCopiedToItsOtherOccurrences() {
        String text = "Troops left for Pyongyang . Pyongyang denied it . Critics accused Pyongyang again . "
                + "Pyongyang said more .";
        List<Mention> found = propagate(text, mention(text, "Pyongyang", 0, EntityType.LOCATION),
                mention(text, "Pyongyang", 2, EntityType.LOCATION));
        assertEquals(4, found.size());
        assertEquals(List.of(EntityType.LOCATION, EntityType.LOCATION, EntityType.LOCATION, EntityType.LOCATION),
                types(found));
        assertEquals(text.lastIndexOf("Pyongyang"), found.get(3).start());
    }

    /** A single find is outvoted by the places the model left the same words alone. */
    @Test
    void formFoundLessOftenThanItWouldBeCopiedIsNotCopied() {
        String text = "Green won . Green tea is good . Green tea again .";
        List<Mention> found = propagate(text, mention(text, "Green", 0, EntityType.ORGANIZATION));
        assertEquals(1, found.size());
    }

    @Test
    void twoLetterFormsAndAcronymsAreNotCopied() {
        String text = "Paris Match said ( PM ) . Call at 2 PM . The ID was lost . ID it again .";
        List<Mention> found = propagate(text,
                mention(text, "Paris Match", 0, EntityType.ORGANIZATION),
                mention(text, "ID", 0, EntityType.ORGANIZATION));
        assertEquals(List.of("Paris Match", "ID"), texts(found));
    }

    @Test
    void copiesTakeTheTypeTheFormGotMostOften() {
        String text = "Rotor won . Rotor lost . Rotor drew . Fans of Rotor cheered .";
        List<Mention> found = propagate(text,
                mention(text, "Rotor", 0, EntityType.ORGANIZATION), mention(text, "Rotor", 1, EntityType.PERSON),
                mention(text, "Rotor", 2, EntityType.ORGANIZATION));
        assertEquals(4, found.size());
        assertEquals(EntityType.ORGANIZATION, found.get(3).type());
    }

    @Test
    void longerFormWinsAndFoundMentionsAreNotOverlapped() {
        String text = "Kim Jong Un spoke . Later Kim Jong Un left .";
        List<Mention> found = propagate(text,
                mention(text, "Kim Jong Un", 0, EntityType.PERSON), mention(text, "Kim", 0, EntityType.PERSON));
        assertEquals(3, found.size());
        assertEquals("Kim Jong Un", found.get(2).text());
    }

    @Test
    void lowerCaseFormsAreNotCopied() {
        String text = "the apple fell . the apple rolled .";
        List<Mention> found = propagate(text, mention(text, "apple", 0, EntityType.ORGANIZATION));
        assertEquals(1, found.size());
    }

    @Test
    void acronymOfAFoundNameGetsItsType() {
        String text = "The Korean Central News Agency ( KCNA ) said so . KCNA added more . KC left .";
        List<Mention> found = propagate(text,
                mention(text, "Korean Central News Agency", 0, EntityType.ORGANIZATION));
        assertEquals(List.of("Korean Central News Agency", "KCNA", "KCNA"), texts(found));
        assertEquals(EntityType.ORGANIZATION, found.get(2).type());
    }

    @Test
    void initialsSkipSmallWordsAndNeedCapitalisedWords() {
        assertEquals("BE", Initials.of(new String[] {"Bank", "of", "England"}));
        assertEquals(null, Initials.of(new String[] {"Pyongyang"}));
        assertEquals(null, Initials.of(new String[] {"Kim", "said"}));
    }

    @Test
    void foundNameIsCopiedToItsAllCapitalsSpelling() {
        String text = "ROTOR FANS LOCKED OUT . Fans of Rotor were locked out .";
        List<Mention> found = propagate(text, mention(text, "Rotor", 0, EntityType.ORGANIZATION));
        assertEquals(List.of("ROTOR", "Rotor"), texts(found));
        assertEquals(EntityType.ORGANIZATION, found.get(0).type());
    }

    @Test
    void bothSpellingsCountAgainstTheSameFinds() {
        String text = "ROTOR FANS LOCKED OUT . Rotor won . Fans of Rotor were locked out .";
        List<Mention> found = propagate(text, mention(text, "Rotor", 0, EntityType.ORGANIZATION));
        assertEquals(List.of("Rotor"), texts(found), "one find, two places");
    }

    /** Dropping a longer form must not hand its places to a shorter form that would copy as often. */
    @Test
    void shorterFormInsideADroppedOneMeetsTheSameTest() {
        String text = "The New York Times said . New York agreed . The New York Times added . "
                + "The New York Times wrote . The New York Times ended .";
        List<Mention> found = propagate(text,
                mention(text, "New York Times", 0, EntityType.ORGANIZATION),
                mention(text, "New York", 1, EntityType.LOCATION));
        assertEquals(List.of("New York Times", "New York"), texts(found));
    }

    @Test
    void acronymTheModelFoundOnceIsStillCopiedEverywhere() {
        String text = "The Korean Central News Agency ( KCNA ) said so . KCNA added . KCNA again . KCNA ended .";
        List<Mention> found = propagate(text,
                mention(text, "Korean Central News Agency", 0, EntityType.ORGANIZATION),
                mention(text, "KCNA", 0, EntityType.ORGANIZATION));
        assertEquals(List.of("Korean Central News Agency", "KCNA", "KCNA", "KCNA", "KCNA"), texts(found));
    }

    /**
     * The subject of a defining sentence is copied however rarely the model found it, and its other mentions
     * take the type the definition gave, even where the model found them as something else.
     */
    @Test
    void definedSubjectIsCopiedEverywhereWithTheDefinedType() {
        String text = "Kraków is the second-largest city in Poland . Kraków grew . Kraków was sacked . "
                + "Kraków rose again . He was Archbishop of Kraków .";
        List<Mention> found = propagate(text, mention(text, "Kraków", 0, EntityType.LOCATION),
                mention(text, "Kraków", 4, EntityType.PERSON));
        assertEquals(List.of(EntityType.LOCATION, EntityType.LOCATION, EntityType.LOCATION, EntityType.LOCATION,
                EntityType.LOCATION), types(found));
    }

    /** A defined person's title is no part of the subject: the name after it is the defined form. */
    @Test
    void titledSubjectDefinesTheNameAfterTheTitle() {
        String text = "President Obama is an American lawyer . Obama spoke . Obama left . Obama won .";
        List<Mention> found = propagate(text, mention(text, "Obama", 0, EntityType.PERSON));
        assertEquals(List.of("Obama", "Obama", "Obama", "Obama"), texts(found));
    }

    /**
     * A company named in full with its legal form is the company where the article names it short, whatever the
     * model took the bare word for; not where the short name runs on into a longer name.
     */
    @Test
    void companyShortNameIsTheCompanyEverywhere() {
        String text = "Shares of Douglas rose after Magna International Inc agreed to buy it . Magna rose . "
                + "It helps Magna grow . Magna Carta is old .";
        List<Mention> found = propagate(text,
                mention(text, "Magna International Inc", 0, EntityType.ORGANIZATION),
                mention(text, "Magna", 2, EntityType.PERSON));
        assertEquals(List.of("Magna International Inc", "Magna", "Magna"), texts(found));
        assertEquals(List.of(EntityType.ORGANIZATION, EntityType.ORGANIZATION, EntityType.ORGANIZATION),
                types(found));
    }

    /** A firm named after its founder leaves the founder's surname a person ("Freberg Ltd" of Stan Freberg). */
    @Test
    void companyShortNameThatIsAFoundPersonsSurnameStaysThePerson() {
        String text = "Stan Freberg opened Freberg Ltd in 1958 . Freberg wrote ads .";
        List<Mention> found = propagate(text, mention(text, "Stan Freberg", 0, EntityType.PERSON),
                mention(text, "Freberg Ltd", 0, EntityType.ORGANIZATION),
                mention(text, "Freberg", 2, EntityType.PERSON));
        assertEquals(EntityType.PERSON, found.get(2).type());
    }

    @Test
    void shortNameDropsLegalFormsCompanyWordsAndATrailingAmpersand() {
        assertEquals(List.of("Douglas", "&", "Lomason"),
                List.of(CompanyNames.shortName("Douglas & Lomason Co".split(" "))));
        assertEquals(List.of("Edward", "D.", "Jones"),
                List.of(CompanyNames.shortName("Edward D. Jones & Co.".split(" "))));
        assertEquals(List.of("China", "Eastern"),
                List.of(CompanyNames.shortName("China Eastern Holdings Co Ltd".split(" "))));
        assertEquals(null, CompanyNames.shortName("Magna International".split(" ")));
        assertEquals(null, CompanyNames.shortName("The Gap Inc".split(" ")));
    }

    /** A found person's surname is the person where the model took it for a place ("Neil Jordan" ... "Jordan"). */
    @Test
    void surnameOfAFoundPersonIsThePerson() {
        String text = "Director Neil Jordan spoke . Jordan said he slept little . The film made Jordan famous .";
        List<Mention> found = propagate(text, mention(text, "Neil Jordan", 0, EntityType.PERSON),
                mention(text, "Jordan", 1, EntityType.LOCATION), mention(text, "Jordan", 2, EntityType.LOCATION));
        assertEquals(List.of(EntityType.PERSON, EntityType.PERSON, EntityType.PERSON),
                types(found));
    }

    /**
     * Also where the model left the surname alone, but not inside a longer name, not for a month, and not after a
     * "person" whose first word is no given name or is a found name itself ("Lebed Chechnya").
     */
    @Test
    void surnameIsCopiedOnlyWhereItStandsAlone() {
        String text = "Billie Jean King coached . King said so . King Street is closed . "
                + "Theresa May met him in May . Lebed Chechnya plan . Lebed went to Chechnya . "
                + "Christiana Hundred and New Castle Hundred .";
        List<Mention> found = propagate(text, mention(text, "Billie Jean King", 0, EntityType.PERSON),
                mention(text, "Theresa May", 0, EntityType.PERSON),
                mention(text, "Lebed Chechnya", 0, EntityType.PERSON), mention(text, "Lebed", 1, EntityType.PERSON),
                mention(text, "Chechnya", 1, EntityType.LOCATION),
                mention(text, "Christiana Hundred", 0, EntityType.PERSON));
        assertEquals(List.of("Billie Jean King", "King", "Theresa May", "Lebed Chechnya", "Lebed", "Chechnya",
                "Christiana Hundred"), texts(found));
        assertEquals(EntityType.LOCATION, found.get(5).type());
    }

    /** Each mention is found in the unit it lies in, in list order, whatever the number of units. */
    @Test
    void mentionsAreIndexedByTheirUnit() {
        String text = "Troops left Pyongyang . Seoul said no . Nothing here . Tokyo and Beijing spoke .";
        List<NameFinderInput.Unit> units = units(text);
        List<Mention> mentions = List.of(mention(text, "Pyongyang", 0, EntityType.LOCATION),
                mention(text, "Seoul", 0, EntityType.LOCATION), mention(text, "Tokyo", 0, EntityType.LOCATION),
                mention(text, "Beijing", 0, EntityType.LOCATION));
        assertEquals(List.of(List.of(0), List.of(1), List.of(), List.of(2, 3)),
                FoundForms.mentionsByUnit(units, mentions));
    }

    /** A short name that is a region or a founder's name stays what the document says it is. */
    @Test
    void shortNameIsNeitherARegionNorAFounder() {
        String text = "Texas Industries Inc rose . Demand in Texas fell . Walt Disney Co rose . "
                + "It was founded by Walt Disney in 1923 .";
        List<Mention> found = propagate(text, mention(text, "Texas Industries Inc", 0, EntityType.ORGANIZATION),
                mention(text, "Texas", 1, EntityType.LOCATION),
                mention(text, "Walt Disney Co", 0, EntityType.ORGANIZATION),
                mention(text, "Walt Disney", 1, EntityType.PERSON));
        assertEquals(List.of(EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.ORGANIZATION,
                EntityType.PERSON), types(found));
    }

    /** A sentence's first word is copied as a short name only if the document never writes it in lower case. */
    @Test
    void shortNameOpeningASentenceIsCopiedOnlyIfNeverWrittenInLowerCase() {
        String text = "Time Inc rose . Time will tell . It is time . Magna Group Inc rose . Magna fell .";
        List<Mention> found = propagate(text, mention(text, "Time Inc", 0, EntityType.ORGANIZATION),
                mention(text, "Magna Group Inc", 0, EntityType.ORGANIZATION));
        assertEquals(List.of("Time Inc", "Magna Group Inc", "Magna"), texts(found));
    }

    /** A surname an organisation list holds, or after a preposition of place, keeps the model's type. */
    @Test
    void surnameThatIsAFirmOrAPlaceKeepsItsType() {
        String text = "Michael Dell founded it . Dell said so . Harold Washington lived in Washington . "
                + "Washington spoke .";
        List<Mention> found = propagate(text, mention(text, "Michael Dell", 0, EntityType.PERSON),
                mention(text, "Dell", 1, EntityType.ORGANIZATION),
                mention(text, "Harold Washington", 0, EntityType.PERSON),
                mention(text, "Washington", 1, EntityType.LOCATION),
                mention(text, "Washington", 2, EntityType.LOCATION));
        assertEquals(List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION,
                EntityType.PERSON), types(found));
    }

    /** A person's one-word form is not copied where a journey goes ("flew to Jordan", "visited Jordan"). */
    @Test
    void surnameIsNotCopiedWhereAJourneyGoes() {
        String text = "Michael Jordan scored . Jordan flew to Jordan . He visited Jordan . He passed to Jordan . "
                + "The award went to Jordan . Fans flew to Jordan 's home .";
        List<Mention> found = propagate(text, mention(text, "Michael Jordan", 0, EntityType.PERSON));
        assertEquals(List.of(0, text.indexOf("Jordan flew"), text.indexOf("Jordan . The"),
                text.indexOf("Jordan . Fans"), text.lastIndexOf("Jordan")),
                found.stream().map(Mention::start).toList());
        assertEquals(List.of(EntityType.PERSON), types(found).stream().distinct().toList());
    }

    /** The model's place where a journey goes keeps its type; elsewhere a found person's surname is the person. */
    @Test
    void placeWhereAJourneyGoesIsNotRetypedToThePerson() {
        String text = "Michael Jordan scored . Fans flew to Jordan . Jordan spoke . They flew to Jordan 's home .";
        List<Mention> found = propagate(text, mention(text, "Michael Jordan", 0, EntityType.PERSON),
                mention(text, "Jordan", 1, EntityType.LOCATION), mention(text, "Jordan", 2, EntityType.LOCATION),
                mention(text, "Jordan", 3, EntityType.LOCATION));
        assertEquals(List.of(EntityType.PERSON, EntityType.LOCATION, EntityType.PERSON, EntityType.PERSON),
                types(found));
    }

    /** The unit index agrees with pairing every unit with every mention, on random texts and mentions. */
    @Test
    void mentionsByUnitAgreesWithPairingEveryUnitWithEveryMention() {
        java.util.Random random = new java.util.Random(5);
        String[] words = {"Kim", "said", ".", "Seoul", "and", "Tokyo", "!", "left", "U.S.", "?"};
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0, n = 1 + random.nextInt(40); w < n; w++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            List<NameFinderInput.Unit> units = units(text.toString().trim());
            List<Mention> mentions = new java.util.ArrayList<>();
            for (int m = 0, n = random.nextInt(8); m < n; m++) {
                int start = random.nextInt(Math.max(1, text.length() - 1));
                int end = Math.min(text.length(), start + 1 + random.nextInt(12));
                mentions.add(new Mention("x", start, end, 0, EntityType.PERSON));
            }
            List<List<Integer>> expected = new java.util.ArrayList<>();
            for (NameFinderInput.Unit unit : units) {
                List<Integer> overlapping = new java.util.ArrayList<>();
                for (int m = 0; m < mentions.size(); m++) {
                    if (FoundForms.overlaps(unit, mentions.get(m))) {
                        overlapping.add(m);
                    }
                }
                expected.add(overlapping);
            }
            assertEquals(expected, FoundForms.mentionsByUnit(units, mentions), text.toString());
        }
    }
}
