package dev.summarizer.config;

import io.smallrye.config.WithDefault;

/** Where the OpenNLP models come from. */
public interface ModelsConfig {
    /** Directory whose files override the bundled models of the same file name. */
    @WithDefault("models")
    String dir();

    /** Sentence detector (UD English EWT, from opennlp-models-sentdetect-en). */
    @WithDefault("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")
    String sentence();

    /** Tokenizer (UD English EWT, from opennlp-models-tokenizer-en). */
    @WithDefault("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")
    String tokenizer();

    /** Part-of-speech tagger, UPOS tags (from opennlp-models-pos-en). */
    @WithDefault("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")
    String pos();

    /** Name finder for PERSON, LOCATION, ORGANIZATION (trained by this project, see models/README.md). */
    @WithDefault("en-ner.bin")
    String names();

    /** Beam width of POS decoding (the model's own is 3; 1 is greedy and three times faster). */
    @WithDefault("1")
    int posBeamSize();

    /**
     * Beam width of name-finder decoding. 3 (the model's own) scores about 1.5 F1 points better out of domain
     * than greedy 1, which is about twice as fast (see models/README.md).
     */
    @WithDefault("3")
    int namesBeamSize();

    /** Language detector (from opennlp-models-langdetect). */
    @WithDefault("langdetect-183.bin")
    String language();
}
