package dev.summarizer.analysis;

import java.util.ArrayList;
import java.util.List;

import dev.summarizer.config.SummarizerConfig;
import dev.summarizer.nlp.NlpModels;
import dev.summarizer.nlp.TextModels;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Decides which language a text is processed as. A language the caller names is used as given (it is the
 * fallback when the text is too short to tell); otherwise the detector decides, English is assumed for text too
 * short to tell or where another language is less than {@code summarizer.language.min-ratio-over-english} times
 * likelier than English, and a detected language without models of its own is processed with the English ones.
 * Each choice that the caller may not expect comes with a warning. Thread-safe.
 */
@ApplicationScoped
public class LanguageResolver {

    /** Confidence above which a detected language that contradicts the requested one is worth a warning. */
    static final double CONTRADICTION_CONFIDENCE = 0.9;

    private final LanguageIdentifier identifier;
    private final NlpModels models;
    private final double minRatioOverEnglish;

    public LanguageResolver(LanguageIdentifier identifier, NlpModels models, SummarizerConfig config) {
        this.identifier = identifier;
        this.models = models;
        this.minRatioOverEnglish = config.language().minRatioOverEnglish();
    }

    /**
     * How the text is processed.
     *
     * @param code the language reported to the caller (ISO 639-1 where there is one)
     * @param source "requested", "detected" or "assumed"
     * @param models the models used, which may be English ones for an unsupported language
     */
    public record Resolved(String code, double confidence, String source, TextModels models, List<String> warnings) {
    }

    /**
     * @param requested an ISO 639-1 code the service has models for, or null to detect
     */
    public Resolved resolve(String text, String requested) {
        List<String> warnings = new ArrayList<>();
        LanguageIdentifier.DetectedLanguage detected = identifier.identify(text);
        TextModels english = models.forLanguage("en").orElseThrow();
        if (requested != null) {
            if (detected.reliable() && !detected.code().equals(requested)
                    && detected.confidence() > CONTRADICTION_CONFIDENCE) {
                warnings.add("The text looks like language '" + detected.code() + "' but was processed as the "
                        + "requested '" + requested + "'.");
            }
            return new Resolved(requested, detected.code().equals(requested) ? detected.confidence() : 0,
                    "requested", models.forLanguage(requested).orElse(english), warnings);
        }
        if (!detected.reliable()) {
            warnings.add("The text is too short to detect its language; English was assumed.");
            return new Resolved("en", 0, "assumed", english, warnings);
        }
        if (!detected.code().equals("en")
                && detected.confidence() < minRatioOverEnglish * detected.englishConfidence()) {
            // Why: on a sentence or two the detector often ranks some language barely above English; missing an
            // English text costs its entities, reading a short foreign text as English costs little.
            warnings.add("The text looks barely more like language '" + detected.code() + "' than English; "
                    + "English was assumed (send \"language\" to choose).");
            return new Resolved("en", 0, "assumed", english, warnings);
        }
        TextModels own = models.forLanguage(detected.code()).orElse(null);
        if (own == null) {
            warnings.add("The text looks like language '" + detected.code() + "', which has no models here; it "
                    + "was processed with the English ones. Supported: " + models.languages() + ".");
        }
        return new Resolved(detected.code(), detected.confidence(), "detected", own != null ? own : english,
                warnings);
    }
}
