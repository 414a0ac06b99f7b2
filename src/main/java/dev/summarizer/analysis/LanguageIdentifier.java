package dev.summarizer.analysis;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.summarizer.nlp.NlpModels;
import jakarta.enterprise.context.ApplicationScoped;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;

/**
 * Tells the language of a text with OpenNLP's language detector (103 languages, ISO 639-3 codes, reported here
 * as ISO 639-1 where one exists). Reads at most the first {@value #SAMPLE_CHARS} characters: that decides the
 * language as well as the whole text would, and keeps the cost flat. Thread-safe: a detector per call.
 */
@ApplicationScoped
public class LanguageIdentifier {

    /** Characters read to decide; the text itself is never cut. */
    static final int SAMPLE_CHARS = 10_000;

    /** Below this many letters the detector guesses; we fall back to English and say so. */
    static final int MIN_LETTERS = 20;

    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

    private final NlpModels models;

    public LanguageIdentifier(NlpModels models) {
        this.models = models;
    }

    /** The language of the text, or English with {@code reliable == false} if the text is too short to tell. */
    public DetectedLanguage identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (letters(sample) < MIN_LETTERS) {
            return new DetectedLanguage("en", 0, false);
        }
        Language best = new LanguageDetectorME(models.language()).predictLanguage(sample);
        String code = ISO3_TO_ISO1.getOrDefault(best.getLang(), best.getLang());
        return new DetectedLanguage(code, best.getConfidence(), true);
    }

    private static int letters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> map = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            map.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
        }
        // The detector's codes for macro-languages and scripts that Locale spells differently.
        map.put("cmn", "zh");
        map.put("zho", "zh");
        map.put("pes", "fa");
        map.put("zlm", "ms");
        map.put("ekk", "et");
        map.put("lvs", "lv");
        map.put("nob", "nb");
        map.put("swh", "sw");
        map.put("uzn", "uz");
        return Map.copyOf(map);
    }

    /** An ISO 639-1 (or 639-3) code and the detector's confidence in it. */
    public record DetectedLanguage(String code, double confidence, boolean reliable) {
    }
}
