package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TaxonNamesTest {

    /** Words the clusters know in these tests: English words that end as Latin ones do. */
    private static final Set<String> KNOWN = Set.of("area", "data", "villa");

    /** Which of the words, each taken as a mention where it first stands in the text, are genera. */
    private static List<String> genera(String text, String... words) {
        TaxonNames genera = TaxonNames.in(text, List.of(), KNOWN::contains, Set.of("Victoria", "Sydney")::contains);
        return List.of(words).stream()
                .filter(word -> genera.covers(text, mentionOf(text, word, text.indexOf(word)))).toList();
    }

    private static Mention mentionOf(String text, String word, int start) {
        return new Mention(word, start, start + word.length(), 0, EntityType.PERSON);
    }

    @Test
    void theGenusOfABinomialIsNoName() {
        assertEquals(List.of("Zoothera"),
                genera("The Sulawesi mountain thrush (Zoothera celebensis) is a bird.", "Sulawesi", "Zoothera"));
        assertEquals(List.of("Tellina", "C."),
                genera("The closely related species, Tellina tenuis, and C. formosella feed on oaks.", "Tellina",
                        "C."));
    }

    @Test
    void aGenusWordAloneElsewhereIsNoNameUnlessAListHoldsIt() {
        String text = "The thrush (Zoothera celebensis) was placed in the genus Geokichla, then moved to Zoothera.";
        TaxonNames genera = TaxonNames.in(text, List.of(), KNOWN::contains, word -> false);
        int later = text.lastIndexOf("Zoothera");
        assertEquals(true, genera.covers(text, mentionOf(text, "Zoothera", later)));
        assertEquals(true, genera.covers(text, mentionOf(text, "Geokichla", text.indexOf("Geokichla"))));
        String lily = "Victoria amazonica grows in Guyana. Queen Victoria was given one.";
        TaxonNames lilies = TaxonNames.in(lily, List.of(), KNOWN::contains, Set.of("Victoria")::contains);
        assertEquals(true, lilies.covers(lily, mentionOf(lily, "Victoria", 0)));
        assertEquals(false, lilies.covers(lily, mentionOf(lily, "Victoria", lily.lastIndexOf("Victoria"))));
        String heath = "Erica carnea flowers in winter. Botanist Erica Thompson studies it. Erica plans a survey.";
        Mention botanist = mentionOf(heath, "Erica Thompson", heath.indexOf("Erica Thompson"));
        TaxonNames heaths = TaxonNames.in(heath, List.of(botanist), KNOWN::contains, word -> false);
        assertEquals(true, heaths.covers(heath, mentionOf(heath, "Erica", 0)));
        assertEquals(false, heaths.covers(heath, mentionOf(heath, "Erica", heath.lastIndexOf("Erica"))));
    }

    @Test
    void knownWordsAndEnglishVerbsAreNoSpecies() {
        assertEquals(List.of(), genera("Much of his work was done in the Sydney area.", "Sydney"));
        assertEquals(List.of(), genera("Nadal outplays Roddick to reach 40-0.", "Nadal"));
        assertEquals(List.of(), genera("Smith said the Enron data was late.", "Smith", "Enron"));
    }

    @Test
    void aTaxoboxsRanksAndTaxaAndFamiliesAreNoNames() {
        String text = "Eupithecia varennesi\nKingdom: Animalia\nOrder: Lepidoptera\nFamily: Geometridae\n"
                + "Species: E. varennesi\nBinomial name: Eupithecia varennesi Dietze, 1910\n\n"
                + "Eupithecia varennesi is a moth in the family Geometridae. Lepidoptera are insects. Karl Dietze "
                + "described it.";
        TaxonNames taxa = TaxonNames.in(text, List.of(), KNOWN::contains, word -> false);
        for (String taxon : List.of("Kingdom", "Animalia", "Lepidoptera", "E. varennesi",
                "Eupithecia varennesi Dietze")) {
            assertEquals(true, taxa.covers(text, mentionOf(text, taxon, text.indexOf(taxon))), taxon);
        }
        assertEquals(true, taxa.covers(text, mentionOf(text, "Lepidoptera", text.lastIndexOf("Lepidoptera"))));
        assertEquals(true, taxa.covers(text, mentionOf(text, "Geometridae", text.lastIndexOf("Geometridae"))));
        assertEquals(false, taxa.covers(text, mentionOf(text, "Karl Dietze", text.indexOf("Karl Dietze"))));
        assertEquals(false, taxa.covers(text, mentionOf(text, "Bellini", 0)));
        String palms = "Phoenix\nFamily: Arecaceae\nGenus: Phoenix\n\nDate palms line the streets of Phoenix, Arizona.";
        TaxonNames palmTaxa = TaxonNames.in(palms, List.of(), KNOWN::contains, word -> false);
        assertEquals(false, palmTaxa.covers(palms, mentionOf(palms, "Phoenix", palms.lastIndexOf("Phoenix"))));
        String footballer = "Position: Midfielder\nFamily: Smith\n\nSmith joined the club.";
        TaxonNames none = TaxonNames.in(footballer, List.of(), KNOWN::contains, word -> false);
        assertEquals(false, none.covers(footballer, mentionOf(footballer, "Smith", footballer.lastIndexOf("Smith"))));
    }
}
