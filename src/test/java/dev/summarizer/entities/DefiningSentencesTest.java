package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class DefiningSentencesTest {

    /** The subject's words and type ("Pearl Jam/ORGANIZATION"), or "none". */
    private static String subject(String sentence) {
        String[] tokens = sentence.split(" ");
        Optional<Span> subject = DefiningSentences.subject(tokens);
        return subject.map(s -> String.join(" ", List.of(tokens).subList(s.getStart(), s.getEnd())) + "/"
                + s.getType()).orElse("none");
    }

    private static List<String> afterClassNoun(String sentence, Span... found) {
        String[] tokens = sentence.split(" ");
        return AppositionNames.find(tokens, List.of(found)).stream()
                .map(s -> String.join(" ", List.of(tokens).subList(s.getStart(), s.getEnd())) + "/" + s.getType())
                .toList();
    }

    @Test
    void classNounHeadingTheDescriptionGivesTheType() {
        assertEquals("Pearl Jam/ORGANIZATION", subject("Pearl Jam is an American rock band formed in Seattle ."));
        assertEquals("Kraków/LOCATION",
                subject("Kraków is the second-largest and one of the oldest cities in Poland ."));
        assertEquals("Matt Groening/PERSON", subject("Matt Groening is an American cartoonist and animator ."));
        assertEquals("Sligo/LOCATION", subject("Sligo is a coastal seaport and the county town of County Sligo ."));
        assertEquals("Bratislava/LOCATION", subject("Bratislava is the capital of Slovakia ."));
        assertEquals("Kingston upon Hull/LOCATION", subject("Kingston upon Hull is a port city in England ."));
    }

    /** A title defined as a work is no subject of a type; "a single mother" defines no work. */
    @Test
    void workIsDefinedApart() {
        String[] film = "The Salt Road is a 1987 American Western film directed by Walter Keane .".split(" ");
        assertEquals(Optional.of(new Span(1, 3, "WORK")), DefiningSentences.work(film));
        assertEquals("none", subject(String.join(" ", film)));
        String[] album = "Blue Canal is the debut album by Rosalind Achterberg , released in 1995 .".split(" ");
        assertEquals(Optional.of(new Span(0, 2, "WORK")), DefiningSentences.work(album));
        assertEquals(Optional.empty(), DefiningSentences.work("Jane Smith is a single mother .".split(" ")));
        assertEquals(Optional.of(new Span(0, 1, DefiningSentences.THING)), DefiningSentences.work(
                "Rosetta was a space probe built by the European Space Agency .".split(" ")));
        assertEquals(Optional.of(new Span(0, 1, DefiningSentences.THING)), DefiningSentences.work(
                "Swahili is a Bantu language spoken in East Africa .".split(" ")));
        assertEquals(Optional.empty(), DefiningSentences.work("Berlitz is a language school .".split(" ")));
        assertEquals(Optional.of(new Span(0, 1, DefiningSentences.THING)), DefiningSentences.work(
                "Frankel is a British Thoroughbred racehorse bred by Khalid Abdullah .".split(" ")));
        assertEquals(Optional.of(new Span(0, 2, DefiningSentences.THING)), DefiningSentences.work(
                "Flying Scotsman is a steam locomotive operated by the railway .".split(" ")));
        assertEquals(Optional.of(new Span(0, 2, "LOCATION")), DefiningSentences.subject(
                "Whitby Abbey is a ruined Benedictine abbey overlooking the North Sea .".split(" ")));
        assertEquals(Optional.of(new Span(0, 2, "PERSON")), DefiningSentences.subject(
                "Jim Smith is a retired footballer who played for Leeds .".split(" ")));
        assertEquals(Optional.of(new Span(0, 2, "ORGANIZATION")), DefiningSentences.subject(
                "Acme Planning is a town planning firm based in Leeds .".split(" ")));
        assertEquals(Optional.of(new Span(0, 2, "LOCATION")), DefiningSentences.subject(("Pine Hollow is an"
                + " unincorporated community and census-designated place ( CDP ) in Lamar County .").split(" ")));
        assertEquals(Optional.empty(), DefiningSentences.subject("Acme is a religious community in Ohio .".split(" ")));
        assertEquals(Optional.empty(), DefiningSentences.work("Pearl Jam is an American rock band .".split(" ")));
        assertEquals("Bryan Cranston/PERSON", subject("Bryan Cranston is an American film and television actor ."));
        assertEquals("Nintendo/ORGANIZATION",
                subject("Nintendo is a Japanese video game and consumer electronics company headquartered in Kyoto ."));
        assertEquals(Optional.empty(),
                DefiningSentences.work("Olivia Colman is an English film , television and stage actress .".split(" ")));
    }

    /** Encyclopaedic articles put a parenthesis between the subject and its verb. */
    @Test
    void parenthesisAfterTheSubjectIsSkipped() {
        assertEquals("Zara/ORGANIZATION",
                subject("Zara ( Spanish pronunciation : [ ˈθaɾa ] ) is a Spanish apparel retailer ."));
        assertEquals("Gerry Adams/PERSON", subject("Gerry Adams ( born 6 October 1948 ) is an Irish politician ."));
        assertEquals("none", subject("Zara ( which is a shop is a retailer ."));
        assertEquals("none", subject("Zara ( born ( 1948 ) ) is a retailer ."));
    }

    /** "The" opens the sentence, not the subject, as in CoNLL's names. */
    @Test
    void leadingTheIsLeftOut() {
        assertEquals("Beatles/ORGANIZATION", subject("The Beatles were an English rock band ."));
    }

    /** A person's titles and offices, and the words before them, are no part of the defined name. */
    @Test
    void personSubjectStartsAfterTitles() {
        assertEquals("Joe Biden/PERSON", subject("US President Joe Biden is an American politician ."));
        assertEquals("Obama/PERSON", subject("President Obama is a lawyer ."));
        assertEquals("Sergei Lavrov/PERSON", subject("Foreign Minister Sergei Lavrov is a Russian diplomat ."));
        assertEquals("Prince Edward Island/LOCATION", subject("Prince Edward Island is a province of Canada ."));
    }

    /** "state", "party" and the like define a name only with a modifier: bare, they are figures of speech. */
    @Test
    void figurativeNounsNeedAModifier() {
        assertEquals("none", subject("Hezbollah is a state within a state ."));
        assertEquals("none", subject("Smith is a party in the lawsuit ."));
        assertEquals("Texas/LOCATION", subject("Texas is a US state ."));
        assertEquals("Kogi State/LOCATION",
                subject("Kogi State is a state in the North Central geopolitical zone of Nigeria ."));
        assertEquals("none", subject("Britain is a party to the Geneva Convention ."));
        assertEquals("Isamaa/ORGANIZATION", subject("Isamaa is a party in Estonia ."));
        assertEquals("none", subject("Linda Carter is a state of California employee ."));
        assertEquals("Labour/ORGANIZATION", subject("Labour is a political party in Britain ."));
    }

    /** A class noun that only modifies the head is not the head. */
    @Test
    void classNounBeforeTheHeadIsNoHead() {
        assertEquals("José Mourinho/PERSON", subject("José Mourinho is a football club coach ."));
        assertEquals("none", subject("Smith is a city council member ."));
    }

    @Test
    void noDefinitionWithoutTheWholePattern() {
        assertEquals("none", subject("Boyd Tinsley was the last member to join the band ."));
        assertEquals("none", subject("It is a city in Poland ."));
        assertEquals("none", subject("Nevertheless Oasis were a band ."));
        assertEquals("none", subject("Where is the stadium ?"));
        assertEquals("Pearl Jam/ORGANIZATION", subject("Pearl Jam is a band  .")); // an empty token ends the head
        assertEquals("none", subject("The company is a subsidiary of Fiat ."));
        assertEquals("none", subject("Bank of China is the country 's biggest dealer ."));
        assertEquals("none", subject("Paris is beautiful in spring ."));
        assertEquals("none", subject("Photosig is an online community of photographers ."));
    }

    @Test
    void capitalisedRunRightAfterABandOrLabelIsAnOrganisation() {
        assertEquals(List.of("Mother Love Bone/ORGANIZATION"), afterClassNoun("He joined the band Mother Love Bone ."));
        assertEquals(List.of("Parlophone/ORGANIZATION"), afterClassNoun("the record label Parlophone signed them"));
    }

    @Test
    void foundNamesDatesAndPronounsAfterTheNounAreLeftAlone() {
        assertEquals(List.of(), afterClassNoun("the band Nirvana played", new Span(2, 3, "PERSON")));
        assertEquals(List.of(), afterClassNoun("the band Monday said"));
        assertEquals(List.of(), afterClassNoun("the club Christmas party"));
        assertEquals(List.of(), afterClassNoun("the band I've loved"));
        assertEquals(List.of(), afterClassNoun("the band 's singer"));
    }
}
