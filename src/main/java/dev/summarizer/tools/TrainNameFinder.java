package dev.summarizer.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the name-finder model: {@code ./mvnw -Ptrain-ner compile exec:java} (arguments: training file, output
 * model). Perceptron, 300 iterations, cutoff 0, OpenNLP's default features; MISC is kept in training (so the
 * model learns what is not a person, place or organisation) and dropped by the service.
 */
public final class TrainNameFinder {

    static final int ITERATIONS = 300;

    private TrainNameFinder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TrainNameFinder TRAIN_FILE OUTPUT_MODEL");
            System.exit(2);
        }
        List<NameSample> samples = new ArrayList<>();
        for (List<NerCorpus.TaggedSentence> document : NerCorpus.readDocuments(Path.of(args[0]))) {
            boolean first = true;
            for (NerCorpus.TaggedSentence sentence : document) {
                samples.add(new NameSample(sentence.tokens(), namesOf(sentence.tags()), first));
                first = false;
            }
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, PerceptronTrainer.PERCEPTRON_VALUE);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
        long start = System.nanoTime();
        TokenNameFinderModel model = NameFinderME.train("en", null, streamOf(samples), parameters,
                new TokenNameFinderFactory(null, Map.of(), new BioCodec()));
        Path output = Path.of(args[1]);
        try (OutputStream out = Files.newOutputStream(output)) {
            model.serialize(out);
        }
        System.out.printf(Locale.ROOT, "Trained on %d sentences in %.1f s; wrote %s (%d bytes)%n", samples.size(),
                (System.nanoTime() - start) / 1e9, output, Files.size(output));
    }

    private static Span[] namesOf(String[] tags) {
        return NerCorpus.spans(tags).stream()
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

    private static ObjectStream<NameSample> streamOf(List<NameSample> samples) {
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
