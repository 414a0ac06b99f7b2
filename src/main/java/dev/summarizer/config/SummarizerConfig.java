package dev.summarizer.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every tunable of the service, under the {@code summarizer} prefix. */
@ConfigMapping(prefix = "summarizer")
public interface SummarizerConfig {

    Models models();

    Limits limits();

    Defaults defaults();

    TextRank textrank();

    Salience salience();

    /** Where the OpenNLP models come from. */
    interface Models {
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

        /** Language detector (from opennlp-models-langdetect). */
        @WithDefault("langdetect-183.bin")
        String language();
    }

    /** Input limits; input over a limit is rejected, never truncated. */
    interface Limits {
        /** Largest accepted text, in UTF-16 code units (Java chars). */
        @WithDefault("200000")
        int maxChars();

        /**
         * Largest accepted request body in bytes, checked against Content-Length before the body is read.
         * (quarkus.http.limits.max-body-size is set higher, as the backstop for bodies sent without a length.)
         */
        @WithDefault("2097152")
        long maxBodyBytes();

        /** Longest time one analysis may take; past it the request is answered 503 instead of waiting. */
        @WithDefault("5s")
        Duration deadline();
    }

    /** What a request gets when it leaves an option out. */
    interface Defaults {
        /** Summary length in sentences when no length is given. */
        @WithDefault("3")
        int sentences();

        /** Number of entities returned when entities.max is not given. */
        @WithDefault("15")
        int entities();
    }

    /** Sentence ranking: TextRank with a position-biased teleport vector. */
    interface TextRank {
        /** PageRank damping factor d (Mihalcea and Tarau use 0.85). */
        @WithDefault("0.85")
        double damping();

        /** Power iteration stops when the L1 change of the scores falls below this. */
        @WithDefault("1.0E-6")
        double tolerance();

        /** Power iteration stops after this many rounds even if not converged. */
        @WithDefault("100")
        int maxIterations();

        /** Largest number of neighbours kept per sentence, so the graph stays sparse on long texts. */
        @WithDefault("50")
        int maxNeighbours();

        /**
         * Share of the teleport vector that favours early sentences (0 = plain TextRank, uniform teleport;
         * 1 = teleport proportional to 1/(position+1)).
         */
        @WithDefault("0.5")
        double positionBias();
    }

    /** Entity salience weights, see {@code SalienceScorer}. */
    interface Salience {
        /** Weight a mention keeps even in the last sentence (1 = position does not matter). */
        @WithDefault("0.5")
        double positionFloor();

        /** How much more a mention counts in the most central sentence than in the least central one. */
        @WithDefault("1.0")
        double centralityBoost();
    }
}
