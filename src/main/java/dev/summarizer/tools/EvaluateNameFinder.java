package dev.summarizer.tools;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.summarizer.analysis.Sentence;
import dev.summarizer.entities.Mention;
import dev.summarizer.entities.NameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Runs the service's name finding (model plus mention trimming) over a gold NER file and writes predictions in
 * the {@code WORD TAG} format of {@code ../shared/eval/ner_score.py}, then runs that scorer if it is there:
 * {@code ./mvnw -Peval-ner compile exec:java -Dner.gold=FILE} (arguments: gold file, prediction file, model).
 * Gold tokens are kept (joined by spaces) so predictions align token by token.
 */
public final class EvaluateNameFinder {

    private EvaluateNameFinder() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: EvaluateNameFinder GOLD_FILE PREDICTION_FILE [MODEL]");
            System.exit(2);
        }
        Path gold = Path.of(args[0]);
        Path predictions = Path.of(args[1]);
        Path modelFile = Path.of(args.length > 2 ? args[2] : "models/en-ner-conll.bin");
        TokenNameFinderModel model;
        try (InputStream in = Files.newInputStream(modelFile)) {
            model = new TokenNameFinderModel(in);
        }
        NameFinder finder = new NameFinder(model);
        List<List<NerCorpus.TaggedSentence>> documents = NerCorpus.readDocuments(gold);
        long tokens = 0;
        long nanos = 0;
        Files.createDirectories(predictions.toAbsolutePath().getParent());
        try (BufferedWriter out = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            for (List<NerCorpus.TaggedSentence> document : documents) {
                StringBuilder text = new StringBuilder();
                List<Sentence> sentences = new ArrayList<>();
                for (NerCorpus.TaggedSentence tagged : document) {
                    sentences.add(sentenceOf(text, sentences.size(), tagged.tokens()));
                    tokens += tagged.tokens().length;
                }
                long start = System.nanoTime();
                List<Mention> mentions = finder.find(text.toString(), sentences);
                nanos += System.nanoTime() - start;
                for (Sentence sentence : sentences) {
                    String[] tags = tagsOf(sentence, mentions);
                    for (int t = 0; t < tags.length; t++) {
                        out.write(sentence.tokens()[t] + " " + tags[t] + "\n");
                    }
                    out.write("\n");
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d documents, %d tokens, %.0f tokens/s (first pass, JIT cold)%n",
                documents.size(), tokens, tokens / (nanos / 1e9));
        Path scorer = Path.of("../shared/eval/ner_score.py");
        if (Files.exists(scorer)) {
            new ProcessBuilder("/usr/bin/python3", scorer.toString(), gold.toString(), predictions.toString())
                    .inheritIO().start().waitFor();
        }
    }

    private static Sentence sentenceOf(StringBuilder text, int index, String[] tokens) {
        int[] starts = new int[tokens.length];
        int[] ends = new int[tokens.length];
        int sentenceStart = text.length();
        for (int t = 0; t < tokens.length; t++) {
            if (t > 0) {
                text.append(' ');
            }
            starts[t] = text.length();
            text.append(tokens[t]);
            ends[t] = text.length();
        }
        text.append('\n');
        return new Sentence(index, sentenceStart, text.length() - 1, tokens, starts, ends);
    }

    /** IOB2 tags of the sentence's tokens from mentions given as character spans. */
    private static String[] tagsOf(Sentence sentence, List<Mention> mentions) {
        String[] tags = new String[sentence.tokens().length];
        Arrays.fill(tags, "O");
        for (Mention mention : mentions) {
            if (mention.sentence() != sentence.index()) {
                continue;
            }
            boolean first = true;
            for (int t = 0; t < tags.length; t++) {
                if (sentence.tokenStarts()[t] >= mention.start() && sentence.tokenEnds()[t] <= mention.end()) {
                    tags[t] = (first ? "B-" : "I-") + mention.type().name().substring(0, 3);
                    first = false;
                }
            }
        }
        return tags;
    }
}
