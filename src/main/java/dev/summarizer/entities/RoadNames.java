package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * Numbered roads ("U.S. Route 65", "California State Route 41", "Interstate 44", "Minnesota State Highway 258"): the
 * model stops before the number ("U.S. Route", an organisation) or finds nothing. None of the 62 numbered roads of
 * WikiANN test was found whole. The road, number and all, is one place: CoNLL's guidelines put roads among
 * locations, as the defining sentences here do ("Route 38 is a state highway"); WikiANN's silver labels call them
 * organisations.
 */
final class RoadNames {

    /** Capitalised words that end a road's name before its number; not "Road" ("Abbey Road 2"). */
    private static final Set<String> ROAD_WORDS = Set.of("Route", "Highway", "Interstate", "Motorway", "Freeway",
            "Expressway", "Parkway", "Turnpike");
    /** A road's number: "65", "3A", "1A". */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}[A-Z]?");
    /** A country's abbreviation before a road word ("U.S.", "US"). */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.){2,3}|\\p{Lu}{2,3}");
    /** Words that name a road's kind or authority before its road word ("State Route 41", "County Road"). */
    private static final Set<String> KIND_WORDS = Set.of("State", "County", "National", "Provincial", "Federal",
            "Trans-Canada", "Primary", "Secondary");
    /** Words of travel before a road named by its number alone, lower case. */
    private static final Set<String> TRAVEL_WORDS = Set.of("on", "along", "onto", "via", "off", "near", "from",
            "to", "of", "and", "or", "crosses", "cross", "crossed", "meets", "joins", "joined", "follows", "takes",
            "take", "took", "exit", "exits", "southbound", "northbound", "eastbound", "westbound", "closes",
            "closed", "becomes", "at", "including", "includes", "include", "like", "as", "by", "into", "the", "\u2013");
    /** Words before a title of a work, lower case. */
    private static final Set<String> WORK_WORDS = Set.of("album", "song", "single", "series", "show", "film",
            "movie", "podcast", "band", "titled", "entitled", "called", "recorded", "version", "novel", "book");
    /** The most capitalised words before the road word ("New York State Route 393"). */
    private static final int MAX_WORDS_BEFORE = 4;

    private RoadNames() {
    }

    /**
     * The names with each numbered road as one place: a road word and its number, with the words before them that
     * name its state or kind ("U.S.", "State", "County", or words of a name the model found there); names inside the
     * road, or running into it, are replaced. A road with no such words needs a word of travel before it ("along Route
     * 1", "crosses Interstate 44"): "Route 66" is also a series, a song and a podcast. None inside quotation marks or
     * after a word of works ("the album", "titled").
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
            while (start > 0 && t - start < MAX_WORDS_BEFORE && isRoadNameWord(tokens, start - 1, mended)) {
                start--;
            }
            if (start == t && (t == 0 || !TRAVEL_WORDS.contains(tokens[t - 1].toLowerCase(Locale.ROOT)))
                    || isInWorkContext(tokens, start)) {
                continue;
            }
            int from = start;
            int end = t + 2;
            List<Span> inside = mended.stream().filter(name -> name.getStart() < end && from < name.getEnd()).toList();
            if (inside.stream().anyMatch(name -> name.getEnd() > end)) {
                continue;
            }
            mended.removeAll(inside);
            mended.add(new Span(start, end, EntityType.LOCATION.name()));
        }
        mended.sort(Comparator.comparingInt(Span::getStart));
        return mended;
    }

    /** True for a word before the road word that is part of its name: a state or kind, or in a found name. */
    private static boolean isRoadNameWord(String[] tokens, int at, List<Span> names) {
        String token = tokens[at];
        return KIND_WORDS.contains(token) || ABBREVIATION.matcher(token).matches()
                || isNameWord(token) && names.stream().anyMatch(name -> name.getStart() <= at && at < name.getEnd()
                        && !DesignatedRuns.isOpener(tokens[name.getStart()]));
    }

    /** True if a quotation mark or a word of works stands within three tokens before the road. */
    private static boolean isInWorkContext(String[] tokens, int start) {
        for (int t = Math.max(0, start - 3); t < start; t++) {
            if (WORK_WORDS.contains(tokens[t].toLowerCase(Locale.ROOT)) || TokenShape.isQuote(tokens[t])) {
                return true;
            }
        }
        return false;
    }

    /** A word of a name: capitalised, no sentence opener such as "From", no month. */
    private static boolean isNameWord(String token) {
        return DesignatedRuns.isRunWord(token) && !TokenShape.isCalendarWord(token);
    }
}
