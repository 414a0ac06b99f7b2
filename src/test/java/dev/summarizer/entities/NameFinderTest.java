package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/** Rules around the shipped model's output, checked on the model itself. */
class NameFinderTest {

    private static NameFinder finder;
    private static NameFinder copyingFinder;

    @BeforeAll
    static void loadModel() throws Exception {
        TokenNameFinderModel model = new TokenNameFinderModel(Path.of("models/en-ner.bin"));
        finder = new NameFinder(model, false);
        copyingFinder = new NameFinder(model, true);
    }

    /** Where the finder's mentions of exactly these words start in the text. */
    private static List<Integer> startsOf(NameFinder nameFinder, String text, String words) {
        return nameFinder.find(text, new NameFinderInputSentences(text).sentences()).stream()
                .filter(mention -> mention.text().equals(words)).map(Mention::start).toList();
    }

    /** The ships and storms of a text whose mentions are not at hand, with no given names listed. */
    private static PrefixedNames prefixedIn(String text) {
        return PrefixedNames.in(text, List.of(), name -> false, false);
    }

    private static List<String> found(String text) {
        return found(finder, text);
    }

    /** The finder's mentions as "text/TYPE", in order. */
    private static List<String> found(NameFinder nameFinder, String text) {
        return TestMentions.typed(nameFinder.find(text, new NameFinderInputSentences(text).sentences()));
    }

    /** CoNLL's football reports taught the model that "Liverpool" is a club; after "in" it is the city. */
    @Test
    void listedPlaceAfterInIsALocation() {
        assertEquals(List.of("Liverpool/LOCATION"), found("The band was formed in Liverpool in 1960 ."));
    }

    @Test
    void listedPlacesCoordinatedAfterInAreLocations() {
        assertEquals(List.of("Liverpool/LOCATION", "Hamburg/LOCATION"),
                found("They played clubs in Liverpool and Hamburg over three years ."));
    }

    /** After a place, a name that starts a new clause is not another place of a list. */
    @Test
    void clubStartingAClauseAfterAPlaceStaysAnOrganization() {
        for (String sentence : new String[] {"He was born in Manchester , Liverpool signed him in 2004 .",
            "He grew up in Leeds and Liverpool beat them later ."}) {
            List<String> names = found(sentence);
            assertEquals("Liverpool/ORGANIZATION", names.get(names.size() - 1), sentence);
        }
    }

    /**
     * Outside sports reports a listed town is the town; in one, or in a text too short to tell, it stays the club
     * the model read.
     */
    @Test
    void townOutsideASportsReportIsALocation() {
        String news = " The party said the decision had been taken after a long review of costs and of the hotels"
                + " that its members would need for the week .";
        assertEquals(List.of("Blackpool/LOCATION", "Bournemouth/LOCATION"),
                found("For years the parties have rotated between Blackpool , Bournemouth and the rest ." + news));
        assertEquals(List.of("Blackpool/ORGANIZATION", "Bournemouth/ORGANIZATION"),
                found("Blackpool beat Bournemouth 2-1 in the league cup ." + news));
        assertEquals(List.of("Blackpool/ORGANIZATION", "Bournemouth/ORGANIZATION"),
                found("For years the parties have rotated between Blackpool , Bournemouth and the rest ."));
    }

    /** A title after its kind of work stays out even where the same words are found as a name elsewhere. */
    @Test
    void titleOfAWorkIsNotCopiedBack() {
        String text = "Vera Drake won the prize . Mike Leigh 's film Vera Drake opens today .";
        List<String> names = copyingFinder.find(text, new NameFinderInputSentences(text).sentences()).stream()
                .map(m -> m.text() + "@" + m.start()).toList();
        assertEquals(false, names.contains("Vera Drake@46"), names.toString());
        assertEquals(true, TitlesOfWorks.precedes(text, 46));
        assertEquals(false, TitlesOfWorks.precedes(text, 0));
    }

    /** A title the text defines as a work is no name, in its defining sentence or later. */
    @Test
    void definedWorkIsNoNameAnywhere() {
        String text = "The Salt Road is a 1987 American Western film directed by Walter Keane . The Salt Road was shot"
                + " in Utah over six weeks .";
        List<String> names = found(copyingFinder, text);
        assertEquals(List.of("Walter Keane/PERSON", "Utah/LOCATION"), names);
        String city = "Chicago is a 2002 American musical film directed by Rob Marshall . It was filmed in Toronto"
                + " rather than in Chicago , where critics praised it .";
        List<Integer> chicago = startsOf(copyingFinder, city, "Chicago");
        assertEquals(List.of(city.lastIndexOf("Chicago")), chicago, "the city stays, the film's title goes");
    }

    /**
     * A thing the text defines, named after a person, is no name wherever the text repeats it, even where the model
     * reads a person; the agency that built it stays.
     */
    @Test
    void definedThingIsNoNameAnywhere() {
        String text = "Rosetta was a space probe built by the European Space Agency and launched on 2 March 2004 ."
                + " Rosetta reached the comet in August 2014 , and Rosetta 's lander Philae touched down in November .";
        List<String> names = found(copyingFinder, text);
        assertEquals(List.of(), names.stream().filter(name -> name.startsWith("Rosetta")).toList(), names.toString());
        assertEquals(true, names.contains("European Space Agency/ORGANIZATION"), names.toString());
        String galileo = "Galileo was a spacecraft sent to Jupiter by NASA . It was named after the astronomer Galileo"
                + " Galilei . Galileo discovered the four large moons of Jupiter in 1610 .";
        assertEquals(List.of(galileo.lastIndexOf("Galileo")), startsOf(copyingFinder, galileo, "Galileo"),
                "the craft goes, the astronomer it is named after stays");
        String juno = "Juno is a space probe sent to Jupiter by NASA . Juno is named after the Roman goddess Juno ,"
                + " the wife of Jupiter .";
        assertEquals(List.of(juno.lastIndexOf("Juno")), startsOf(copyingFinder, juno, "Juno"),
                "the probe goes, the goddess it is named after stays");
    }

    /** The parties of a court case's title are no names there; elsewhere they are, and a match is no case. */
    @Test
    void caseTitleIsNoName() {
        String text = "Donoghue v Stevenson . Donoghue v Stevenson [1932] UKHL 100 was a landmark court decision by"
                + " the House of Lords ."
                + " On 26 August 1928 , Mrs May Donoghue drank a ginger beer in a cafe in Paisley .";
        List<String> names = found(text);
        assertEquals(List.of(text.lastIndexOf("Donoghue")), startsOf(finder, text, "Donoghue"), names.toString());
        assertEquals(List.of(), names.stream().filter(name -> name.startsWith("Stevenson")).toList(),
                names.toString());
        assertEquals(true, names.contains("Paisley/LOCATION"), names.toString());
        String match = "England v Pakistan : the court of appeal was not needed , the umpires ruled on the spot .";
        assertEquals(List.of(), CaseNames.in(match));
        String chess = "Carlsen v Nakamura ended in a draw after the arbiter 's ruling .";
        assertEquals(List.of(), CaseNames.in(chess));
        assertEquals(List.of(), CaseNames.in("On Strictly , judge Shirley Ballas said Layton v Dianne was the dance-off"
                + " of the series ."));
        String debate = "The vote went narrowly to Sunak. Oxford v Cambridge was the next case the court heard.";
        assertEquals(List.of(new Span(debate.indexOf("Oxford"), debate.indexOf(" was"))), CaseNames.in(debate));
        assertEquals(false, found("He watched England v Pakistan at home .").isEmpty());
    }

    /**
     * A name in another language in parentheses takes the subject's type, and the language's name is no name; so
     * does an official name after a comma.
     */
    @Test
    void alternateNameTakesTheSubjectsType() {
        assertEquals(List.of("Dublin/LOCATION", "Baile Átha Cliath/LOCATION", "Ireland/LOCATION"),
                found("Dublin ( Irish : Baile Átha Cliath ) is the capital and largest city of Ireland ."));
        List<String> region = found("Kilimanjaro Region ( Swahili : Mkoa wa Kilimanjaro ) is one of Tanzania 's"
                + " 31 administrative regions .");
        assertEquals(List.of(), region.stream().filter(name -> name.startsWith("Swahili")).toList(),
                region.toString());
        List<String> city = found("Mysore , officially Mysuru ( Kannada : Maisūru ) , is a city in Karnataka .");
        assertEquals(true, city.contains("Mysuru/LOCATION") && city.contains("Maisūru/LOCATION"), city.toString());
        List<String> ceo = found("Microsoft ( CEO : Satya Nadella ) competes with Google .");
        assertEquals(true, ceo.contains("Satya Nadella/PERSON"), ceo.toString());
        List<String> weather = found("It was hot ( London : 31C ; Paris : 34C ) on Monday .");
        assertEquals(true, weather.contains("London/LOCATION") && weather.contains("Paris/LOCATION"),
                weather.toString());
        List<String> signing = found("Kane , officially Bayern Munich 's record signing , scored .");
        assertEquals(true, signing.contains("Bayern Munich/ORGANIZATION"), signing.toString());
        String characters = "Past cast ; Jenny Wolek : played by Kathy Glass ; Brynn Thayer .";
        assertEquals(List.of(characters.indexOf("Jenny Wolek")), startsOf(finder, characters, "Jenny Wolek"));
        assertEquals(List.of("Francis/PERSON", "Franciscus/PERSON"),
                found("Pope Francis ( Latin : Franciscus ) was the head of the Catholic Church .").subList(0, 2));
    }

    /** A title opens the school or hospital named after its holder; before a person it stays off the name. */
    @Test
    void titleOpensANamesakeInstitution() {
        assertEquals(List.of("King Edward VI School/ORGANIZATION", "Birmingham/LOCATION"),
                found("He studied at King Edward VI School in Birmingham ."));
        assertEquals(List.of("Sir John Leman Grammar School/ORGANIZATION", "Beccles/LOCATION"),
                found("He attended Sir John Leman Grammar School in Beccles ."));
        assertEquals(List.of("Elton John/PERSON"), found("Sir Elton John sang ."));
    }

    /** A national park is a place, whatever the model reads in its first words. */
    @Test
    void nationalParkIsAPlace() {
        assertEquals(List.of("Tsavo West National Park/LOCATION", "Kenya/LOCATION"),
                found("The reserve borders Tsavo West National Park in Kenya ."));
        assertEquals(List.of("Somiedo Natural Park/LOCATION"), found("Bears live in the Somiedo Natural Park ."));
    }

    /** A regiment the text defines as one is an organisation, whatever its name reads like. */
    @Test
    void definedRegimentIsAnOrganisation() {
        assertEquals(List.of("Black Watch/ORGANIZATION", "British Army/ORGANIZATION"),
                found("The Black Watch is an infantry regiment of the British Army ."));
    }

    /** A numbered road is one place with its number; a title that goes on after the number is no road. */
    @Test
    void numberedRoadIsOnePlace() {
        assertEquals(List.of("U.S. Route 65/LOCATION", "Marshfield/LOCATION"),
                found("It starts from U.S. Route 65 near Marshfield ."));
        assertEquals(List.of("Interstate 44/LOCATION", "California State Route 41/LOCATION"),
                found("It crosses Interstate 44 and California State Route 41 ."));
        assertEquals(List.of(), found("He played the Highway 61 Revisited album .").stream()
                .filter(name -> name.startsWith("Highway 61/")).toList());
        assertEquals(List.of(), found("A podcast called Route 99 also covered the case ."));
        assertEquals(List.of("Chuck Berry/PERSON"), found("Chuck Berry 's version of Route 66 was used ."));
        assertEquals(List.of("Interstate 44/LOCATION"), found("Crash closes Interstate 44 ."));
        assertEquals(List.of("California State Route 41/LOCATION"), found("Unlike California State Route 41 , it is"
                + " short .").subList(0, 1));
    }

    /** Call signs in a text about broadcasting are stations, found or not; elsewhere they are left to the model. */
    @Test
    void callSignsOfStationsAreOrganisations() {
        String station = "WKLR-FM ( 97.3 FM ) is a commercial radio station licensed to Fort Wayne . In 1989 WXKE"
                + " was acquired by Federated Media , which owned WOWO .";
        List<String> names = found(station);
        assertEquals(true, names.containsAll(List.of("WKLR-FM/ORGANIZATION", "WXKE/ORGANIZATION",
                "WOWO/ORGANIZATION")), names.toString());
        assertEquals(List.of(), found("In 1989 WXKE was acquired .").stream()
                .filter(name -> name.startsWith("WXKE")).toList());
    }

    /** An electoral division is a place, after its member or its seat and before "ward"; a club stays a club. */
    @Test
    void electoralDivisionIsAPlace() {
        List<String> mp = found("She has been the Member of Parliament ( MP ) for Stockport South since 2017 .");
        assertEquals(true, mp.contains("Stockport South/LOCATION"), mp.toString());
        assertEquals(List.of("Montgomery/LOCATION", "Leonie Hiscutt/PERSON"),
                found("The seat of Montgomery was held by Leonie Hiscutt ."));
        assertEquals(List.of("Reddish North/LOCATION"), found("He represented the Reddish North ward ."));
        assertEquals(List.of("Manchester United/ORGANIZATION"), found("He was a member for Manchester United ."));
        assertEquals(List.of(), found("Brussels is the seat of NATO .").stream()
                .filter(name -> name.equals("NATO/LOCATION")).toList());
        assertEquals(List.of(), found("She was a TD for Fianna Fáil from 1997 .").stream()
                .filter(name -> name.endsWith("/LOCATION")).toList());
        assertEquals(List.of(), found("Frankie Dettori riding Enable won the race .").stream()
                .filter(name -> name.startsWith("Frankie Dettori/LOC")).toList());
        assertEquals(List.of(), found("Adilabad ( Lok Sabha constituency ) .").stream()
                .filter(name -> name.equals("Lok Sabha/LOCATION")).toList());
    }

    /** A house of a legislature is an organisation, whatever place it is named after. */
    @Test
    void houseOfALegislatureIsAnOrganisation() {
        assertEquals(List.of("Pennsylvania House of Representatives/ORGANIZATION"),
                found("He was a Republican member of the Pennsylvania House of Representatives from 2001 ."));
    }

    /** A one-word heading is no name when the text writes its word in lower case too. */
    @Test
    void commonWordHeadingIsNoName() {
        String text = "Her first television role was in Casualty .\n\nTelevision\n2012 Casualty – Lucy Ward\n";
        int heading = text.indexOf("Television");
        assertEquals(true, Headings.isCommonWordHeading(text,
                new Mention("Television", heading, heading + 10, 1, EntityType.ORGANIZATION)));
        assertEquals(false, Headings.isCommonWordHeading("Brazil\nIt won .", new Mention("Brazil", 0, 6, 0,
                EntityType.LOCATION)));
        String signature = "Thanks ,\nRajendra\nrajendra.o@gmail.com\n";
        assertEquals(false, Headings.isCommonWordHeading(signature, new Mention("Rajendra", 9, 17, 1,
                EntityType.PERSON)));
        assertEquals(false, Headings.isCommonWordHeading("dp", new Mention("dp", 0, 2, 0, EntityType.PERSON)));
        String inLine = "They watched Television there , on television .";
        assertEquals(false, Headings.isCommonWordHeading(inLine, new Mention("Television", 13, 23, 0,
                EntityType.ORGANIZATION)));
    }

    /** A viaduct the text defines as one is a place. */
    @Test
    void definedViaductIsAPlace() {
        assertEquals(List.of("Glenfinnan Viaduct/LOCATION"), found("The Glenfinnan Viaduct is a railway viaduct on"
                + " the West Highland Line in Scotland .").subList(0, 1));
    }

    /** Titles dated in a sentence about releases are no names; athletes dated in a record book stay persons. */
    @Test
    void datedReleasesAreNoNames() {
        String releases = "On her own label she released The Orchard Sessions (2008), Ferryman (2012), Lantern Hours"
                + " (2015) and Sea Glass (2019).";
        assertEquals(List.of(), found(releases));
        String record = "Lewis joins the record book in front of Americans Harrison Dillard (1948) and Jim Hines"
                + " (1968).";
        assertEquals(true, found(record).contains("Harrison Dillard/PERSON"), found(record).toString());
        assertEquals(true, TitlesOfWorks.isDatedRelease(releases,
                new Mention("Ferryman", releases.indexOf("Ferryman"), releases.indexOf("Ferryman") + 8, 0,
                        EntityType.PERSON)));
    }

    /** A ship named with its navy's prefix is no place, however the town it is named after reads. */
    @Test
    void shipAfterItsPrefixIsNoName() {
        assertEquals(List.of("Navy/ORGANIZATION"),
                found("The Navy 's guided missile cruiser USS Vicksburg sailed on Monday ."));
        assertEquals(List.of("Vicksburg/LOCATION"), found("The cruiser sailed from Vicksburg on Monday ."));
        assertEquals(List.of(), found("HMS Chatham docked at Portsmouth on Monday .").stream()
                .filter(name -> name.contains("Chatham")).toList());
        assertEquals(true, found("RMS Titanic Inc. , which holds salvage rights , said on Monday it would return .")
                .contains("RMS Titanic Inc./ORGANIZATION"));
    }

    /** The ship named again without its prefix is the ship; after "in" it is the town. */
    @Test
    void shipNamedAgainIsNoName() {
        String text = "The cruiser USS Vicksburg sailed on Monday . Other personnel on the Vicksburg tell us the"
                + " competition is a big motivator . Her captain grew up in Vicksburg .";
        List<Integer> vicksburg = startsOf(finder, text, "Vicksburg");
        assertEquals(List.of(text.lastIndexOf("Vicksburg")), vicksburg);
        assertEquals(true, prefixedIn("aboard HMS Prince of Wales today").covers(
                "aboard HMS Prince of Wales today", new Mention("Wales", 23, 28, 0, EntityType.LOCATION)));
    }

    /** "SS" and "MV" mark a ship only in a text about ships: the Nazi SS stays an organisation. */
    @Test
    void merchantShipsNeedWordsOfShips() {
        String ship = "The SS Karadeniz was a Turkish cargo ship . Karadeniz sank in 1943 .";
        assertEquals(true, prefixedIn(ship).covers(ship, new Mention("SS Karadeniz", 4, 16, 0,
                EntityType.ORGANIZATION)));
        assertEquals(true, prefixedIn(ship).covers(ship, new Mention("Karadeniz", 43, 52, 0,
                EntityType.ORGANIZATION)));
        String named = "The SS Edmund Fitzgerald was a freighter . It was named after Edmund Fitzgerald , an insurer .";
        assertEquals(false, prefixedIn(named).covers(named, new Mention("Edmund Fitzgerald", 62, 79, 0,
                EntityType.PERSON)));
        String himmler = "The liner SS Cap Arcona sank . Reichsführer-SS Heinrich Himmler had fled north .";
        assertEquals(false, prefixedIn(himmler).covers(himmler, new Mention("Heinrich Himmler", 47, 63, 0,
                EntityType.PERSON)));
        String troops = "Troops of the SS Leibstandarte entered the town .";
        assertEquals(false, prefixedIn(troops).covers(troops, new Mention("SS Leibstandarte", 14, 30, 0,
                EntityType.ORGANIZATION)));
    }

    /**
     * A storm named with its prefix is no person, there and where the text names it again; the forecasters'
     * centre stays an organisation.
     */
    @Test
    void stormIsNoName() {
        String text = "Hurricane Andrew was a very powerful tropical cyclone that struck Florida in August 1992 ."
                + " Andrew formed from a tropical wave and was upgraded to Tropical Storm Andrew on 17 August ."
                + " On 24 August Andrew made landfall near Homestead , said the National Hurricane Center .";
        List<String> names = found(copyingFinder, text);
        assertEquals(List.of(), names.stream().filter(name -> name.startsWith("Andrew")).toList(), names.toString());
        assertEquals(true, names.contains("Florida/LOCATION") && names.contains("Homestead/LOCATION"),
                names.toString());
        assertEquals(false, prefixedIn("the National Hurricane Center said tropical").covers(
                "the National Hurricane Center said tropical",
                new Mention("National Hurricane Center", 4, 28, 0, EntityType.ORGANIZATION)));
        String opening = "It was dry . When Hurricane Andrew struck , the winds blew .";
        assertEquals(true, prefixedIn(opening).covers(opening, new Mention("Hurricane Andrew",
                opening.indexOf("Hurricane"), opening.indexOf(" struck"), 0, EntityType.PERSON)));
        assertEquals(true, prefixedIn(opening).covers(opening,
                new Mention("Andrew", opening.indexOf("Andrew"), opening.indexOf(" struck"), 0, EntityType.PERSON)));
    }

    /**
     * A storm's name stays a person's or a place's where the text names someone or somewhere with it, and a firm or
     * a nickname after a storm's prefix is no storm.
     */
    @Test
    void stormNameKeepsItsOtherSenses() {
        String lee = "Hurricane Lee brought strong winds to Maine . Janice Lee lost her roof . Lee said the storm was"
                + " the worst she had seen .";
        assertEquals(List.of(lee.indexOf("Lee said")), startsOf(copyingFinder, lee, "Lee").stream()
                .filter(start -> start > lee.indexOf("Janice")).toList());
        String florence = "Hurricane Florence made landfall on Friday . In Florence , South Carolina , the mayor said"
                + " Florence would recover .";
        assertEquals(true, startsOf(copyingFinder, florence, "Florence").contains(florence.lastIndexOf("Florence")),
                startsOf(copyingFinder, florence, "Florence").toString());
        String market = "Oil prices rose , and this has helped rebuild US stocks hit by supply disruptions after"
                + " Hurricane Ivan in September .";
        assertEquals(List.of("US/LOCATION"), found(market));
        String fund = "Typhoon Capital , a Hong Kong hedge fund , said on Monday that Capital would grow .";
        assertEquals(false, prefixedIn(fund).covers(fund,
                new Mention("Typhoon Capital", 0, 15, 0, EntityType.ORGANIZATION)));
        String boxer = "The boxer known as Hurricane Carter was freed ; the storm of protest helped Carter .";
        assertEquals(false, prefixedIn(boxer).covers(boxer,
                new Mention("Carter", boxer.lastIndexOf("Carter"), boxer.lastIndexOf("Carter") + 6, 0,
                        EntityType.PERSON)));
    }

    /** The ship's later mention alone, found by the model, is not copied back onto the prefixed name. */
    @Test
    void shipIsNotCopiedBack() {
        String text = "CNN spent a day aboard the guided missile cruiser USS Vicksburg . Sailors on the Vicksburg"
                + " say the rivalry between ships is a big motivator .";
        List<Integer> starts = startsOf(copyingFinder, text, "Vicksburg");
        assertEquals(false, starts.contains(text.indexOf("Vicksburg")), starts.toString());
    }

    /** A title right after a genre of works is no name; the actor after "starring" stays a person. */
    @Test
    void titleAfterAGenreIsAWork() {
        String text = "His next film , the supernatural thriller Constantine , opens in March , and the biopic Kinsey"
                + " , starring Liam Neeson , follows .";
        List<String> names = found(text);
        assertEquals(List.of("Liam Neeson/PERSON"), names);
        assertEquals(true, TitlesOfWorks.precedes(text, text.indexOf("Kinsey")));
    }

    /** A title set off by commas after its kind, in title case; not a name after a comma that a verb follows. */
    @Test
    void titleSetOffByCommasAfterItsKindIsAWork() {
        String album = "The band released its debut album, Sink or Swim, on XOXO Records.";
        assertEquals(true, TitlesOfWorks.opensAppositiveTitle(album, album.indexOf("Sink")));
        assertEquals(false, TitlesOfWorks.opensAppositiveTitle(album, album.indexOf("XOXO")));
        String film = "Last week's top film, Lemony Snicket's A Series of Unfortunate Events, fell to third.";
        assertEquals(true, TitlesOfWorks.opensAppositiveTitle(film, film.indexOf("Lemony")));
        String verb = "According to the movie, Daily Variety said, the cast was paid.";
        assertEquals(false, TitlesOfWorks.opensAppositiveTitle(verb, verb.indexOf("Daily")));
        String firm = "the LP, River Medical Inc., said";
        assertEquals(false, TitlesOfWorks.opensAppositiveTitle(firm, firm.indexOf("River")));
        String dated = "Her debut album, Blue Canal (1995), peaked at number 6.";
        assertEquals(true, TitlesOfWorks.opensAppositiveTitle(dated, dated.indexOf("Blue")));
        String age = "His latest album, John Smith (52), said, is his best.";
        assertEquals(false, TitlesOfWorks.opensAppositiveTitle(age, age.indexOf("John")));
    }

    @Test
    void clubBeforeAPossessiveStaysAnOrganization() {
        assertEquals(List.of("Liverpool/ORGANIZATION"),
                found("Gerrard scored twice in Liverpool 's 3-1 win over Chelsea .").subList(1, 2));
    }

    /** A name ending in an organisation word is an organisation, whatever its first words suggest. */
    @Test
    void nameEndingInAnOrganisationWordIsAnOrganization() {
        assertEquals(List.of("Mahinda College/ORGANIZATION", "Galle/LOCATION"),
                found("Mahinda College is a school in Galle ."));
        assertEquals(List.of("Falkland Islands Company/ORGANIZATION"),
                found("The Falkland Islands Company owned the land ."));
    }

    /** Listed places named like organisations keep their type. */
    @Test
    void listedPlaceEndingInAnOrganisationWordStaysAPlace() {
        assertEquals(List.of("Soviet Union/LOCATION", "West Bank/LOCATION"),
                found("Troops of the Soviet Union never reached the West Bank ."));
    }

    /** A capitalised run ending in an organisation word that the model left alone is added. */
    @Test
    void unfoundRunEndingInAnOrganisationWordIsAdded() {
        assertEquals(List.of("Beatles/ORGANIZATION", "EMI Records/ORGANIZATION"),
                found("The Beatles signed with EMI Records and Parlophone ."));
    }

    /** A person's title settles the type the model got wrong; the title itself is trimmed. */
    @Test
    void nameOpeningWithAPersonTitleIsAPerson() {
        assertEquals(List.of("Victoria/PERSON"), found("Queen Victoria opened the exhibition in 1851 ."));
    }

    /** Companies and places that start with a title keep their type. */
    @Test
    void listedNameOpeningWithATitleKeepsItsType() {
        assertEquals(List.of("Bishop Auckland/LOCATION"), found("He was born in Bishop Auckland ."));
    }

    /** A company's legal form after a comma belongs to its name, and makes it an organisation. */
    @Test
    void legalFormAfterACommaJoinsTheCompanyName() {
        assertEquals(List.of("Greenberg Traurig , LLP/ORGANIZATION", "Miami/LOCATION"),
                found("She is a partner at Greenberg Traurig , LLP in Miami ."));
        assertEquals(List.of("Hagler Bailly , Inc./ORGANIZATION"),
                found("The report was prepared by Hagler Bailly , Inc. for the state ."));
    }

    /** A place and its country without a comma are two places, not one place or an organisation. */
    @Test
    void placeAndItsCountryWithoutACommaAreTwoPlaces() {
        assertEquals(List.of("Lyon/LOCATION", "France/LOCATION"), found("We stayed in Lyon France for a week ."));
        assertEquals(List.of("Kloten/LOCATION", "Switzerland/LOCATION"), found("The plant is in Kloten Switzerland ."));
    }

    /** CoNLL annotates a sports event as one MISC name: the place in it is no place of its own. */
    @Test
    void placeOpeningASportsEventIsNoName() {
        assertEquals(List.of("Moya/PERSON"), found("Moya reached the semi-finals of the Berlin Grand Prix ."));
    }

    /** The model alone misses bands it never saw; the defining sentence says what the name is. */
    @Test
    void subjectOfADefiningSentenceTakesItsClassNounsType() {
        assertEquals(List.of("Radiohead/ORGANIZATION", "Abingdon/LOCATION"),
                found("Radiohead are an English rock band formed in Abingdon in 1985 ."));
        assertEquals(List.of("Zara/ORGANIZATION"), found("Zara is a Spanish apparel retailer founded in 1975 ."));
        assertEquals(List.of("Kingston upon Hull/LOCATION", "England/LOCATION"),
                found("Kingston upon Hull is a port city in England ."));
    }

    /** The model reads "London" as the place and stops; the designator after it makes the whole a school. */
    @Test
    void foundNameRunsOnToItsDesignator() {
        assertEquals(List.of("London School of Economics/ORGANIZATION"),
                found("In a speech at the London School of Economics , he promised reform ."));
        assertEquals(List.of("University of Washington/ORGANIZATION"),
                found("He is a professor of atmospheric science at the University of Washington ."));
    }

    /** A defined person starts after the titles: the place before them stays a name of its own. */
    @Test
    void definedPersonLeavesThePlaceBeforeTheTitleAlone() {
        assertEquals(List.of("US/LOCATION", "Joe Biden/PERSON"),
                found("US President Joe Biden is an American politician ."));
    }

    /** The subject of a defining sentence is copied to every later mention, with the definition's type. */
    @Test
    void definedSubjectIsCopiedToItsOtherMentions() {
        String text = "Pearl Jam is an American rock band formed in Seattle in 1990 . "
                + "Pearl Jam broke into the mainstream with its debut album in 1991 . "
                + "In 2006 Pearl Jam released an album on J Records . Pearl Jam is still touring .";
        List<String> names = copyingFinder.find(text, new NameFinderInputSentences(text).sentences()).stream()
                .filter(m -> m.text().equals("Pearl Jam")).map(m -> m.type().name()).toList();
        assertEquals(List.of("ORGANIZATION", "ORGANIZATION", "ORGANIZATION", "ORGANIZATION"), names);
    }

    @Test
    void nameRightAfterABandOrLabelIsAnOrganization() {
        assertEquals(List.of("Mother Love Bone/ORGANIZATION"),
                found("He later joined the band Mother Love Bone as its singer ."));
        assertEquals(List.of("Parlophone/ORGANIZATION"), found("The record label Parlophone signed them in 1962 ."));
    }

    /** A regnal number belongs to the name; the model leaves it out of "John Paul II". */
    @Test
    void regnalNumberJoinsAPersonsName() {
        assertEquals(List.of("John Paul II/PERSON", "Poland/LOCATION"),
                found("Pope John Paul II was born in Poland ."));
    }

    /** A name ending in a word of geography is a place, whatever its first word suggests. */
    @Test
    void nameEndingInAWordOfGeographyIsALocation() {
        assertEquals(List.of("Morgan Island/LOCATION"), found("They sailed to Morgan Island last year ."));
        assertEquals(List.of("LOCATION"), found("It is also found on Lord Howe Island .").stream()
                .map(name -> name.substring(name.indexOf('/') + 1)).toList());
    }

    /** "Born" opening a biography's sentence is no name; the model took it for a place. */
    @Test
    void bornOpeningASentenceIsNoName() {
        assertEquals(List.of("Basel/LOCATION", "Biel/LOCATION"),
                found("Born in Basel , he trained at the centre in Biel ."));
    }

    /**
     * The model reads the first "Zermatt" as a person and a rule makes it a place; what the finder remembers for the
     * next sentence is the place, so the second "Zermatt" is not a person by the model's memory.
     */
    @Test
    void whatARuleSettledCarriesToTheNextSentence() {
        assertEquals(List.of("Zermatt/LOCATION", "Monte Rosa/LOCATION", "Zermatt/LOCATION"),
                found("It lies south of Zermatt and about 15 kilometres west of Monte Rosa . "
                        + "Zermatt has about 5,000 inhabitants ."));
    }

    /** After a part of a river and "of the" stands the river ("source of the" may be a newspaper's). */
    @Test
    void theRiverAfterItsBankIsAPlace() {
        assertEquals(List.of("Allier/LOCATION"), found("Boats sail on the right bank of the Allier ."));
    }

    /** No name runs across a line break, even where a list of lines reaches the model as one sentence. */
    @Test
    void noNameRunsAcrossALine() {
        List<String> found = found("Players join one of two factions :\nthe Lantern Guild\nthe Amber Council\n"
                + "Combat is real-time .");
        assertTrue(found.containsAll(List.of("Lantern Guild/ORGANIZATION", "Amber Council/ORGANIZATION")),
                found::toString);
        assertTrue(found.stream().noneMatch(name -> name.contains("\n")), found::toString);
    }

    /** A designator, "of the" and a place are one organisation. */
    @Test
    void aBodyOfThePlaceIsOneName() {
        assertEquals(List.of("Senate of the Netherlands/ORGANIZATION"),
                found("It was ratified by the Senate of the Netherlands ."));
    }

    /** A name before "to the" and a point of the compass, or after "twinned with" or "capital is", is a place. */
    @Test
    void bordersAndTwinTownsArePlaces() {
        assertEquals(List.of("Langeac/LOCATION", "Prades/LOCATION"),
                found("The commune is bordered by Langeac to the north and Prades to the south ."));
        assertEquals(List.of("Pruett/LOCATION", "Tarsus/LOCATION"),
                found("Its county seat is Pruett . Its capital was Tarsus ."));
    }

    /** Two places around "im" are one; a person's title and honours are no part of the name. */
    @Test
    void placesAroundImAndTrimmedHonours() {
        assertEquals(List.of("Kirchberg im Hunsrück/LOCATION"),
                found("The town is twinned with Kirchberg im Hunsrück ."));
        assertEquals(List.of("Alistair Drummond Farquhar/PERSON"),
                found("General Sir Alistair Drummond Farquhar KCB DSO died in 1950 ."));
    }

    /** A show is an event or a title (CoNLL: MISC), whoever it is named after. */
    @Test
    void aShowIsNoName() {
        assertEquals(List.of("Ford/ORGANIZATION"), found("Ford unveiled the car at the Geneva Motor Show ."));
        assertEquals(List.of("Marcus Show/PERSON", "Leeds/ORGANIZATION", "Norwich/ORGANIZATION"),
                found("Defender Marcus Show scored twice as Leeds beat Norwich ."));
    }

    /** A racing series is a sport's championship (CoNLL: "Formula One" MISC); a firm named so stays. */
    @Test
    void formulaOneIsNoOrganisation() {
        assertEquals(List.of("Lewis Hamilton/PERSON"),
                found("Lewis Hamilton won his first Formula One title in 2008 ."));
        assertEquals(List.of("Formula Shell/ORGANIZATION"), found("He sold his stake in Formula Shell ."));
    }

    /** A championship of nations is an event (CoNLL: "Five Nations" MISC); the United Nations stays. */
    @Test
    void theSixNationsIsNoOrganisation() {
        assertEquals(List.of("France/LOCATION"), found("France can still win the Six Nations ."));
        assertEquals(List.of("United Nations/ORGANIZATION"), found("He spoke at the United Nations ."));
    }

    /** A console is a product (CoNLL: MISC); its maker stays an organisation. */
    @Test
    void aConsoleIsNoOrganisation() {
        assertEquals(List.of("Sony/ORGANIZATION"),
                found("Sony has traditionally dominated the console market with its PlayStation 2 ."));
        assertEquals(List.of("Microsoft/ORGANIZATION"), found("Microsoft will launch the Xbox 360 in May ."));
    }

    /** "Oscar" is a given name to the model; the award is no name of a person (CoNLL: MISC). */
    @Test
    void anAwardIsNoPerson() {
        assertEquals(List.of("Marlon Brando/PERSON"),
                found("Marlon Brando won an Oscar in 1973 and later refused the Oscar ."));
        assertEquals(List.of("Hilary Swank/PERSON"), found("Hilary Swank won the Screen Actors Guild Awards ."));
    }

    /** The model stops before the number; the broadcaster's name takes it, without the possessive. */
    @Test
    void aStationsNumberIsInItsName() {
        assertEquals(List.of("Alan Milburn/PERSON", "BBC Radio 4/ORGANIZATION"),
                found("Alan Milburn told BBC Radio 4's Today programme on Saturday that he was sure ."));
    }

    /**
     * A surname copied onto a holiday of the same spelling is dropped again ("Tariq Ramadan" and the month); the
     * surname standing alone goes with it, a rarer loss than a month made a person.
     */
    @Test
    void aHolidayStaysNoNameAfterCopying() {
        String text = "Tariq Ramadan spoke in Geneva . Ramadan said the fast of Ramadan began on Monday .";
        List<String> names = found(copyingFinder, text);
        assertEquals(List.of("Tariq Ramadan/PERSON", "Geneva/LOCATION"), names);
    }

    /** A species' genus is no name, where it opens its binomial and where it stands alone later. */
    @Test
    void genusNamesAreNoNames() {
        List<String> names = found("The Sulawesi mountain thrush (Zoothera celebensis) is a species of bird. Hartert "
                + "placed it in the genus Geokichla, but a 2016 study moved it to Zoothera.");
        assertTrue(names.stream().noneMatch(name -> name.startsWith("Zoothera") || name.startsWith("Geokichla")),
                names::toString);
        assertTrue(names.contains("Sulawesi/LOCATION"), names::toString);
    }
}
