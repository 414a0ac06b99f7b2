package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import dev.summarizer.analysis.Sentence;
import org.junit.jupiter.api.Test;

class NameFinderInputTest {

    /** Sentences as the service's splitter gives them: tokens separated by one space, or glued with "|". */
    private static List<Sentence> sentences(String... texts) {
        List<Sentence> sentences = new ArrayList<>();
        int offset = 0;
        for (String text : texts) {
            List<String> tokens = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            int position = offset;
            for (String word : text.split(" ")) {
                for (String token : word.split("\\|")) {
                    tokens.add(token);
                    spans.add(new int[] {position, position + token.length()});
                    position += token.length();
                }
                position++;
            }
            int[] starts = spans.stream().mapToInt(s -> s[0]).toArray();
            int[] ends = spans.stream().mapToInt(s -> s[1]).toArray();
            sentences.add(new Sentence(sentences.size(), offset, position - 1, tokens.toArray(String[]::new),
                    starts, ends));
            offset = position;
        }
        return sentences;
    }

    @Test
    void possessiveBecomesItsOwnToken() {
        NameFinderInput.Unit unit = NameFinderInput.units(sentences("England's team and PANAMA'S boxer")).get(0);
        assertArrayEquals(new String[] {"England", "'s", "team", "and", "PANAMA", "'S", "boxer"}, unit.tokens());
        assertEquals(0, unit.starts()[0]);
        assertEquals(7, unit.ends()[0]);
        assertEquals(7, unit.starts()[1]);
    }

    @Test
    void initialWrittenAsTwoTokensBecomesOne() {
        NameFinderInput.Unit unit = NameFinderInput.units(sentences("H|. Morris scored")).get(0);
        assertArrayEquals(new String[] {"H.", "Morris", "scored"}, unit.tokens());
        assertEquals(2, unit.ends()[0]);
    }

    @Test
    void datelineRunIntoItsStoryIsReadAsItsOwnUnit() {
        List<NameFinderInput.Unit> units = NameFinderInput.units(
                sentences("Peter Blackburn BRUSSELS 1996|-|08|-|22 The Commission said on 1996|-|08|-|23 that"));
        assertEquals(2, units.size());
        assertArrayEquals(new String[] {"Peter", "Blackburn", "BRUSSELS", "1996-08-22"}, units.get(0).tokens());
        assertArrayEquals(new String[] {"The", "Commission", "said", "on", "1996-08-23", "that"},
                units.get(1).tokens(), "a date before a lower-case word stays inside");
    }

    @Test
    void dottedAcronymWrittenAsTwoTokensBecomesOne() {
        NameFinderInput.Unit unit =
                NameFinderInput.units(sentences("U.N|. officials and a.b|. or U.s|. said")).get(0);
        assertArrayEquals(new String[] {"U.N.", "officials", "and", "a.b", ".", "or", "U.s", ".", "said"},
                unit.tokens());
        assertEquals(4, unit.ends()[0]);
    }

    /** The tokenizer cuts "S.p.A." into "S." and "p.A."; written together, they are one token again. */
    @Test
    void dottedAbbreviationCutInTwoBecomesOne() {
        NameFinderInput.Unit unit = NameFinderInput.units(sentences("Ferrari S.|p.A. and S. p.A. fell")).get(0);
        assertArrayEquals(new String[] {"Ferrari", "S.p.A.", "and", "S.", "p.A.", "fell"}, unit.tokens());
        assertEquals(8, unit.starts()[1]);
        assertEquals(14, unit.ends()[1]);
    }

    @Test
    void sentenceEndingInAnInitialIsReadWithTheNextOne() {
        List<NameFinderInput.Unit> units = NameFinderInput.units(sentences("Glamorgan 259 ( A.", "Dale 69 )"));
        assertEquals(1, units.size());
        assertArrayEquals(new String[] {"Glamorgan", "259", "(", "A.", "Dale", "69", ")"}, units.get(0).tokens());
        assertEquals(0, units.get(0).sentences()[3]);
        assertEquals(1, units.get(0).sentences()[4]);
    }

    @Test
    void hyphenatedWordIsOneTokenAgain() {
        NameFinderInput.Unit unit = NameFinderInput.units(sentences("Saint|-|Cyr and the U.S.|-|based firm")).get(0);
        assertArrayEquals(new String[] {"Saint-Cyr", "and", "the", "U.S.-based", "firm"}, unit.tokens());
        assertEquals(9, unit.ends()[0]);
    }

    @Test
    void sentenceEndingInAShortAbbreviationIsReadWithTheNextOne() {
        List<NameFinderInput.Unit> units = NameFinderInput.units(sentences("She grew up in St.", "Catharines ."));
        assertEquals(1, units.size());
    }

    /** Not across a line break: a paragraph ending in "Sun." is no name running into the next one. */
    @Test
    void sentenceEndingInAShortAbbreviationIsNotReadAcrossALineBreak() {
        List<Sentence> sentences = sentences("from the Order of the Black Sun.", "Development began .");
        assertEquals(2, NameFinderInput.units("from the Order of the Black Sun.\nDevelopment began .", sentences)
                .size());
        assertEquals(1, NameFinderInput.units("from the Order of the Black Sun. Development began .", sentences)
                .size());
    }

    @Test
    void sentenceFinalPeriodOnAWordIsSplitOff() {
        NameFinderInput.Unit unit = NameFinderInput.units(sentences("DURAN FIGHTS THE SANDS.")).get(0);
        assertArrayEquals(new String[] {"DURAN", "FIGHTS", "THE", "SANDS", "."}, unit.tokens());
    }

    /** A legal form or "Jr." ending a sentence gives its period to the sentence, as CoNLL and UD do. */
    @Test
    void nameFinalAbbreviationEndingASentenceLosesItsPeriod() {
        List<NameFinderInput.Unit> units = NameFinderInput.units(sentences("He met Hank Williams Jr.", "He left ."));
        assertEquals(2, units.size());
        assertArrayEquals(new String[] {"He", "met", "Hank", "Williams", "Jr", "."}, units.get(0).tokens());
        assertEquals(23, units.get(0).ends()[4]);
        assertEquals(23, units.get(0).starts()[5]);
        assertEquals(24, units.get(0).ends()[5]);
    }

    /** "Corp." before "The" ends a sentence the splitter ran on; inside a sentence it keeps its period. */
    @Test
    void legalFormBeforeASentenceOpenerEndsTheUnit() {
        List<NameFinderInput.Unit> units = NameFinderInput.units(sentences("It bought Lear Corp. The deal closed ."));
        assertEquals(2, units.size());
        assertArrayEquals(new String[] {"It", "bought", "Lear", "Corp", "."}, units.get(0).tokens());
        assertArrayEquals(new String[] {"The", "deal", "closed", "."}, units.get(1).tokens());
        assertArrayEquals(new String[] {"Lear", "Corp.", "rose", "."},
                NameFinderInput.units(sentences("Lear Corp. rose .")).get(0).tokens());
    }

    @Test
    void abbreviationsInsideTheSentenceKeepTheirPeriods() {
        NameFinderInput.Unit unit = NameFinderInput.units(sentences("the U.S. and Mr. Kim")).get(0);
        assertArrayEquals(new String[] {"the", "U.S.", "and", "Mr.", "Kim"}, unit.tokens());
    }

    @Test
    void noSentencesGiveNoUnits() {
        assertEquals(List.of(), NameFinderInput.units(List.of()));
    }
}
