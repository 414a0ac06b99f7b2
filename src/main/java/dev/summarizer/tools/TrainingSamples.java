package dev.summarizer.tools;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import dev.summarizer.entities.NameContext;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;

/**
 * The name finder's training samples, made from tagged corpus documents for {@link TrainNameFinder}: which name
 * types are trained ({@code -Dner.types}) and which documents are read one sentence at a time
 * ({@code -Dner.sentenceDocuments}). Deterministic: the same documents give the same samples.
 */
final class TrainingSamples {

    /**
     * Share of the training documents whose sentences are read apart ({@code -Dner.sentenceDocuments}). Why: trained
     * on whole documents only, the model leans on a word's earlier outcome in the document and misses lone surnames
     * when a client sends one sentence ("Albright , who arrived from Uruguay , ..."); measured in models/README.md
     * ("Sentences read apart in training").
     */
    static final double SENTENCE_DOCUMENTS = Double.parseDouble(System.getProperty("ner.sentenceDocuments", "0.5"));
    private static final double GOLDEN_RATIO = 0.6180339887;

    /**
     * Corpus types to train (default PER,LOC,ORG: MISC names are left as other words); {@code -Dner.types=ALL}
     * trains every type of the corpora.
     */
    private static final List<String> TYPES = List.of(System.getProperty("ner.types", "PER,LOC,ORG").split(","));

    private TrainingSamples() {
    }

    /**
     * The training samples of the documents. A share ({@link #SENTENCE_DOCUMENTS}) of the documents is read as if
     * each sentence were a document of its own: the name finder's adaptive data (OpenNLP's previous-map feature, the
     * outcome of a word's earlier occurrence in the document) is cleared before each of their sentences. Which
     * documents are picked is fixed by their order (a golden-ratio sequence), so training stays deterministic.
     */
    static List<NameSample> samplesOf(List<List<NerCorpus.TaggedSentence>> documents, NameContext context) {
        List<NameSample> samples = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            boolean sentencesApart = (d * GOLDEN_RATIO) % 1 < SENTENCE_DOCUMENTS;
            boolean first = true;
            for (NerCorpus.TaggedSentence sentence : documents.get(d)) {
                samples.add(new NameSample(sentence.tokens(), namesOf(sentence.tags()),
                        context.features(sentence.tokens()), first || sentencesApart));
                first = false;
            }
        }
        return samples;
    }

    private static Span[] namesOf(String[] tags) {
        return NerCorpus.spans(tags).stream()
                .filter(s -> TYPES.equals(List.of("ALL")) || TYPES.contains((String) s[2]))
                .map(s -> new Span((int) s[0], (int) s[1], modelType((String) s[2])))
                .toArray(Span[]::new);
    }

    /** Corpus types (PER, LOC, ORG, MISC) to the model's type names. */
    static String modelType(String corpusType) {
        return switch (corpusType) {
            case "PER" -> "person";
            case "LOC" -> "location";
            case "ORG" -> "organization";
            default -> corpusType.toLowerCase(Locale.ROOT);
        };
    }

    static ObjectStream<NameSample> streamOf(List<NameSample> samples) {
        return new ObjectStream<>() {
            private Iterator<NameSample> iterator = samples.iterator();

            @Override
            public NameSample read() {
                return iterator.hasNext() ? iterator.next() : null;
            }

            @Override
            public void reset() {
                iterator = samples.iterator();
            }
        };
    }
}
