package dev.summarizer.config;

import java.util.Map;

import io.smallrye.config.ConfigMapping;

/**
 * Every tunable of the service, under the {@code summarizer} prefix. Each group of properties is an interface
 * of its own in this package ({@code summarizer.textrank.*} is {@link TextRankConfig}, and so on).
 */
@ConfigMapping(prefix = "summarizer")
public interface SummarizerConfig {

    ModelsConfig models();

    /**
     * Languages besides English whose text is split, tokenized and ranked with their own models, by ISO 639-1
     * code (summarizer.languages.de.sentence=…). Entities stay English-only.
     */
    Map<String, LanguageModelsConfig> languages();

    LimitsConfig limits();

    DefaultsConfig defaults();

    SentencesConfig sentences();

    TextRankConfig textrank();

    SalienceConfig salience();

    LanguageConfig language();

    KeyphrasesConfig keyphrases();

    SecurityConfig security();
}
