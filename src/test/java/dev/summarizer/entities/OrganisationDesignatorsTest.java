package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class OrganisationDesignatorsTest {

    private static List<String> unfound(String sentence, Span... found) {
        String[] tokens = sentence.split(" ");
        return OrganisationDesignators.unfound(tokens, List.of(found), span -> false).stream()
                .map(span -> String.join(" ", java.util.Arrays.copyOfRange(tokens, span.getStart(), span.getEnd())))
                .toList();
    }

    /**
     * The found names after the rule, as "words/TYPE"; "Soviet Union" and "United States" stand for names the place
     * lists hold.
     */
    private static List<String> extended(String sentence, Span... found) {
        String[] tokens = sentence.split(" ");
        return OrganisationDesignators.extended(tokens, List.of(found),
                span -> List.of("Soviet Union", "United States").contains(
                        String.join(" ", java.util.Arrays.copyOfRange(tokens, span.getStart(), span.getEnd()))))
                .stream()
                .map(span -> String.join(" ", java.util.Arrays.copyOfRange(tokens, span.getStart(), span.getEnd()))
                        + "/" + span.getType())
                .toList();
    }

    /**
     * Firms, agencies and media named by their last word; not "Press" or "Service", which end surnames ("Jim Press")
     * and web text's title-case phrases ("Great Service").
     */
    @Test
    void firmAndMediaEndingsNameOrganisations() {
        for (String name : new String[] {"Dhillon Logistics", "Samuel Goldwyn Films", "Sunday Times", "Food Network",
            "Wave Systems", "Veterans Administration", "China Central Television", "Jones Medical",
            "Henning Larsen Architects", "Ryder Architecture", "Vetter Pharma", "Sequoia Capital"}) {
            String[] tokens = name.split(" ");
            assertTrue(OrganisationDesignators.namesOrganisation(tokens, new Span(0, tokens.length)), name);
        }
        assertEquals(List.of(), unfound("She holds a Master of Business Administration from Harvard"));
        assertEquals(List.of(), unfound("In Modern Times , Chaplin plays a worker"));
        assertEquals(List.of("Ronaldo/PERSON"),
                extended("Ronaldo Scores Three Times as Portugal Beat Luxembourg", new Span(0, 1, "PERSON")));
        for (String name : new String[] {"Jim Press", "Great Service"}) {
            String[] tokens = name.split(" ");
            assertFalse(OrganisationDesignators.namesOrganisation(tokens, new Span(0, tokens.length)), name);
        }
    }

    /** A designator the model tagged alone right after a name joins it ("Austin" + "FC"). */
    @Test
    void loneDesignatorJoinsTheNameBeforeIt() {
        assertEquals(List.of("Austin FC/ORGANIZATION"),
                extended("He joined Austin FC in 2021", new Span(2, 3, "LOCATION"), new Span(3, 4, "ORGANIZATION")));
        assertEquals(List.of("Smith/PERSON", "United/ORGANIZATION"),
                extended("Smith , United 's striker", new Span(0, 1, "PERSON"), new Span(2, 3, "ORGANIZATION")));
    }

    @Test
    void foundNameRunsOnToItsDesignator() {
        assertEquals(List.of("Melbourne Cricket Club/ORGANIZATION"),
                extended("at the Melbourne Cricket Club in 1877", new Span(2, 4, "LOCATION")));
        assertEquals(List.of("San Diego State University/ORGANIZATION"),
                extended("from San Diego State University in 1981", new Span(1, 3, "LOCATION")));
        assertEquals(List.of("London School of Economics/ORGANIZATION", "Smith/PERSON"),
                extended("at the London School of Economics , Smith said", new Span(2, 3, "LOCATION"),
                        new Span(7, 8, "PERSON")));
    }

    @Test
    void foundComplementRunsBackToItsDesignator() {
        assertEquals(List.of("University of Washington/ORGANIZATION"),
                extended("at the University of Washington in 2010", new Span(4, 5, "LOCATION")));
        assertEquals(List.of("City College of San Francisco/ORGANIZATION"),
                extended("The City College of San Francisco opened", new Span(4, 6, "LOCATION")));
        // A body found apart from its place is one name with it (CoNLL train: 33 of 36 such runs).
        assertEquals(List.of("Smith University of Washington/ORGANIZATION"), extended(
                "Smith University of Washington", new Span(0, 2, "ORGANIZATION"), new Span(3, 4, "LOCATION")));
        assertEquals(List.of("National Security Agency/ORGANIZATION", "United States/LOCATION"), extended(
                "the National Security Agency of the United States", new Span(1, 4, "ORGANIZATION"),
                new Span(6, 8, "LOCATION")));
        assertEquals(List.of("Legislative Assembly of the Province of Canada/ORGANIZATION"), extended(
                "the Legislative Assembly of the Province of Canada", new Span(1, 3, "ORGANIZATION"),
                new Span(5, 8, "LOCATION")));
        assertEquals(List.of("Kia Motor Corp/ORGANIZATION", "South Korea/LOCATION"), extended(
                "Kia Motor Corp of South Korea", new Span(0, 3, "ORGANIZATION"), new Span(4, 6, "LOCATION")));
        assertEquals(List.of("Smith University/ORGANIZATION", "Washington/PERSON"), extended(
                "Smith University of Washington", new Span(0, 2, "ORGANIZATION"), new Span(3, 4, "PERSON")));
        assertEquals(List.of("Washington/LOCATION"), extended("a friend of Washington", new Span(3, 4, "LOCATION")));
        assertEquals(List.of("Senate of the Netherlands/ORGANIZATION"),
                extended("ratified by the Senate of the Netherlands", new Span(6, 7, "LOCATION")));
        assertEquals(List.of("Netherlands/LOCATION"),
                extended("a friend of the Netherlands", new Span(4, 5, "LOCATION")));
        assertEquals(List.of("Global Change Institute/ORGANIZATION", "University of Queensland/ORGANIZATION"),
                extended("the Global Change Institute of the University of Queensland",
                        new Span(1, 4, "ORGANIZATION"), new Span(6, 9, "ORGANIZATION")));
    }

    /** "for" joins a designator to what follows it, but a name after it is rarely the designator's own. */
    @Test
    void constituencyAfterParliamentForStaysAPlace() {
        assertEquals(List.of("Sheffield Brightside/LOCATION"),
                extended("Blunkett entered Parliament for Sheffield Brightside in 1987", new Span(4, 6, "LOCATION")));
    }

    @Test
    void sentenceOpenersAreNoPartOfARun() {
        assertEquals(List.of("Scottish Parliament"), unfound("If Scottish Parliament wanted it"));
        assertEquals(List.of("RCA Trust"), unfound("through the Paisley-based RCA Trust ,"));
        assertEquals(List.of("Blu-ray Disc Association"), unfound("with the Blu-ray Disc Association ,"));
    }

    @Test
    void foundNameStopsAtAnotherNameAListedPlaceOrAnyLowerCaseWord() {
        assertEquals(List.of("Google/ORGANIZATION", "Harvard University/ORGANIZATION"),
                extended("Google and Harvard University", new Span(0, 1, "ORGANIZATION"),
                        new Span(2, 3, "ORGANIZATION")));
        assertEquals(List.of("Google/ORGANIZATION"), extended("Google and Harvard University",
                new Span(0, 1, "ORGANIZATION")));
        assertEquals(List.of("Soviet/LOCATION"), extended("the Soviet Union collapsed", new Span(1, 2, "LOCATION")));
        assertEquals(List.of("Leeds/LOCATION"), extended("in Leeds the Club met", new Span(1, 2, "LOCATION")));
    }

    @Test
    void footballClubEndingsAreDesignators() {
        String[] tokens = "Charlton Athletic beat Maidstone United and Reading F.C. .".split(" ");
        assertTrue(OrganisationDesignators.endsInDesignator(tokens, new Span(0, 2)));
        assertTrue(OrganisationDesignators.endsInDesignator(tokens, new Span(3, 5)));
        assertTrue(OrganisationDesignators.endsInDesignator(tokens, new Span(6, 8)));
    }

    @Test
    void nameEndsInADesignatorOnlyWithTwoOrMoreWords() {
        String[] tokens = "at Wells College and University".split(" ");
        assertTrue(OrganisationDesignators.endsInDesignator(tokens, new Span(1, 3)));
        assertFalse(OrganisationDesignators.endsInDesignator(tokens, new Span(4, 5)));
        assertFalse(OrganisationDesignators.endsInDesignator(tokens, new Span(0, 2)));
    }

    @Test
    void runEndingInADesignatorIsFound() {
        assertEquals(List.of("Puerto Rican Independence Party"),
                unfound("a founder of the Puerto Rican Independence Party in 1946 ."));
    }

    @Test
    void innerWordsStayInsideTheRun() {
        assertEquals(List.of("State Law and Order Restoration Council"),
                unfound("the ruling State Law and Order Restoration Council said ."));
    }

    @Test
    void runJoinedToAnotherNameEndsAtItsDesignator() {
        assertEquals(List.of("EMI Records"), unfound("signed with EMI Records and Parlophone ."));
    }

    @Test
    void designatorKeepsItsComplement() {
        assertEquals(List.of("Bulgarian Academy of Sciences"),
                unfound("a member of the Bulgarian Academy of Sciences ."));
        assertEquals(List.of("Society of Jesus"), unfound("He joined the Society of Jesus in 1540 ."));
    }

    @Test
    void sentenceOpenersAreLeftOut() {
        assertEquals(List.of("Wells College"), unfound("In Wells College , they met ."));
        assertEquals(List.of(), unfound("The University said nothing ."));
    }

    @Test
    void runOverlappingAFoundNameIsLeftToTheModel() {
        assertEquals(List.of(), unfound("at the Royal College of Music", new Span(2, 4, "PERSON")));
        assertEquals(List.of("Verve Records"), unfound("Smith left Verve Records", new Span(0, 1, "PERSON")));
    }

    @Test
    void wordsThatAlsoEndPlacesOrEventsAreNotDesignators() {
        assertEquals(List.of(), unfound("in the Russian Federation and in the American League ."));
    }

    @Test
    void placesTheCallerKnowsAreLeftOut() {
        String[] tokens = "on the West Bank and at Deutsche Bank".split(" ");
        assertEquals(List.of(new Span(6, 8, "ORGANIZATION")), OrganisationDesignators.unfound(tokens, List.of(),
                span -> tokens[span.getStart()].equals("West")));
    }
}
