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

import opennlp.tools.util.Span;

/**
 * Rejoins sentences that a detector model cut after a known abbreviation ("240 Mio. | Euro", "Dr. | Smith"):
 * the statistical models do not know every abbreviation of news text. The lists are per language, in
 * {@code abbreviations.txt}. Pure and thread-safe.
 */
final class AbbreviationJoiner {

    private static final Map<String, Set<String>> ABBREVIATIONS = load();

    private AbbreviationJoiner() {
    }

    /** The spans with every span that ends in a known abbreviation joined to the next one. */
    static Span[] join(String text, Span[] spans, String language) {
        Set<String> abbreviations = ABBREVIATIONS.getOrDefault(language, Set.of());
        if (abbreviations.isEmpty() || spans.length < 2) {
            return spans;
        }
        List<Span> joined = new ArrayList<>(spans.length);
        Span current = spans[0];
        for (int i = 1; i < spans.length; i++) {
            if (endsWithAbbreviation(text, current, abbreviations)) {
                current = new Span(current.getStart(), spans[i].getEnd());
            } else {
                joined.add(current);
                current = spans[i];
            }
        }
        joined.add(current);
        return joined.toArray(Span[]::new);
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
