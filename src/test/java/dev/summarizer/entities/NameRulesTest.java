package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

/** The rules on hand-made model output, with a small gazetteer, so that each rule is checked on its own. */
class NameRulesTest {

    private static final NameRules RULES = new NameRules(gazetteer());

    private static Gazetteer gazetteer() {
        TreeMap<String, List<String[]>> lists = new TreeMap<>();
        lists.put("city", List.of(words("Lyon"), words("Liverpool"), words("Invercargill"), words("Asahi"),
                words("INA")));
        lists.put("company", List.of(words("Asahi"), words("Burger King")));
        lists.put("country", List.of(words("France"), words("New Zealand"), words("USA"), words("United States"),
                words("Virgin Islands")));
        lists.put("state", List.<String[]>of(words("Texas")));
        lists.put("wn_location", List.of(words("West Bank"), words("England"), words("Liverpool")));
        lists.put("wn_person", List.<String[]>of(words("Henri Lyon")));
        lists.put("place_word", List.<String[]>of(words("Park")));
        lists.put("org_word", List.<String[]>of(words("Bank")));
        lists.put("person_name", List.of(words("Elizabeth"), words("Henri"), words("Catherine")));
        return new Gazetteer(lists);
    }

    private static String[] words(String text) {
        return text.split(" ");
    }

    private static Span span(int start, int end, String type) {
        return new Span(start, end, type);
    }

    /** The rules' output as "words/TYPE", in order. */
    private static List<String> apply(String sentence, Span... modelSpans) {
        return apply(false, sentence, modelSpans);
    }

    /** As {@link #apply(String, Span...)}, in a text that is no sports report when {@code townsArePlaces}. */
    private static List<String> apply(boolean townsArePlaces, String sentence, Span... modelSpans) {
        String[] tokens = words(sentence);
        return RULES.apply(tokens, modelSpans, townsArePlaces).stream()
                .map(s -> String.join(" ", Arrays.copyOfRange(tokens, s.getStart(), s.getEnd())) + "/" + s.getType())
                .toList();
    }

    @Test
    void aPersonInATeamsPlaceInARaceResultIsTheTeam() {
        assertEquals(List.of("Alex Zanardi/PERSON", "France/LOCATION", "Reynard Honda/ORGANIZATION"),
                apply("1. Alex Zanardi ( France ) , Reynard Honda , 53.980", span(1, 3, "PERSON"),
                        span(4, 5, "LOCATION"), span(7, 9, "PERSON")));
        assertEquals(List.of("Olaf Ludwig/PERSON", "France/LOCATION", "Telekom/ORGANIZATION"),
                apply("Olaf Ludwig ( France ) Telekom 4 hours", span(0, 2, "PERSON"), span(3, 4, "LOCATION"),
                        span(5, 6, "PERSON")));
        assertEquals(List.of("Anne Smith/PERSON", "France/LOCATION", "John Murphy/PERSON"),
                apply("The dead included Anne Smith ( France ) , John Murphy , 45", span(3, 5, "PERSON"),
                        span(6, 7, "LOCATION"), span(9, 11, "PERSON")));
        assertEquals(List.of("Sussex/ORGANIZATION", "France/LOCATION", "John Cook/PERSON"),
                apply("Sussex ( France ) John Cook 363", span(0, 1, "ORGANIZATION"), span(2, 3, "LOCATION"),
                        span(4, 6, "PERSON")));
    }

    @Test
    void aCompanyOrASportsReportsClubOfAPlaceIsWrittenApartFromIt() {
        String[] tokens = words("Bestop Inc of Lyon said");
        assertEquals(List.of(span(0, 2, "ORGANIZATION"), span(3, 4, "LOCATION")),
                RULES.apply(tokens, new Span[] {span(0, 4, "ORGANIZATION")}, true, false));
        String[] club = words("Benetton of France beat Dinamo");
        Span[] model = {span(0, 3, "ORGANIZATION")};
        assertEquals(List.of(span(0, 1, "ORGANIZATION"), span(2, 3, "LOCATION")),
                RULES.apply(club, model, false, true));
        assertEquals(List.of(model), RULES.apply(club, model, true, false));
        String[] body = words("Music Corporation of France said");
        Span[] whole = {span(0, 4, "ORGANIZATION")};
        assertEquals(List.of(whole), RULES.apply(body, whole, false, true));
        String[] national = words("Power Corp of France said");
        assertEquals(List.of(whole), RULES.apply(national, whole, true, false));
        String[] rally = words("Rally of France won");
        Span[] event = {span(0, 3, "ORGANIZATION")};
        assertEquals(List.of(event), RULES.apply(rally, event, false, true));
        String[] bank = words("Bank of France beat Dinamo");
        assertEquals(List.of(event), RULES.apply(bank, event, false, true));
    }

    @Test
    void listedPlaceAfterInIsALocationUnlessPossessive() {
        assertEquals(List.of("Liverpool/LOCATION"), apply("formed in Liverpool in 1960", span(2, 3, "ORGANIZATION")));
        assertEquals(List.of("Liverpool/ORGANIZATION"),
                apply("a goal in Liverpool 's win", span(3, 4, "ORGANIZATION")));
        assertEquals(List.of("Liverpool/LOCATION"), apply("In Liverpool , fans", span(1, 2, "ORGANIZATION")));
        assertEquals(List.of("Liverpool/LOCATION"),
                apply("fans across Liverpool cheered", span(2, 3, "ORGANIZATION")));
        assertEquals(List.of("Liverpool/ORGANIZATION"),
                apply("fans of Liverpool cheered", span(2, 3, "ORGANIZATION")));
    }

    @Test
    void legalFormAfterACommaJoinsTheNameAndCoveredSpansGo() {
        assertEquals(List.of("Acme Widgets , LLC/ORGANIZATION"),
                apply("Acme Widgets , LLC said", span(0, 2, "PERSON"), span(3, 4, "ORGANIZATION")));
    }

    /** A company's name ending in a legal form takes in the capitalised words the model left before it. */
    @Test
    void companyNameRunsBackOverCapitalisedWords() {
        assertEquals(List.of("First Chicago NBD Corp./ORGANIZATION"),
                apply("shares of First Chicago NBD Corp. rose", span(3, 6, "ORGANIZATION")));
        assertEquals(List.of("First of Michigan Corp./ORGANIZATION"),
                apply("analyst at First of Michigan Corp. said", span(4, 6, "ORGANIZATION")));
    }

    /** Not over the first word, "The", a compound like "Louis-based", a word in capitals or another name. */
    @Test
    void companyNameStopsAtWordsThatAreNoPartOfIt() {
        assertEquals(List.of("Acme Corp./ORGANIZATION"), apply("Shares Acme Corp. rose", span(1, 3, "ORGANIZATION")));
        assertEquals(List.of("Lunar Systems Inc./ORGANIZATION"),
                apply("and The Lunar Systems Inc. said", span(2, 5, "ORGANIZATION")));
        assertEquals(List.of("Mercantile Bancorp Inc./ORGANIZATION"),
                apply("St. Louis-based Mercantile Bancorp Inc. said", span(3, 5, "ORGANIZATION")));
        assertEquals(List.of("ACME CORP/ORGANIZATION"), apply("SHARES IN ACME CORP RISE", span(2, 4, "ORGANIZATION")));
        assertEquals(List.of("Smith/PERSON", "Acme Co/ORGANIZATION"),
                apply("said Smith Acme Co chief", span(1, 2, "PERSON"), span(2, 4, "ORGANIZATION")));
        assertEquals(List.of("Acme Widgets/ORGANIZATION"), apply("at Big Acme Widgets", span(2, 4, "ORGANIZATION")));
    }

    @Test
    void spanPartlyCoveredByALegalFormKeepsItsRest() {
        assertEquals(List.of("Acme , Inc./ORGANIZATION", "Smith/PERSON"),
                apply("Acme , Inc. Smith said", span(0, 1, "ORGANIZATION"), span(2, 4, "PERSON")));
    }

    @Test
    void stateAbbreviationsAreNotLegalForms() {
        assertEquals(List.of("Denver/LOCATION"), apply("Denver , CO", span(0, 1, "LOCATION")));
    }

    @Test
    void placeAndItsCountryAreTwoPlaces() {
        assertEquals(List.of("Lyon/LOCATION", "France/LOCATION"),
                apply("we stayed in Lyon France", span(3, 5, "ORGANIZATION")));
        assertEquals(List.of("Texas/LOCATION", "USA/LOCATION"), apply("in Texas USA", span(1, 3, "LOCATION")));
        // "UK" is in no list here, as "USA" is in none of the real ones: the abbreviations are known to the rule.
        assertEquals(List.of("Liverpool/LOCATION", "UK/LOCATION"), apply("in Liverpool UK", span(1, 3, "LOCATION")));
    }

    @Test
    void countryFirstOrAPersonIsNotSplit() {
        assertEquals(List.of("United States Virgin Islands/LOCATION"),
                apply("the United States Virgin Islands", span(1, 5, "LOCATION")));
        assertEquals(List.of("Lyon France/PERSON"), apply("Lyon France said", span(0, 2, "PERSON")));
    }

    @Test
    void legalFormWinsOverASplit() {
        assertEquals(List.of("Lyon France , AG/ORGANIZATION"), apply("Lyon France , AG", span(0, 2, "LOCATION")));
    }

    @Test
    void nameEndingInAnOrganisationWordIsAnOrganisationUnlessAListedPlace() {
        assertEquals(List.of("Verve Records/ORGANIZATION"), apply("Verve Records signed", span(0, 2, "PERSON")));
        assertEquals(List.of("West Bank/LOCATION"), apply("the West Bank", span(1, 3, "LOCATION")));
    }

    @Test
    void titleMakesAPersonUnlessTheNameEndsInAnOrganisationOrPlaceWord() {
        assertEquals(List.of("Queen Victoria/PERSON"), apply("Queen Victoria opened it", span(0, 2, "ORGANIZATION")));
        assertEquals(List.of("King Records/ORGANIZATION"), apply("King Records signed", span(0, 2, "ORGANIZATION")));
        assertEquals(List.of("Prince Albert Park/LOCATION"), apply("Prince Albert Park", span(0, 3, "LOCATION")));
    }

    @Test
    void addedOrganisationsKeepTheSpansInOrder() {
        assertEquals(List.of("Verve Records/ORGANIZATION", "Smith/PERSON"),
                apply("Verve Records signed Smith", span(3, 4, "PERSON")));
    }

    /** No person's name ends in "County" or "Empire"; clubs do ("Ross County"), so only persons are retyped. */
    @Test
    void personEndingInAnAdministrativeWordIsAPlace() {
        assertEquals(List.of("Ogle County/LOCATION"), apply("a path through Ogle County", span(3, 5, "PERSON")));
        assertEquals(List.of("Ross County/ORGANIZATION"), apply("Ross County won", span(0, 2, "ORGANIZATION")));
        assertEquals(List.of("Wayne Bridge/PERSON"), apply("left-back Wayne Bridge", span(1, 3, "PERSON")));
    }

    /** Administrative areas are places; "Department" only after a listed place, and bodies stay bodies. */
    @Test
    void administrativeAreasArePlaces() {
        assertEquals(List.of("Arequipa Region/LOCATION"), apply("in the Arequipa Region", span(2, 4, "ORGANIZATION")));
        assertEquals(List.of("Lyon Department/LOCATION"), apply("the Lyon Department", span(1, 3, "ORGANIZATION")));
        assertEquals(List.of("Commerce Department/ORGANIZATION"),
                apply("the Commerce Department", span(1, 3, "ORGANIZATION")));
        assertEquals(List.of("Texas Unified School District/ORGANIZATION"),
                apply("the Texas Unified School District", span(1, 5, "ORGANIZATION")));
    }

    /** Given names and a regnal number make a person; a name with other words keeps its type. */
    @Test
    void givenNameAndRegnalNumberIsAPerson() {
        assertEquals(List.of("Elizabeth II/PERSON"),
                apply("the coronation of Elizabeth II in 1953", span(3, 5, "ORGANIZATION")));
        assertEquals(List.of("Lycée Henri IV/ORGANIZATION"), apply("at Lycée Henri IV", span(1, 4, "ORGANIZATION")));
    }

    /**
     * "I" after a person is a regnal number where the pronoun cannot stand ("Elizabeth I born", not "Green I know").
     */
    @Test
    void regnalOneJoinsAPersonButThePronounDoesNot() {
        assertEquals(List.of("Elizabeth I/PERSON"), apply("1533 - Queen Elizabeth I born .", span(3, 4, "PERSON")));
        assertEquals(List.of("Pedro I/PERSON"), apply("and Pedro I became emperor", span(1, 2, "PERSON")));
        assertEquals(List.of("Hank Green/PERSON"), apply("The Hank Green I know", span(1, 3, "PERSON")));
    }

    /** A broadcaster's number, and "Live" after it, are in its name; not a number after other names. */
    @Test
    void stationNumberJoinsABroadcastersName() {
        assertEquals(List.of("BBC Radio 4's/ORGANIZATION"),
                apply("told BBC Radio 4's Today programme", span(1, 3, "ORGANIZATION")));
        assertEquals(List.of("BBC Radio Five Live/ORGANIZATION"),
                apply("on BBC Radio Five Live on Sunday", span(1, 3, "ORGANIZATION")));
        assertEquals(List.of("Channel 4/ORGANIZATION"), apply("a Channel 4 show", span(1, 2, "ORGANIZATION")));
        assertEquals(List.of("Arsenal/ORGANIZATION"), apply("Arsenal 2 Chelsea 1", span(0, 1, "ORGANIZATION")));
        assertEquals(List.of("Radio/PERSON"), apply("Radio 4 times", span(0, 1, "PERSON")));
        assertEquals(List.of("BBC/ORGANIZATION"), apply("told the BBC 30 people", span(2, 3, "ORGANIZATION")));
        assertEquals(List.of("BBC Two/ORGANIZATION"), apply("on BBC Two tonight", span(1, 2, "ORGANIZATION")));
        assertEquals(List.of("BBC 6 Music/ORGANIZATION"), apply("on BBC 6 Music today", span(1, 2, "ORGANIZATION")));
    }

    /** A country is a place even where it stands for its team; a state may be a team ("TEXAS" in baseball). */
    @Test
    void countryTypedAsAnOrganisationIsAPlace() {
        assertEquals(List.of("France/LOCATION"), apply("France beat them 2-1", span(0, 1, "ORGANIZATION")));
        assertEquals(List.of("Texas/ORGANIZATION"), apply("Texas beat them 2-1", span(0, 1, "ORGANIZATION")));
    }

    /** Outside a sports report a listed town the model typed as an organisation is the town. */
    @Test
    void townOutsideASportsReportIsALocation() {
        String[] tokens = words("services to Lyon and Asahi , said INA");
        Span[] model = {span(2, 3, "ORGANIZATION"), span(4, 5, "ORGANIZATION"), span(7, 8, "ORGANIZATION")};
        assertEquals(List.of(span(2, 3, "LOCATION"), span(4, 5, "ORGANIZATION"), span(7, 8, "ORGANIZATION")),
                RULES.apply(tokens, model, true));
        assertEquals(List.of(model), RULES.apply(tokens, model, false));
    }

    /** Capitalised words after an honorific that the model left alone are a person; an office is not. */
    @Test
    void unfoundNameAfterAnHonorificIsAPerson() {
        assertEquals(List.of("Lasdon/PERSON"), apply("dinner with Dr. Lasdon today"));
        assertEquals(List.of("Mary Jo Foley/PERSON"), apply("said Ms Mary Jo Foley . The"));
        assertEquals(List.of(), apply("said Mr. Ambassador today"));
        assertEquals(List.of(), apply("The Mr. the"));
        assertEquals(List.of("Dr. Rohatgi/PERSON"), apply("said Dr. Rohatgi", span(1, 3, "PERSON")));
    }

    /** A capitalised run the model left alone after "born in" or "near" is a place; a month or a found name is not. */
    @Test
    void unfoundPlaceAfterBornInIsALocation() {
        assertEquals(List.of("Can Tho/LOCATION"), apply("He was born in Can Tho ."));
        assertEquals(List.of("Pibor/LOCATION"), apply("It joins the river near Pibor ."));
        assertEquals(List.of(), apply("He was born in March 1950 ."));
        assertEquals(List.of("Can Tho/PERSON"), apply("He grew up in Can Tho", span(4, 6, "PERSON")));
        assertEquals(List.of(), apply("It is located in Asahi"));
        assertEquals(List.of("Paris/LOCATION", "Lyon/LOCATION"), apply("he was born in Paris near Lyon"));
        assertEquals(List.of(), apply("Poet Born In Paris Near Lyon Dies"));
    }

    /** What follows a point of the compass and "of" is a place, found or not; "West of Scotland" is a name. */
    @Test
    void nameAfterAPointOfTheCompassIsAPlace() {
        assertEquals(List.of("Sępólno Krajeńskie/LOCATION"),
                apply("It lies south-west of Sępólno Krajeńskie .", span(4, 6, "PERSON")));
        assertEquals(List.of("Dubno/LOCATION"), apply("It lies 6 km north of Dubno ."));
        assertEquals(List.of("Scotland/ORGANIZATION"),
                apply("He joined West of Scotland .", span(4, 5, "ORGANIZATION")));
        assertEquals(List.of(), apply("It lies north of the river ."));
        assertEquals(List.of("Bush/PERSON"), apply("It lies north of Bush 's ranch .", span(4, 5, "PERSON")));
        assertEquals(List.of(), apply("It lies north of Smith 's ranch ."));
        assertEquals(List.of("Harvard University/ORGANIZATION"),
                apply("a mile north of Harvard University", span(4, 6, "ORGANIZATION")));
        // The road with its number, not "Interstate" alone (RoadNames).
        assertEquals(List.of("Interstate 80/LOCATION"), apply("It lies south of Interstate 80 ."));
    }

    /** A saint's possessive or a building named after someone's is inside the name, unless a list holds a side. */
    @Test
    void nameRunsAcrossAPossessive() {
        assertEquals(List.of("St James ' Park/LOCATION"),
                apply("at St James ' Park the Dutchman", span(1, 3, "LOCATION")));
        assertEquals(List.of("St. James 's Park/LOCATION"), apply("Fans left St. James 's Park early ."));
        assertEquals(List.of("Queen 's Park/ORGANIZATION"), apply("Fans visited Queen 's Park .",
                span(4, 5, "ORGANIZATION")));
        assertEquals(List.of("Martha 's Vineyard/LOCATION"), apply("on Martha 's Vineyard and", span(1, 2, "PERSON")));
        assertEquals(List.of("France/LOCATION"), apply("in France 's Park", span(1, 2, "LOCATION")));
        assertEquals(List.of("St Gallen/ORGANIZATION", "Texas/LOCATION"),
                apply("with St Gallen 's Texas player", span(1, 3, "ORGANIZATION"), span(4, 5, "LOCATION")));
        assertEquals(List.of("Obama/PERSON"), apply("Obama 's Park Service said", span(0, 1, "PERSON")));
        assertEquals(List.of("Manning/PERSON"), apply("Manning 's Hall of Fame induction", span(0, 1, "PERSON")));
        assertEquals(List.of("Manning/PERSON"), apply("Manning 's Hall & more", span(0, 1, "PERSON")));
        assertEquals(List.of("St Mark/ORGANIZATION"), apply("at St Mark 's Union Station .",
                span(1, 3, "ORGANIZATION")));
        assertEquals(List.of("St Louis/ORGANIZATION", "Mark McGwire/PERSON"),
                apply("St Louis ' Mark McGwire hit", span(0, 2, "ORGANIZATION"), span(3, 5, "PERSON")));
        assertEquals(List.of("St Patrick/ORGANIZATION"), apply("the St Patrick 's Day parade",
                span(1, 3, "ORGANIZATION")));
        assertEquals(List.of("St Petersburg/LOCATION", "Hermitage Museum/LOCATION"),
                apply("at St Petersburg 's Hermitage Museum", span(1, 3, "LOCATION"), span(4, 6, "LOCATION")));
        assertEquals(List.of("St Helens/ORGANIZATION", "Sean Long/PERSON"),
                apply("St Helens ' Sean Long scored", span(0, 2, "ORGANIZATION"), span(3, 5, "PERSON")));
        assertEquals(List.of("St. Mary 's Regional Medical Center/ORGANIZATION"),
                apply("at St. Mary 's Regional Medical Center .", span(1, 3, "ORGANIZATION"),
                        span(4, 7, "ORGANIZATION")));
    }

    /** A firm a list holds is an organisation, whatever its last word suggests, unless a place list holds it too. */
    @Test
    void listedFirmIsAnOrganisation() {
        assertEquals(List.of("Burger King/ORGANIZATION"), apply("lunch at Burger King .", span(2, 4, "LOCATION")));
        assertEquals(List.of("Burger King/ORGANIZATION"), apply("Burger King said", span(0, 2, "PERSON")));
        assertEquals(List.of("King/PERSON"), apply("King said", span(0, 1, "PERSON")));
    }

    /** A party written short is an organisation, though the model reads "Lib Dem" as a person. */
    @Test
    void shortPartyNameIsAnOrganisation() {
        assertEquals(List.of("Lib Dems/ORGANIZATION"), apply("the Lib Dems said", span(1, 3, "PERSON")));
        assertEquals(List.of("Lib Dem/ORGANIZATION"), apply("Lib Dem leader Charles", span(0, 2, "PERSON")));
        assertEquals(List.of(), apply("Most Dems oppose it"));
        assertEquals(List.of("Pelosi/PERSON"), apply("Pelosi Dems want more", span(0, 1, "PERSON")));
        assertEquals(List.of("Tory/ORGANIZATION"), apply("Tory leader Michael", span(0, 1, "PERSON")));
    }

    /** A holiday alone is no name; a longer name with one in it stays. */
    @Test
    void holidayIsNoName() {
        assertEquals(List.of(), apply("a Christmas movie", span(1, 2, "PERSON")));
        assertEquals(List.of(), apply("over Easter .", span(1, 2, "ORGANIZATION")));
        assertEquals(List.of("Christmas Island/LOCATION"), apply("on Christmas Island .", span(1, 3, "LOCATION")));
    }

    /** "I" and its contractions are never names, however the model reads them. */
    @Test
    void firstPersonIsNoName() {
        assertEquals(List.of(), apply("but I'm sure", span(1, 2, "PERSON")));
        assertEquals(List.of(), apply("and I 'm planning to", span(1, 3, "PERSON")));
        assertEquals(List.of(), apply("I\u2019ll go", span(0, 1, "ORGANIZATION")));
        assertEquals(List.of(), apply("I'M BACK", span(0, 1, "PERSON")));
        assertEquals(List.of("Ima/PERSON"), apply("Ima said", span(0, 1, "PERSON")));
    }

    /** A whole sports event is no person, place or organisation (CoNLL's MISC); a firm's "Games" is a firm. */
    @Test
    void wholeSportsEventIsDropped() {
        assertEquals(List.of(), apply("at the Liverpool Marathon .", span(2, 4, "LOCATION")));
        assertEquals(List.of(), apply("the Lyon Masters final", span(1, 3, "LOCATION")));
        assertEquals(List.of(), apply("the Lyon Games opened", span(1, 3, "ORGANIZATION")));
        assertEquals(List.of(), apply("the Commonwealth Games opened", span(1, 3, "ORGANIZATION")));
        assertEquals(List.of(), apply("the COMMONWEALTH GAMES opened", span(1, 3, "ORGANIZATION")));
        assertEquals(List.of("Rockstar Games/ORGANIZATION"),
                apply("Rockstar Games said", span(0, 2, "ORGANIZATION")));
        assertEquals(List.of("Brian Masters/PERSON"), apply("Brian Masters said", span(0, 2, "PERSON")));
        assertEquals(List.of("Liverpool/ORGANIZATION"), apply("Liverpool won the cup", span(0, 1, "ORGANIZATION")));
    }

    /** A listed place the model took for a person is the place where a journey goes, unless possessive. */
    @Test
    void listedPlaceWhereAJourneyGoesIsAPlace() {
        assertEquals(List.of("Lyon/LOCATION"), apply("He flew to Lyon on Monday", span(3, 4, "PERSON")));
        assertEquals(List.of("Lyon/LOCATION"), apply("when he visited Lyon", span(3, 4, "PERSON")));
        assertEquals(List.of("Lyon/LOCATION"), apply("They returned from Lyon .", span(3, 4, "PERSON")));
        assertEquals(List.of("Lyon/PERSON"), apply("He passed to Lyon .", span(3, 4, "PERSON")));
        assertEquals(List.of("Lyon/PERSON"), apply("The award went to Lyon .", span(4, 5, "PERSON")));
        assertEquals(List.of("Lyon/PERSON"), apply("a visit to Lyon 's home", span(3, 4, "PERSON")));
        assertEquals(List.of("Lyon/PERSON"), apply("a visit to Lyon \u2019 home", span(3, 4, "PERSON")));
        assertEquals(List.of("Ferrand/PERSON"), apply("He flew to Ferrand .", span(3, 4, "PERSON")));
        assertEquals(List.of("Henri Lyon/PERSON"), apply("He visited Henri Lyon .", span(2, 4, "PERSON")));
    }

    /** A found name with an organisation word heading a complement is an organisation, unless a list holds a place. */
    @Test
    void organisationWordHeadingAComplementMakesAnOrganisation() {
        assertEquals(List.of("London School of Economics/ORGANIZATION"),
                apply("at the London School of Economics .", span(2, 6, "LOCATION")));
        assertEquals(List.of("Central Bank of Liberia/ORGANIZATION"),
                apply("the Central Bank of Liberia said", span(1, 5, "PERSON")));
        assertEquals(List.of("Gulf of Mexico/LOCATION"), apply("in the Gulf of Mexico", span(2, 5, "LOCATION")));
    }

    /** A name opening with a word of geography is a place, unless it ends in an organisation word. */
    @Test
    void nameOpeningWithAWordOfGeographyIsAPlace() {
        assertEquals(List.of("Isle of Wight/LOCATION"), apply("on the Isle of Wight", span(2, 5, "ORGANIZATION")));
        assertEquals(List.of("Mount Rainier/LOCATION"), apply("near Mount Rainier", span(1, 3, "PERSON")));
        assertEquals(List.of("Lake Hackett/LOCATION"), apply("on Lake Hackett", span(1, 3, "ORGANIZATION")));
        assertEquals(List.of("Lake Bell/PERSON"), apply("actress Lake Bell", span(1, 3, "PERSON")));
        assertEquals(List.of("Mount Marty College/ORGANIZATION"),
                apply("at Mount Marty College", span(1, 4, "ORGANIZATION")));
    }

    /** A capitalised run opened by a word of geography that the model left alone is added as a place. */
    @Test
    void unfoundNameOpeningWithAWordOfGeographyIsAdded() {
        assertEquals(List.of("Mount Rainier/LOCATION"), apply("Visitors to Mount Rainier can view it"));
        assertEquals(List.of("Isle of Bute/LOCATION"), apply("home on the Isle of Bute ."));
        assertEquals(List.of("Mount Marty College/ORGANIZATION"), apply("at Mount Marty College ."));
    }

    /** A title right after its kind of work is no name; the same words elsewhere are. */
    @Test
    void titleAfterAKindOfWorkIsNoName() {
        assertEquals(List.of(), apply("the album Blackened Sky was", span(2, 4, "PERSON")));
        assertEquals(List.of(), apply("his film Vera Drake won", span(2, 4, "PERSON")));
        assertEquals(List.of("Vera Drake/PERSON"), apply("actress Vera Drake won", span(1, 3, "PERSON")));
    }

    /** A club after a player's career words is an organisation; a country or a home nation stays a place. */
    @Test
    void clubAfterPlayersCareerWordsIsAnOrganisation() {
        assertEquals(List.of("Liverpool/ORGANIZATION"), apply("he played for Liverpool", span(3, 4, "LOCATION")));
        assertEquals(List.of("San Lorenzo/ORGANIZATION"),
                apply("he is on loan from San Lorenzo", span(5, 7, "PERSON")));
        assertEquals(List.of("Torpedo Minsk/ORGANIZATION"),
                apply("made his debut for Torpedo Minsk", span(4, 6, "LOCATION")));
        assertEquals(List.of("France/LOCATION"), apply("he played for France", span(3, 4, "LOCATION")));
        assertEquals(List.of("England/LOCATION"), apply("three appearances for England", span(3, 4, "LOCATION")));
        assertEquals(List.of("Liverpool/LOCATION"), apply("he played in Liverpool", span(3, 4, "LOCATION")));
        assertEquals(List.of("Dr. Smith/PERSON"), apply("he played for Dr. Smith", span(3, 5, "PERSON")));
        assertEquals(List.of("Henri Lyon/PERSON"), apply("the band played for Henri Lyon", span(4, 6, "PERSON")));
        assertEquals(List.of("Lyon/ORGANIZATION"),
                apply("he is on a season-long loan from Lyon", span(7, 8, "LOCATION")));
        assertEquals(List.of("Lyon/ORGANIZATION"), apply("he was on loan from Lyon", span(5, 6, "LOCATION")));
        assertEquals(List.of("Lyon/LOCATION"), apply("the bank made a loan to Lyon", span(6, 7, "LOCATION")));
        assertEquals(List.of("Lyon Province/LOCATION"),
                apply("a loan on loan to Lyon Province", span(5, 7, "LOCATION")));
    }

    /** Outside sports reports a town stays a club after a player's career words. */
    @Test
    void clubAfterCareerWordsStaysAClubOutsideSportsReports() {
        assertEquals(List.of("Lyon/ORGANIZATION"), apply(true, "he played for Lyon", span(3, 4, "ORGANIZATION")));
    }

    /** A given name, middle initials and a surname make a person; a place word at the end keeps its place. */
    @Test
    void givenNameWithMiddleInitialIsAPerson() {
        assertEquals(List.of("Catherine E. Shoichet/PERSON"),
                apply("and Catherine E. Shoichet wrote", span(1, 4, "ORGANIZATION")));
        assertEquals(List.of("Catherine J. R. Shoichet/PERSON"),
                apply("by Catherine J. R. Shoichet", span(1, 5, "LOCATION")));
        assertEquals(List.of("Elizabeth B. Park/LOCATION"), apply("in Elizabeth B. Park", span(1, 4, "LOCATION")));
        assertEquals(List.of("Acme E. Shoichet/ORGANIZATION"),
                apply("and Acme E. Shoichet wrote", span(1, 4, "ORGANIZATION")));
    }

    @Test
    void titledNameEndingInABuildingIsNoPerson() {
        assertEquals(List.of("Queen Alia International Airport/ORGANIZATION"),
                apply("at Queen Alia International Airport", span(1, 5, "ORGANIZATION")));
    }

    /** A town before a comma and its state or country, and the state after a town, are places, not clubs. */
    @Test
    void placeAndItsRegionAfterACommaArePlaces() {
        assertEquals(List.of("Robertsdale/LOCATION", "Texas/LOCATION"),
                apply("He lived in Robertsdale , Texas , for years", span(3, 4, "ORGANIZATION"),
                        span(5, 6, "ORGANIZATION")));
        assertEquals(List.of("Robertsdale/LOCATION", "France/LOCATION"),
                apply("Robertsdale , France 12345", span(0, 1, "ORGANIZATION"), span(2, 3, "LOCATION")));
        assertEquals(List.of("Asahi/ORGANIZATION", "Memories Pizza of Walkerton/ORGANIZATION",
                "Harvard Club/ORGANIZATION"),
                apply("Asahi , Texas . Memories Pizza of Walkerton , Texas . Harvard Club , Texas .",
                        span(0, 1, "ORGANIZATION"), span(4, 8, "ORGANIZATION"), span(11, 13, "ORGANIZATION")));
        assertEquals(List.of("Texas State/ORGANIZATION", "Robertsdale/ORGANIZATION", "France/LOCATION"),
                apply("Texas State , France . Robertsdale , France , Lyon and Liverpool won",
                        span(0, 2, "ORGANIZATION"), span(5, 6, "ORGANIZATION"), span(7, 8, "LOCATION")));
        // An empty token (two spaces in these hand-made sentences) ends the address rather than failing.
        assertEquals(List.of("Robertsdale/LOCATION"), apply("Robertsdale , Texas  x", span(0, 1, "ORGANIZATION")));
        assertEquals(List.of("Xinhua/ORGANIZATION", "France/LOCATION"),
                apply("according to Xinhua , France 's agency", span(2, 3, "ORGANIZATION"),
                        span(4, 5, "LOCATION")));
    }

    @Test
    void countryAbbreviationBeforeAnOfficeIsAPlace() {
        assertEquals(List.of("US/LOCATION", "George Bush/PERSON"),
                apply("met US President George Bush .", span(3, 5, "PERSON")));
        assertEquals(List.of("U.S./LOCATION", "John Kerry/PERSON"),
                apply("U.S. Secretary of State John Kerry said", span(0, 1, "ORGANIZATION"), span(4, 6, "PERSON")));
        // Where the model's name already covers the abbreviation, nothing is added.
        assertEquals(List.of("U.S. President Smith/PERSON"), apply("U.S. President Smith said", span(0, 3, "PERSON")));
    }

    @Test
    void personsAroundAnUndottedInitialAreOnePerson() {
        assertEquals(List.of("George W Bush/PERSON"),
                apply("President George W Bush said", span(1, 2, "PERSON"), span(3, 4, "PERSON")));
        assertEquals(List.of("Mary/PERSON", "Peter/PERSON"),
                apply("What Mary I Peter said", span(1, 2, "PERSON"), span(3, 4, "PERSON")));
    }

    @Test
    void personWithAnAmpersandIsAFirm() {
        assertEquals(List.of("Douglas & Lomason/ORGANIZATION"),
                apply("Douglas & Lomason shares rose", span(0, 3, "PERSON")));
        assertEquals(List.of("Trinidad & Tobago/LOCATION"), apply("in Trinidad & Tobago", span(1, 4, "LOCATION")));
    }

    @Test
    void unfoundAuthorOfASpeciesIsAPerson() {
        assertEquals(List.of("Meyrick/PERSON"), apply("It was described by Meyrick in 1909 ."));
        assertEquals(List.of(), apply("The attack was described by Human Rights Watch as a crime ."));
        assertEquals(List.of("Charles Oberthür/PERSON"), apply("It was described by Charles Oberthür , 1911 ."));
        assertEquals(List.of("Edward Meyrick/PERSON"),
                apply("It was described by Edward Meyrick in 1931 .", span(4, 6, "PERSON")));
        assertEquals(List.of(), apply("It was described by the authors as rare ."));
    }

    @Test
    void typesTheServiceDoesNotReportAreDropped() {
        assertEquals(List.of("Paris/LOCATION"),
                apply("Paris Open in Paris", span(0, 2, "MISC"), span(3, 4, "LOCATION")));
    }

    /** A person opening with a building's word of another language is a place; "Villa" also opens persons. */
    @Test
    void personsNamedLikeBuildingsAreTheBuildings() {
        assertEquals(List.of("Villa Ruiz/PERSON"),
                apply("Villa Ruiz , a winger from Seville", span(0, 2, "person")));
        assertEquals(List.of("Burg Valdrecht/LOCATION", "Weser/LOCATION"),
                apply("the castle of Burg Valdrecht near the Weser", span(3, 5, "person"), span(7, 8, "location")));
        assertEquals(List.of("Palazzo Vecchio/LOCATION"),
                apply("three years at the Palazzo Vecchio", span(4, 6, "person")));
        assertEquals(List.of("Château Margaux/ORGANIZATION"),
                apply("a bottle of Château Margaux", span(3, 5, "organization")));
    }

    /** A publisher's name is an organisation whatever the model called it. */
    @Test
    void publishersAreOrganisations() {
        assertEquals(List.of("Marvel Comics/ORGANIZATION"),
                apply("They pitched the character to Marvel Comics in 1992", span(5, 7, "person")));
        assertEquals(List.of("Stadler Rail/ORGANIZATION"),
                apply("trams built by Stadler Rail in 2019", span(3, 5, "person")));
        assertEquals(List.of("Steele Electric/ORGANIZATION"),
                apply("I have been using Steele Electric for years", span(4, 6, "person")));
        assertEquals(List.of("Catherine Books/PERSON"),
                apply("Catherine Books , a librarian in Toledo", span(0, 2, "person")));
        assertEquals(List.of("Tor Books/ORGANIZATION", "Brandon Sanderson/PERSON"),
                apply("Tor Books announced that Brandon Sanderson would finish it", span(0, 2, "person"),
                        span(4, 6, "person")));
    }

    /** "Province of" and a place is one place, however the model split or typed it. */
    @Test
    void areasOfPlacesAreOnePlace() {
        assertEquals(List.of("Province of Padua/LOCATION"),
                apply("The Province of Padua has 102 comuni", span(1, 2, "location"), span(3, 4, "location")));
        assertEquals(List.of("Region of Murcia/LOCATION"),
                apply("The Region of Murcia grows lemons", span(1, 4, "organization")));
        assertEquals(List.of("Lazio Region/LOCATION", "Italy/LOCATION"),
                apply("the Lazio Region of Italy", span(1, 3, "location"), span(4, 5, "location")));
    }
}
