package dev.summarizer.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.stemmer.PorterStemmer;
import opennlp.tools.stemmer.Stemmer;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Turns tokens into the terms that sentence similarity compares: lower-cased, punctuation and stop words dropped,
 * stemmed (so "ratified" and "ratification" meet as "ratif"). English uses our stop list and the Porter stemmer;
 * German and French the Snowball stop lists (shipped in lucene-analysis-common) and Snowball stemmers; any other
 * language is lower-cased only.
 *
 * <p>Not thread-safe (stemmers keep a buffer): make one per document.
 */
public final class ContentTerms {

    private static final Map<String, String> SNOWBALL_LISTS = Map.of("de", "german", "fr", "french");
    private static final Map<String, Set<String>> STOP_WORDS = new ConcurrentHashMap<>();

    private final Set<String> stopWords;
    private final Stemmer stemmer;

    /** English terms. */
    public ContentTerms() {
        this("en");
    }

    /** Terms of text in the given language (ISO 639-1). */
    public ContentTerms(String language) {
        this.stopWords = stopWords(language);
        this.stemmer = switch (language) {
            case "en" -> new PorterStemmer();
            case "de" -> new SnowballStemmer(SnowballStemmer.ALGORITHM.GERMAN);
            case "fr" -> new SnowballStemmer(SnowballStemmer.ALGORITHM.FRENCH);
            default -> word -> word;
        };
    }

    /** The content terms of the tokens, in order. */
    public List<String> of(String[] tokens) {
        List<String> terms = new ArrayList<>(tokens.length);
        for (String token : tokens) {
            String term = termOf(token);
            if (term != null) {
                terms.add(term);
            }
        }
        return terms;
    }

    /** Each content term of the tokens with the first token that gives it, as written ("Korea" for "korea"). */
    public Map<String, String> writtenForms(String[] tokens) {
        Map<String, String> written = new HashMap<>();
        for (String token : tokens) {
            String term = termOf(token);
            if (term != null) {
                written.putIfAbsent(term, token);
            }
        }
        return written;
    }

    /** The token's stemmed term, or null for a stop word or a token without a letter or digit. */
    private String termOf(String token) {
        if (!Words.isWord(token)) {
            return null;
        }
        String lower = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return stopWords.contains(lower) ? null : stemmer.stem(lower).toString();
    }

    /** The stop words of a language, lower case; empty for a language without a list. */
    public static Set<String> stopWords(String language) {
        return STOP_WORDS.computeIfAbsent(language, ContentTerms::loadStopWords);
    }

    private static Set<String> loadStopWords(String language) {
        if (language.equals("en")) {
            return read(ContentTerms.class.getResourceAsStream("stopwords-en.txt"), "#");
        }
        String list = SNOWBALL_LISTS.get(language);
        if (list == null) {
            return Set.of();
        }
        return read(ContentTerms.class.getClassLoader()
                .getResourceAsStream("org/apache/lucene/analysis/snowball/" + list + "_stop.txt"), "|");
    }

    /** Reads whitespace-separated words, ignoring everything after the comment marker on each line. */
    private static Set<String> read(InputStream in, String comment) {
        if (in == null) {
            throw new IllegalStateException("A stop word list is missing from the classpath");
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int cut = line.indexOf(comment);
                for (String word : (cut >= 0 ? line.substring(0, cut) : line).trim().split("\\s+")) {
                    if (!word.isEmpty()) {
                        words.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a stop word list", e);
        }
        return Set.copyOf(words);
    }
}
