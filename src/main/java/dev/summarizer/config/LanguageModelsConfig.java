package dev.summarizer.config;

import java.util.Optional;

/** Model files of one extra language; without a tokenizer the text is split at character classes. */
public interface LanguageModelsConfig {
    /** Sentence detector file. */
    String sentence();

    /** Tokenizer file, if the registries serve one. */
    Optional<String> tokenizer();

    /** POS tagger file (UPOS), for key phrases. */
    Optional<String> pos();
}
