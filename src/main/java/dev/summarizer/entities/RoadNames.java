package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * Numbered roads ("U.S. Route 65", "California State Route 41", "Interstate 44", "Minnesota State Highway 258"): the
 * model stops before the number ("U.S. Route", an organisation) or finds nothing. All 62 numbered roads of WikiANN
 * test were cut so. The road, number and all, is one place: CoNLL's guidelines put roads among locations, as the
 * defining sentences here do ("Route 38 is a state highway"); WikiANN's silver labels call them organisations.
 */
final class RoadNames {

    /** Capitalised words that end a road's name before its number; not "Road" ("Abbey Road 2"). */
    private static final Set<String> ROAD_WORDS = Set.of("Route", "Highway", "Interstate", "Motorway", "Freeway",
            "Expressway", "Parkway", "Turnpike");
    /** A road's number: "65", "3A", "1A". */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}[A-Z]?");
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.){2,3}|\\p{Lu}{2,3}");
    /** The most capitalised words before the road word ("New York State Route 393"). */
    private static final int MAX_WORDS_BEFORE = 4;

    private RoadNames() {
    }

    /**
     * The names with each numbered road as one place: a road word and its number, with the capitalised words before
     * them ("U.S.", a state, "State", "County"); names inside the road are replaced, a name that begins before it and
     * runs into it is taken in.
     */
    static List<Span> mended(String[] tokens, List<Span> names) {
        List<Span> mended = new ArrayList<>(names);
        for (int t = 0; t + 1 < tokens.length; t++) {
            // Why the word after: a capitalised one goes on with a title ("Highway 61 Revisited").
            if (!ROAD_WORDS.contains(tokens[t]) || !NUMBER.matcher(tokens[t + 1]).matches()
                    || t + 2 < tokens.length && DesignatedRuns.isRunWord(tokens[t + 2])) {
                continue;
            }
            int start = t;
            while (start > 0 && t - start < MAX_WORDS_BEFORE && isNameWord(tokens[start - 1])) {
                start--;
            }
            int end = t + 2;
            int from = start;
            List<Span> inside = mended.stream().filter(name -> name.getStart() < end && from < name.getEnd()).toList();
            if (inside.stream().anyMatch(name -> name.getEnd() > end)) {
                continue;
            }
            start = inside.stream().mapToInt(Span::getStart).reduce(start, Math::min);
            mended.removeAll(inside);
            mended.add(new Span(start, end, EntityType.LOCATION.name()));
        }
        mended.sort(Comparator.comparingInt(Span::getStart));
        return mended;
    }

    /** A word of a name (no sentence opener such as "From"), or a country's abbreviation ("U.S.", "US"). */
    private static boolean isNameWord(String token) {
        return DesignatedRuns.isRunWord(token) && !TokenShape.isCalendarWord(token)
                || ABBREVIATION.matcher(token).matches();
    }
}
