package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChartNamesTest {

    private static boolean chart(String text, String name) {
        int start = text.indexOf(name);
        return ChartNames.isChart(text, new Mention(name, start, start + name.length(), 0,
                EntityType.ORGANIZATION));
    }

    @Test
    void billboardsChartsAreNoOrganisation() {
        assertTrue(chart("It peaked at number 12 on the Billboard Hot 100.", "Billboard Hot"));
        assertTrue(chart("It entered the Billboard 200 at number four.", "Billboard"));
        assertFalse(chart("Billboard magazine called it the song of the summer.", "Billboard"));
        assertFalse(chart("He told Billboard in 2004 that 100 copies were pressed.", "Billboard"));
    }

    @Test
    void aNameOfTwoWordsOrMoreBeforeTheWordChartIsTheChart() {
        assertTrue(chart("It topped the Billboard Country Airplay chart.", "Billboard Country Airplay"));
        assertTrue(chart("a hit on the Oricon Singles charts in Japan", "Oricon Singles"));
        assertTrue(chart("It reached the Billboard Adult Contemporary chart.", "Billboard Adult Contemporary"));
        assertFalse(chart("as the Federal Reserve charts a new course", "Federal Reserve"));
        assertFalse(chart("He told the Daily Mail chart positions mattered.", "Mail"));
        assertFalse(chart("According to the Met Office chart, it will be 30C.", "Met Office"));
        assertFalse(chart("as the Bank of England charts inflation falling", "Bank of England"));
    }
}
