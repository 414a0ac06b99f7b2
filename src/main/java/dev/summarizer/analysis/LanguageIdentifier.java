package dev.summarizer.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.summarizer.config.SummarizerConfig;
import dev.summarizer.nlp.NlpModels;
import jakarta.enterprise.context.ApplicationScoped;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;

/**
 * Tells the language of a text with OpenNLP's language detector (103 languages, ISO 639-3 codes, reported here
 * as ISO 639-1 where one exists). Reads only the first {@code summarizer.language.sample-chars} characters,
 * which keeps the cost small and flat however long the text. Thread-safe: a detector per call.
 */
@ApplicationScoped
public class LanguageIdentifier {

    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

    private final NlpModels models;
    private final int sampleChars;
    private final int minLetters;

    public LanguageIdentifier(NlpModels models, SummarizerConfig config) {
        this.models = models;
        this.sampleChars = config.language().sampleChars();
        this.minLetters = config.language().minLetters();
    }

    /** The language of the text, or English with {@code reliable == false} if the text is too short to tell. */
    public DetectedLanguage identify(String text) {
        String sample = text.length() > sampleChars ? text.substring(0, sampleChars) : text;
        if (letters(sample) < minLetters) {
            return new DetectedLanguage("en", 0, false, 0);
        }
        Language[] ranked = new LanguageDetectorME(models.language()).predictLanguages(sample);
        Language best = ranked[0];
        double english = Arrays.stream(ranked).filter(l -> l.getLang().equals("eng"))
                .mapToDouble(Language::getConfidence).findFirst().orElse(0);
        String code = ISO3_TO_ISO1.getOrDefault(best.getLang(), best.getLang());
        return new DetectedLanguage(code, best.getConfidence(), true, english);
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

    /**
     * An ISO 639-1 (or 639-3) code and the detector's confidence in it.
     *
     * @param englishConfidence the detector's confidence in English (equal to {@code confidence} when English is
     *        the best guess)
     */
    public record DetectedLanguage(String code, double confidence, boolean reliable, double englishConfidence) {
    }
}
