package dev.summarizer.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every tunable of the service, under the {@code summarizer} prefix. */
@ConfigMapping(prefix = "summarizer")
public interface SummarizerConfig {

    Models models();

    /**
     * Languages besides English whose text is split, tokenized and ranked with their own models, by ISO 639-1
     * code (summarizer.languages.de.sentence=…). Entities stay English-only.
     */
    Map<String, LanguageModels> languages();

    /** Model files of one extra language; without a tokenizer the text is split at character classes. */
    interface LanguageModels {
        /** Sentence detector file. */
        String sentence();

        /** Tokenizer file, if the registries serve one. */
        Optional<String> tokenizer();

        /** POS tagger file (UPOS), for key phrases. */
        Optional<String> pos();
    }

    Limits limits();

    Defaults defaults();

    Sentences sentences();

    TextRank textrank();

    Salience salience();

    Language language();

    Keyphrases keyphrases();

    Security security();

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

        /** Most documents in one batch request. */
        @WithDefault("25")
        int maxBatchDocuments();

        /** Largest accepted batch request body in bytes, checked against Content-Length like max-body-bytes. */
        @WithDefault("8388608")
        long maxBatchBodyBytes();

        /** Threads that analyse the documents of batches in parallel; 0 means one per available core. */
        @WithDefault("0")
        int batchThreads();

        /** Longest time one analysis may take; past it the request is answered 503 instead of waiting. */
        @WithDefault("10s")
        Duration deadline();
    }

    /** Sentence splitting beyond the OpenNLP detector. */
    interface Sentences {
        /**
         * Most detector sentences that one quotation running over sentences may join into one sentence (1 = never
         * join); bounds the damage of a quote mark that is never closed.
         */
        @WithDefault("3")
        int maxQuoteSentences();

        /**
         * A sentence whose content-term cosine with a sentence already in the summary is at least this is a repeat
         * and is not chosen (a caption restating the lead); above 1 turns the check off.
         */
        @WithDefault("0.9")
        double repeatCosine();
    }

    /** What a request gets when it leaves an option out. */
    interface Defaults {
        /** Summary length in sentences when no length is given. */
        @WithDefault("3")
        int sentences();

        /**
         * Number of entities returned when entities.max is not given: by default all that are found (up to the
         * 1,000 a request may ask for), so that a client reading {@code entities[].mentions} gets every name.
         */
        @WithDefault("1000")
        int entities();

        /**
         * MMR diversity λ in [0, 1] when a request does not set one (0 = pure rank order); see SummarySelector.
         */
        @WithDefault("0.0")
        double diversity();
    }

    /**
     * Sentence ranking: TextRank over a sparse similarity graph with news priors; see TextRankSummarizer and
     * SentencePriors for the method and src/docs/summary-evaluation.md for the measurements behind the defaults.
     */
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
         * Edge weight: {@code overlap} (Mihalcea and Tarau 2004), {@code cosine} (tf-idf) or {@code bm25}
         * (Barrios et al. 2016).
         */
        @WithDefault("overlap")
        String similarity();

        /**
         * Share of the teleport vector that favours early sentences, proportional to 1/(position+1)
         * (0 = uniform teleport as in plain TextRank).
         */
        @WithDefault("0.5")
        double positionBias();

        /**
         * Factor on the weight of an edge from a sentence to a later one (1 = undirected TextRank, 0 = sentences
         * endorse only earlier sentences, as in PacSum).
         */
        @WithDefault("0.0")
        double forwardWeight();

        /** Exponent w of the position factor (position+1)^-w on the final score (0 = none). */
        @WithDefault("1.0")
        double positionWeight();

        /** Content terms a sentence may have before the compactness factor lowers its score. */
        @WithDefault("15")
        int lengthTarget();

        /** Rate of the compactness factor exp(-penalty * (terms - target) / target) (0 = none). */
        @WithDefault("2.0")
        double lengthPenalty();

        /** Share of the teleport vector given to sentences that repeat the title's terms, when a title is sent. */
        @WithDefault("0.1")
        double titleBias();

        /** Largest share of the document a summary may cover with the position and length priors in full. */
        @WithDefault("0.25")
        double priorFullCoverage();

        /** Share of the document from which on a summary is ranked by plain TextRank (priors faded out). */
        @WithDefault("0.4")
        double priorNoneCoverage();

        /** Factor on the score of a question (form prior; 1 = none). */
        @WithDefault("1.0")
        double questionFactor();

        /** Factor on the score of a sentence that opens with a quotation mark (form prior; 1 = none). */
        @WithDefault("1.0")
        double quoteFactor();

        /** Sentences with fewer words than this get {@code short-factor} (form prior; 0 = none). */
        @WithDefault("0")
        int shortWords();

        /** Factor on the score of a sentence with fewer than {@code short-words} words (form prior; 1 = none). */
        @WithDefault("1.0")
        double shortFactor();
    }

    /** Key phrases: TextRank over words, see {@code KeyphraseExtractor}. */
    interface Keyphrases {
        /** Key phrases returned when keyphrases.max is not given. */
        @WithDefault("10")
        int defaultMax();

        /** Candidate words within this many tokens of each other are linked (Mihalcea and Tarau found 2 best). */
        @WithDefault("2")
        int window();

        /** PageRank damping factor. */
        @WithDefault("0.85")
        double damping();

        /** PageRank rounds (a word graph of an article converges well within 30). */
        @WithDefault("30")
        int iterations();

        /** The top third of the words become phrase words, but at least this many. */
        @WithDefault("6")
        int minTopWords();

        /** Longest phrase, in words. */
        @WithDefault("4")
        int maxPhraseWords();
    }

    /** Optional protection of the API. */
    interface Security {
        /**
         * API keys accepted on /v1/ (comma-separated). Unset: the API is open. Set them from the environment
         * (SUMMARIZER_SECURITY_API_KEYS) or a secret, never in the repository.
         */
        Optional<List<String>> apiKeys();
    }

    /** Language detection. */
    interface Language {
        /**
         * Characters of the text the detector reads (from the start). Its cost grows with the sample; a
         * thousand characters decide the language of an article as well as the whole text would.
         */
        @WithDefault("1000")
        int sampleChars();

        /** Below this many letters in the sample the detector guesses; English is assumed, with a warning. */
        @WithDefault("20")
        int minLetters();

        /**
         * How many times likelier than English (the detector's probability over English's) another detected
         * language must be to be used; 1 or less turns the rule off. On one sentence the detector often puts some
         * other language barely ahead of English (13% of CoNLL sentences with 20+ letters, most within a factor
         * 1.5); English is then assumed, with a warning. At 2, 0.9% of those sentences (20 of 2,289) stay misread and 17 of 18
         * short foreign news sentences are still recognised (models/README.md, "What a client gets").
         */
        @WithDefault("2.0")
        double minRatioOverEnglish();
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
