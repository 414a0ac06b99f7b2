package dev.summarizer.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.stemmer.PorterStemmer;

/**
 * Turns tokens into the terms that sentence similarity compares: lower-cased, punctuation and stop words dropped,
 * Porter-stemmed (so "ratified" and "ratification" meet as "ratif").
 *
 * <p>Not thread-safe (the stemmer keeps a buffer): make one per document.
 */
public final class ContentTerms {

    private static final Set<String> STOP_WORDS = loadStopWords();

    private final PorterStemmer stemmer = new PorterStemmer();

    /** The content terms of the tokens, in order. */
    public List<String> of(String[] tokens) {
        List<String> terms = new ArrayList<>(tokens.length);
        for (String token : tokens) {
            if (!Words.isWord(token)) {
                continue;
            }
            String lower = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (!STOP_WORDS.contains(lower)) {
                terms.add(stemmer.stem(lower));
            }
        }
        return terms;
    }

    /** The English stop words, lower case. */
    public static Set<String> stopWords() {
        return STOP_WORDS;
    }

    private static Set<String> loadStopWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = ContentTerms.class.getResourceAsStream("stopwords-en.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#")) {
                    for (String word : line.trim().split("\\s+")) {
                        if (!word.isEmpty()) {
                            words.add(word);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the stop word list", e);
        }
        return Set.copyOf(words);
    }
}
