package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SportsReportsTest {

    /** Ten words of news with no sport in them. */
    private static final String NEWS = "The council said the new services would open in the spring .";

    private static List<NameFinderInput.Unit> units(String... sentences) {
        return Arrays.stream(sentences).map(s -> {
            String[] tokens = s.split(" ");
            return new NameFinderInput.Unit(tokens, new int[tokens.length], new int[tokens.length],
                    new int[tokens.length]);
        }).toList();
    }

    @Test
    void longTextWithoutSportExcludesClubs() {
        assertTrue(SportsReports.excludes(units(NEWS, NEWS, NEWS, "The party won the election .")));
        assertTrue(SportsReports.excludes(units(NEWS, NEWS, NEWS, "Its season of conferences ends .")));
    }

    @Test
    void twoWordsOfSportShowASportsReportHoweverShort() {
        assertTrue(SportsReports.shows(units("Benetton of Italy beat Dinamo 92-81 in the play-off .")));
        assertFalse(SportsReports.shows(units("The Treaty of Baden was signed in 1714 .")));
    }

    @Test
    void twoWordsOfSportOrScoresMakeASportsReport() {
        assertFalse(SportsReports.excludes(units(NEWS, NEWS, NEWS, "Bradford beat Tranmere 2-1 in the cup .")));
        assertFalse(SportsReports.excludes(units(NEWS, NEWS, NEWS, "The striker scored twice .")));
        assertFalse(SportsReports.excludes(units(NEWS, NEWS, NEWS, "Bradford v Tranmere , Premiership")));
    }

    @Test
    void shortTextIsNotJudged() {
        assertFalse(SportsReports.excludes(units("Swansea 49 Cardiff 23")));
        assertFalse(SportsReports.excludes(units(NEWS, NEWS)));
    }
}
