package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class NameParticlesTest {

    private static List<String> joined(String sentence, Span... names) {
        String[] tokens = sentence.split(" ");
        return TestMentions.typed(tokens, NameParticles.joined(tokens, List.of(names),
                word -> Set.of("Isabel", "Juan", "Herbert", "Marie").contains(word),
                run -> Set.of("Moscow", "Poland", "Washington").contains(String.join(" ",
                        List.of(tokens).subList(run.getStart(), run.getEnd())))));
    }

    private static Span place(int start, int end) {
        return new Span(start, end, EntityType.LOCATION.name());
    }

    private static Span person(int start, int end) {
        return new Span(start, end, EntityType.PERSON.name());
    }

    @Test
    void personsOnEitherSideOfAParticleAreOnePerson() {
        assertEquals(List.of("Paul di Resta/PERSON"),
                joined("He replaced Paul di Resta .", person(2, 3), person(4, 5)));
        assertEquals(List.of("Joaquín Sorolla y Bastida/PERSON"),
                joined("Joaquín Sorolla y Bastida was a painter .", person(0, 2), person(3, 4)));
        assertEquals(List.of("Fernando/PERSON", "Isabel/PERSON"),
                joined("Fernando y Isabel reigned .", person(0, 1), person(2, 3)));
        assertEquals(List.of("Rodrigo de la Serna/PERSON"),
                joined("Actor Rodrigo de la Serna stars .", person(1, 2), person(4, 5)));
    }

    /** A place's particle joins the names on either side into one place, whatever their types. */
    @Test
    void namesOnEitherSideOfAPlaceParticleAreOnePlace() {
        Span place = new Span(2, 3, EntityType.LOCATION.name());
        assertEquals(List.of("Frankfurt am Main/LOCATION"),
                joined("Born in Frankfurt am Main .", place, new Span(4, 5, EntityType.LOCATION.name())));
        assertEquals(List.of("Wangen an der Aare/LOCATION"),
                joined("Born in Wangen an der Aare .", person(2, 3), new Span(5, 6, EntityType.LOCATION.name())));
        assertEquals(List.of("Kirchberg/PERSON", "Jagst/ORGANIZATION"),
                joined("Born in Kirchberg an der Jagst .", person(2, 3),
                        new Span(5, 6, EntityType.ORGANIZATION.name())));
        assertEquals(List.of("Queen Elizabeth/PERSON", "Winston Churchill/PERSON"),
                joined("Queen Elizabeth upon Winston Churchill", person(0, 2), person(3, 5)));
        assertEquals(List.of("Thomas Müller/PERSON", "Frankfurt/LOCATION"),
                joined("Thomas Müller am Frankfurt", person(0, 2), new Span(3, 4, EntityType.LOCATION.name())));
        assertEquals(List.of("Paris/LOCATION", "Macron/PERSON"),
                joined("Paris am Macron 's return", place(0, 1), person(2, 3)));
        assertEquals(List.of("Frankfurt/LOCATION", "Main/LOCATION"),
                joined("Born in Frankfurt an the Main .", place, new Span(5, 6, EntityType.LOCATION.name())));
        assertEquals(List.of("Denver/LOCATION", "UberX/ORGANIZATION"),
                joined("In Denver an UberX driver .", new Span(1, 2, EntityType.LOCATION.name()),
                        new Span(3, 4, EntityType.ORGANIZATION.name())));
    }

    /** A listed given name, a particle and a one-word surname the model typed otherwise are one person. */
    @Test
    void aGivenNameAndASurnameAfterAParticleAreOnePerson() {
        assertEquals(List.of("Herbert von Karajan/PERSON"),
                joined("under Herbert von Karajan in Berlin", person(1, 2), new Span(3, 4, "ORGANIZATION")));
        assertEquals(List.of("Marie/PERSON", "Poland/LOCATION"),
                joined("Marie de Poland", person(0, 1), place(2, 3)));
        assertEquals(List.of("Smith/PERSON", "Karajan/ORGANIZATION"),
                joined("Smith von Karajan", person(0, 1), new Span(2, 3, "ORGANIZATION")));
    }

    /** "im", "upon" and "sur" join two places only: around a person they are other words. */
    @Test
    void twoPlacesAroundImUponOrSurAreOnePlace() {
        assertEquals(List.of("Kirchberg im Hunsrück/LOCATION"),
                joined("twinned with Kirchberg im Hunsrück .", place(2, 3), place(4, 5)));
        assertEquals(List.of("Newcastle upon Tyne/LOCATION"),
                joined("Born in Newcastle upon Tyne .", place(2, 3), place(4, 5)));
        assertEquals(List.of("Jess/PERSON", "Kayla/LOCATION"),
                joined("Jess im Kayla", person(0, 1), place(2, 3)));
        assertEquals(List.of("Washington/LOCATION", "Moscow/LOCATION"),
                joined("sanctions imposed by Washington upon Moscow", place(3, 4), place(5, 6)));
        assertEquals(List.of("Stratford upon Avon/LOCATION"),
                joined("born in Stratford upon Avon", place(2, 3), place(4, 5)));
    }

    @Test
    void otherWordsTypesAndLongGapsKeepTheNamesApart() {
        assertEquals(List.of("Smith/PERSON", "Jones/PERSON"),
                joined("Smith and Jones met .", person(0, 1), person(2, 3)));
        assertEquals(List.of("Paris/LOCATION", "Nice/PERSON"),
                joined("Paris de Nice won .", new Span(0, 1, EntityType.LOCATION.name()), person(2, 3)));
        assertEquals(List.of("Anna/PERSON", "Berg/PERSON"),
                joined("Anna van de la Berg .", person(0, 1), person(4, 5)));
        assertEquals(List.of("ROBERTO/PERSON", "DURAN/PERSON"),
                joined("ROBERTO DURAN FIGHTS ON", person(0, 1), person(1, 2)));
    }

    /** Portuguese and Spanish "do", "da", "del" join two places into one, and no capital or country. */
    @Test
    void portugueseAndSpanishParticlesJoinTwoPlaces() {
        assertEquals(List.of("Santa Luzia do Paraopeba/LOCATION"),
                joined("Santa Luzia do Paraopeba is a municipality", place(0, 2), place(3, 4)));
        assertEquals(List.of("Santa Clara del Cobre/LOCATION"),
                joined("Santa Clara del Cobre lies in Michoacán", place(0, 2), place(3, 4)));
        assertEquals(List.of("Vila/LOCATION", "Poland/LOCATION"),
                joined("from Vila do Poland", place(1, 2), place(3, 4)));
    }

    /** An epithet after "the" ends a ruler's or a saint's name; a name found in its place is taken in. */
    @Test
    void epithetsAfterTheEndAPersonsName() {
        assertEquals(List.of("Alfred the Great/PERSON"), joined("Alfred the Great died in 899", person(0, 1)));
        assertEquals(List.of("Robert the Bruce/PERSON"),
                joined("forces under Robert the Bruce plundered it", person(2, 3), person(4, 5)));
        assertEquals(List.of("Maria/PERSON", "Bible/ORGANIZATION"),
                joined("he gave Maria the Bible", person(2, 3), new Span(4, 5, EntityType.ORGANIZATION.name())));
        assertEquals(List.of("Paris/LOCATION"), joined("Paris the Great city", place(0, 1)));
        assertEquals(List.of("Maria/PERSON"), joined("sold Maria the Black Watch scarf", person(1, 2)));
        assertEquals(List.of("Russell Moore/PERSON"),
                joined("Under Russell Moore the Baptist ethics commission grew", person(1, 3)));
        assertEquals(List.of("William Pitt the Younger/PERSON"),
                joined("William Pitt the Younger was prime minister", person(0, 2)));
    }
}
