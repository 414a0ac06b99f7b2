package dev.summarizer.entities;

import java.util.regex.Pattern;

/**
 * Names of record charts ("Billboard Hot 100", "the Billboard Country Airplay chart"), which CoNLL annotates as MISC
 * like the awards a work wins. Why: articles on songs, albums and bands name them often, and the model reads
 * "Billboard Hot" as an organisation (2026-11-29 tenth session; no chart in the news dev articles).
 */
final class ChartNames {

    /**
     * A lower-case "chart" right after a name of two or more words after "the" ("the Billboard Country Airplay|
     * chart"); "charts" before a determiner is the verb ("the Federal Reserve charts a course").
     */
    private static final Pattern CHART_AFTER = Pattern.compile(
            "^[ \\t]+(?:chart|charts(?![ \\t]+(?:a|an|the|its|their|his|her|our|new)\\b))\\b");
    /**
     * A word of music charts in the name ("Country Airplay", "Oricon Singles", "US Dance"): "the Met Office chart" and
     * "the Bank of England charts inflation" are a body's chart and a verb.
     */
    private static final Pattern CHART_WORD = Pattern.compile("\\b(?:Singles|Albums?|Songs|Airplay|Dance|Country|Rock"
            + "|Pop|Rap|Hip-Hop|R&B|Latin|Indie|Alternative|Mainstream|Digital|Streaming|Hot|Top|Heatseekers|Adult"
            + "|Contemporary|Gospel|Jazz|Christian|Classical|Blues|Reggae|Weekly|Club|Soundtrack|Holiday"
            + "|Billboard|Oricon|ARIA|Gaon)\\b");
    /** The number that ends a chart's name ("Billboard Hot| 100", "Billboard| 200"). */
    private static final Pattern HOT_NUMBER = Pattern.compile("^[ \\t]+(?:Hot[ \\t]+)?(?:100|200)\\b");
    /** How far after a name the chart word is looked for. */
    private static final int LOOK = 12;

    private ChartNames() {
    }

    /** True if the mention is a chart's name or the start of one. */
    static boolean isChart(String text, Mention mention) {
        String after = mention.textAfter(text, LOOK);
        String name = mention.text();
        if ((name.startsWith("Billboard") || name.endsWith(" Hot")) && HOT_NUMBER.matcher(after).find()) {
            return true;
        }
        return name.contains(" ") && CHART_WORD.matcher(name).find()
                && mention.followsThe(text) && CHART_AFTER.matcher(after).find();
    }
}
