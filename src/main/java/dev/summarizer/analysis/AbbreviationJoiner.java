package dev.summarizer.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * Rejoins sentences that a detector model cut after a known abbreviation ("240 Mio. | Euro", "Dr. | Smith"):
 * the statistical models do not know every abbreviation of news text. The lists are per language, in
 * {@code abbreviations.txt}.
 *
 * <p>English text has three more rules, each seen cutting real sentences in the news dev data (77 cuts before a
 * lower-case word in 445 stories): a piece that starts with a lower-case letter continues the previous one
 * ({@code "I'm so excited!" | she said}, {@code at 3 a.m. | local time}, {@code Ph.D. | students}); a piece
 * that ends in initials ({@code Blues legend B.B. | King}, {@code Judge Arnold O. | Schwartz}) goes on with the
 * name; and a clock time ({@code 9:19 p.m. | Friday}, {@code 4:55 a.m. | ET}, {@code 12:21 a.m. | April 3}) goes on
 * with a day, a date or a time zone.
 * Pure and thread-safe.
 */
final class AbbreviationJoiner {

    private static final Map<String, Set<String>> ABBREVIATIONS = load();

    /**
     * Initials at the end of a piece: "B.B.", "H.W." (not a place that often ends a sentence: "D.C.", "L.A."), or
     * one capital after a capitalised word ("Arnold O.", but not "World War I.").
     */
    private static final Pattern INITIALS = Pattern.compile(
            "(?:^|[\\s(\"\u201C'\u2018])(?:(?!(?:D\\.C|L\\.A|N\\.Y|U\\.S|U\\.K|U\\.N|E\\.U|U\\.S\\.A|U\\.A\\.E)\\.$)"
                    + "(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{L}'\u2019-]+\\s+(?![IVX]\\.)\\p{Lu}\\.)$");

    /** A clock time at the end of a piece ("9:19 p.m.", "3 a.m."). */
    private static final Pattern CLOCK = Pattern.compile("\\b[ap]\\.m\\.$");

    /** What goes on after a clock time: a time zone, a day or a date. */
    private static final Pattern AFTER_CLOCK = Pattern.compile(
            "(?:[ECMP][SD]?T|GMT|BST|UTC|local|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March"
                    + "|April|May|June|July|August|September|October|November|December) \\d)\\b.*", Pattern.DOTALL);

    private AbbreviationJoiner() {
    }

    /** The spans with every span that ends in a known abbreviation joined to the next one. */
    static Span[] join(String text, Span[] spans, String language) {
        Set<String> abbreviations = ABBREVIATIONS.getOrDefault(language, Set.of());
        if (abbreviations.isEmpty() || spans.length < 2) {
            return spans;
        }
        boolean english = language.equals("en");
        List<Span> joined = new ArrayList<>(spans.length);
        Span current = spans[0];
        for (int i = 1; i < spans.length; i++) {
            if (endsWithAbbreviation(text, current, abbreviations)
                    || english && continuesInEnglish(text, current, spans[i])) {
                current = new Span(current.getStart(), spans[i].getEnd());
            } else {
                joined.add(current);
                current = spans[i];
            }
        }
        joined.add(current);
        return joined.toArray(Span[]::new);
    }

    /** The English rules: a lower-case start, initials before a name, a clock time before a day or time zone. */
    private static boolean continuesInEnglish(String text, Span current, Span next) {
        String nextText = text.substring(next.getStart(), next.getEnd()).stripLeading();
        if (nextText.isEmpty()) {
            return false;
        }
        if (Character.isLowerCase(nextText.charAt(0))) {
            return true;
        }
        String currentText = text.substring(current.getStart(), current.getEnd()).stripTrailing();
        return Character.isUpperCase(nextText.charAt(0)) && INITIALS.matcher(currentText).find()
                || CLOCK.matcher(currentText).find() && AFTER_CLOCK.matcher(nextText).matches();
    }

    private static boolean endsWithAbbreviation(String text, Span span, Set<String> abbreviations) {
        int end = span.getEnd();
        while (end > span.getStart() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= span.getStart() || text.charAt(end - 1) != '.') {
            return false;
        }
        int start = end - 1;
        while (start > span.getStart() && !Character.isWhitespace(text.charAt(start - 1))
                && text.charAt(start - 1) != '(') {
            start--;
        }
        return abbreviations.contains(text.substring(start, end - 1));
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> lists = new HashMap<>();
        try (InputStream in = AbbreviationJoiner.class.getResourceAsStream("abbreviations.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int colon = line.indexOf(':');
                if (!line.startsWith("#") && colon > 0) {
                    String[] words = line.substring(colon + 1).trim().split("\\s+");
                    lists.put(line.substring(0, colon).trim(), Set.copyOf(List.of(words)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the abbreviation lists", e);
        }
        return Map.copyOf(lists);
    }
}
