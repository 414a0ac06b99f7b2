package dev.summarizer.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import dev.summarizer.entities.Gazetteer;
import dev.summarizer.entities.NameContext;
import dev.summarizer.entities.WordClusters;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the name-finder model: {@code ./mvnw -Ptrain-ner compile exec:java}. Arguments: training files
 * (comma-separated, any {@link NerCorpus} format), output model, feature-generator XML ({@code default} for
 * OpenNLP's defaults), gazetteer folder ({@code none} for no lists; every {@code NAME.txt} in it is one list, an
 * entry per line, tokens separated by spaces), word-cluster table ({@code none} for none), and a file of sentences
 * for self-training ({@code none} for none): the model trained on the gold data tags them through the service's
 * name finding, and the model is trained again on the gold data plus the sentences so tagged ({@link SelfTraining}).
 *
 * <p>Perceptron, 300 iterations, cutoff 0, BIO coding ({@code -Dner.iterations}, {@code -Dner.cutoff} for
 * experiments), {@link #RUNS} runs over differently ordered documents averaged into one model. Only PER, LOC and ORG
 * are trained ({@link TrainingSamples}): CoNLL's MISC names count as other words. Why: on dev this gave +1.1 F1 on
 * CoNLL valid and +0.6 on WikiANN test for -1.3 on UNER-EWT test (models/README.md). Deterministic: the same
 * inputs give the same file.
 */
public final class TrainNameFinder {

    static final int ITERATIONS = Integer.getInteger("ner.iterations", 300);
    /** Features seen fewer times than this are dropped ({@code -Dner.cutoff}, default 0: none). */
    static final int CUTOFF = Integer.getInteger("ner.cutoff", 0);
    /**
     * Perceptron runs averaged into the model ({@code -Dner.runs}): the first reads the documents in file order, run
     * r a shuffle of them with seed r ({@link ParameterMixing}).
     */
    static final int RUNS = Integer.getInteger("ner.runs", 5);
    /** Shuffles the training documents with this seed ({@code -Dner.shuffleSeed}), to see run-to-run spread. */
    static final Long SHUFFLE_SEED = Long.getLong("ner.shuffleSeed");
    /** The name finder's maxent model inside a {@link TokenNameFinderModel}. */
    private static final String MODEL_ARTIFACT = "nameFinder.model";
    /** Manifest entry that records how many runs were averaged. */
    private static final String TRAINING_RUNS_PROPERTY = "Training-Runs";

    private TrainNameFinder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4 || args.length > 6) {
            System.err.println("usage: TrainNameFinder TRAIN_FILES OUTPUT_MODEL FEATURES_XML|default"
                    + " GAZETTEERS|none [CLUSTER_TABLE|none [SELF_TRAINING_FILE|none]]");
            System.exit(2);
        }
        Gazetteer gazetteer = Gazetteer.NONE;
        Map<String, Object> resources = new HashMap<>();
        if (!args[3].equals("none")) {
            TreeMap<String, List<String[]>> lists = readLists(Path.of(args[3]));
            gazetteer = new Gazetteer(lists);
            resources.put(Gazetteer.ARTIFACT, Gazetteer.toDictionary(lists));
        }
        WordClusters clusters = WordClusters.NONE;
        if (args.length >= 5 && !args[4].equals("none")) {
            byte[] table = Files.readAllBytes(Path.of(args[4]));
            clusters = WordClusters.parse(table);
            resources.put(WordClusters.ARTIFACT, table);
        }
        List<List<NerCorpus.TaggedSentence>> documents = new ArrayList<>();
        for (String file : args[0].split(",")) {
            documents.addAll(NerCorpus.readDocuments(Path.of(file)));
        }
        if (SHUFFLE_SEED != null) {
            Collections.shuffle(documents, new Random(SHUFFLE_SEED));
        }
        NameContext context = new NameContext(gazetteer, clusters);
        byte[] features = args[2].equals("default") ? null : Files.readAllBytes(Path.of(args[2]));
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM,
                System.getProperty("ner.algorithm", PerceptronTrainer.PERCEPTRON_VALUE));
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        // Experiments: -Dner.param.NAME=VALUE passes any trainer parameter (e.g. L2Cost for MAXENT_QN), last so
        // that it wins over the defaults above.
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("ner.param."))
                .forEach(k -> parameters.put(k.substring("ner.param.".length()), System.getProperty(k)));
        if (RUNS < 1) {
            System.err.println("-Dner.runs must be 1 or more");
            System.exit(2);
        }
        if (RUNS > 1 && !PerceptronTrainer.PERCEPTRON_VALUE.equals(parameters.algorithm())) {
            System.err.println("-Dner.runs above 1 averages perceptron runs only; add -Dner.runs=1");
            System.exit(2);
        }
        boolean selfTrained = args.length == 6 && !args[5].equals("none");
        String teacher = System.getProperty("ner.teacher");
        if (teacher != null && !selfTrained) {
            System.err.println("-Dner.teacher is the first round of self-training; it needs a self-training file");
            System.exit(2);
        }
        SelfTraining selfTraining = selfTrained ? new SelfTraining() : null;
        long start = System.nanoTime();
        Training training = new Training(context, features, resources, parameters);
        // Experiments: -Dner.teacher=FILE takes a model already trained on the same gold data as the first round.
        TokenNameFinderModel model = teacher == null ? training.model(documents)
                : new TokenNameFinderModel(Path.of(teacher));
        List<List<NerCorpus.TaggedSentence>> tagged = List.of();
        if (selfTrained) {
            tagged = selfTraining.tagged(Arrays.stream(args[5].split(",")).map(Path::of).toList(), model);
            List<List<NerCorpus.TaggedSentence>> all = new ArrayList<>(documents);
            all.addAll(tagged);
            model = training.model(all);
        }
        Path output = Path.of(args[1]);
        try (OutputStream out = Files.newOutputStream(output)) {
            model.serialize(out);
        }
        System.out.printf(Locale.ROOT,
                "Trained on %d sentences (%d of them self-trained), %d gazetteer lists, %d clustered words, %d runs "
                        + "averaged, in %.1f s; wrote %s (%d bytes)%n",
                sentences(documents) + tagged.size(), tagged.size(), gazetteer.lists().size(), clusters.size(), RUNS,
                (System.nanoTime() - start) / 1e9, output, Files.size(output));
    }

    /** One training configuration, applied to a set of documents. */
    private static final class Training {
        private final NameContext context;
        private final byte[] features;
        private final Map<String, Object> resources;
        private final TrainingParameters parameters;

        Training(NameContext context, byte[] features, Map<String, Object> resources, TrainingParameters parameters) {
            this.context = context;
            this.features = features;
            this.resources = resources;
            this.parameters = parameters;
        }

        /** {@link #RUNS} perceptron runs over the documents, averaged into one model. */
        TokenNameFinderModel model(List<List<NerCorpus.TaggedSentence>> documents) throws IOException {
            List<AbstractModel> runs = new ArrayList<>();
            TokenNameFinderModel model = null;
            for (int run = 0; run < RUNS; run++) {
                List<List<NerCorpus.TaggedSentence>> order = new ArrayList<>(documents);
                if (run > 0) {
                    Collections.shuffle(order, new Random(run));
                }
                List<NameSample> samples = TrainingSamples.samplesOf(order, context);
                model = NameFinderME.train("en", null, TrainingSamples.streamOf(samples), parameters,
                        new TokenNameFinderFactory(features, resources, new BioCodec()));
                runs.add(model.getArtifact(MODEL_ARTIFACT));
            }
            if (RUNS == 1) {
                return model;
            }
            // Why the parameter: NameFinderME.train reads the beam size from it too (-Dner.param.BeamSize).
            int beamSize = parameters.getIntParameter(BeamSearch.BEAM_SIZE_PARAMETER, NameFinderME.DEFAULT_BEAM_SIZE);
            return new TokenNameFinderModel("en", ParameterMixing.average(runs), beamSize, features, resources,
                    Map.of(TRAINING_RUNS_PROPERTY, String.valueOf(RUNS)), new BioCodec(),
                    new TokenNameFinderFactory(features, resources, new BioCodec()));
        }
    }

    private static int sentences(List<List<NerCorpus.TaggedSentence>> documents) {
        return documents.stream().mapToInt(List::size).sum();
    }

    /** Every {@code NAME.txt} of the folder as list NAME, in name order. */
    static TreeMap<String, List<String[]>> readLists(Path folder) throws IOException {
        TreeMap<String, List<String[]>> lists = new TreeMap<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
                List<String[]> entries = new ArrayList<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        entries.add(line.trim().split(" +"));
                    }
                }
                lists.put(name, entries);
            }
        }
        return lists;
    }
}
