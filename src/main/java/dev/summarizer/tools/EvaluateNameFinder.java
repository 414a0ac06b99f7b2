package dev.summarizer.tools;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import dev.summarizer.analysis.Analysis;
import dev.summarizer.analysis.AnalysisRequest;
import dev.summarizer.analysis.Sentence;
import dev.summarizer.analysis.SentenceSplitter;
import dev.summarizer.entities.AliasResolver;
import dev.summarizer.entities.EntityType;
import dev.summarizer.entities.Mention;
import dev.summarizer.entities.NameFinder;
import dev.summarizer.summarize.LengthBudget;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Scores the service's name finding on a gold NER file ({@code ./mvnw -Peval-ner compile exec:java
 * [-Dner.gold=FILE] [-Dner.mode=service|tokens|request] [-Dner.model=FILE]}): writes predictions in a format read by
 * {@code ../shared/eval/ner_score.py} and runs that scorer (P/R/F1 per type).
 *
 * <p>Modes. {@code service} (the default) measures what a client gets: each gold document is rebuilt as running
 * text ({@link GoldText}) and goes through the service's own sentence splitter, tokenizer and name finder; found
 * names (character spans) are mapped back to the gold tokens they overlap. {@code tokens} hands the gold
 * sentences and tokens straight to the name finder, which isolates the model from splitting and tokenizing.
 * Both include the service's trimming of titles and possessives and its copying of found names to their other
 * occurrences ({@code -Dner.noPropagation=true} turns that off); {@code service} also gives each mention the type
 * voted for its entity, as the response does. {@code request} sends each gold document through the whole analysis
 * with a client's default request (language detected, {@code entities.max} from the configuration or
 * {@code -Dner.maxEntities=N}; {@code -Dner.perSentence=true} sends every sentence as its own request) and reads
 * the mentions of the returned entities, exactly what a client reads from
 * {@code entities[].mentions}; it uses the configured model ({@code summarizer.models.*}), not the MODEL argument.
 * {@code -Dner.join=lines} joins the gold tokens with plain spaces, a sentence per line, {@code -Dner.join=spaces}
 * the whole document with plain spaces, instead of as written (see {@link GoldText.Join}). In the
 * {@code service} and {@code tokens} modes speed is measured warm (last of four passes); {@code request} mode does
 * not time. {@code -Dner.splitPlacesAtCommas=true} scores against the gold with every place split at its commas
 * ("Robertsdale , Alabama" as two places, as CoNLL and UNER write an address; WikiANN writes one), written next to
 * the predictions as {@code PREDICTION_FILE.gold}.
 */
public final class EvaluateNameFinder {

    /** Passes over the data; speed is that of the last, once the JIT has compiled the hot code. */
    private static final int PASSES = 4;

    private EvaluateNameFinder() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 3) {
            System.err.println("usage: EvaluateNameFinder GOLD_FILE PREDICTION_FILE MODEL [service|tokens|request]");
            System.exit(2);
        }
        Path gold = Path.of(args[0]);
        Path predictions = Path.of(args[1]);
        GoldText.Join join = joinOf(System.getProperty("ner.join", "written"));
        String mode = args.length < 4 ? "service" : args[3];
        if (mode.equals("request")) {
            evaluateRequests(gold, predictions, join);
            return;
        }
        boolean service = !mode.equals("tokens");
        long loadStart = System.nanoTime();
        TokenNameFinderModel model = new TokenNameFinderModel(Path.of(args[2]));
        NameFinder finder = new NameFinder(model, !Boolean.getBoolean("ner.noPropagation"));
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        StandalonePipeline pipeline = service ? StandalonePipeline.create() : null;
        SentenceSplitter splitter = service ? new SentenceSplitter(pipeline.models(), pipeline.config()) : null;
        List<List<NerCorpus.TaggedSentence>> documents = NerCorpus.readDocuments(gold);
        List<GoldText> texts = documents.stream().map(d -> GoldText.of(d, join)).toList();
        List<List<Sentence>> sentences = new ArrayList<>();
        long tokens = 0;
        for (int d = 0; d < documents.size(); d++) {
            GoldText text = texts.get(d);
            sentences.add(service ? splitter.split(text.text) : goldSentences(text, documents.get(d)));
            tokens += sentences.get(d).stream().mapToInt(s -> s.tokens().length).sum();
        }
        List<List<Mention>> found = new ArrayList<>();
        long nanos = 0;
        long cpuNanos = 0;
        // Why CPU time too: on a shared machine wall time mostly measures the other jobs.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int pass = 0; pass < PASSES; pass++) {
            found.clear();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (int d = 0; d < documents.size(); d++) {
                List<Mention> mentions = finder.find(texts.get(d).text, sentences.get(d));
                found.add(service ? entityTyped(mentions) : mentions);
            }
            nanos = System.nanoTime() - start;
            cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        ScoringFiles.writePredictions(predictions, documents, texts, found);
        Path scoredGold = ScoringFiles.scoredGold(gold, predictions, documents);
        score(scoredGold, predictions, String.format(Locale.ROOT, "mode %s, model %s (%d bytes, loaded in %.2f s): "
                + "%d documents, %d tokens, %.0f tokens/s warm (%.0f per CPU second)",
                service ? "service" : "tokens", args[2], Files.size(Path.of(args[2])), loadSeconds,
                documents.size(), tokens, tokens / (nanos / 1e9), tokens / (cpuNanos / 1e9)));
    }

    /** Mode {@code request}: every document through {@code Analyzer.analyze} as a default client request. */
    private static void evaluateRequests(Path gold, Path predictions, GoldText.Join join)
            throws IOException, InterruptedException {
        StandalonePipeline pipeline = StandalonePipeline.create();
        int maxEntities = Integer.getInteger("ner.maxEntities", pipeline.config().defaults().entities());
        List<List<NerCorpus.TaggedSentence>> documents = NerCorpus.readDocuments(gold);
        if (Boolean.getBoolean("ner.perSentence")) {
            documents = documents.stream().flatMap(List::stream).map(List::of).toList();
        }
        List<GoldText> texts = documents.stream().map(d -> GoldText.of(d, join)).toList();
        List<List<Mention>> found = new ArrayList<>();
        int notEnglish = 0;
        int capped = 0;
        for (GoldText text : texts) {
            Analysis analysis = pipeline.analyzer().analyze(new AnalysisRequest(text.text, null,
                    LengthBudget.sentences(pipeline.config().defaults().sentences()), false, maxEntities,
                    EnumSet.allOf(EntityType.class), 0, null, 0));
            notEnglish += analysis.language().code().equals("en") ? 0 : 1;
            capped += analysis.warnings().stream().anyMatch(w -> w.contains("(entities.max)")) ? 1 : 0;
            found.add(analysis.entities().stream().flatMap(e -> e.mentions().stream()
                    .map(m -> m.withType(e.type()))).toList());
        }
        ScoringFiles.writePredictions(predictions, documents, texts, found);
        Path scoredGold = ScoringFiles.scoredGold(gold, predictions, documents);
        score(scoredGold, predictions, String.format(Locale.ROOT, "mode request, entities.max %d: %d documents, "
                + "%d detected as another language than English, %d with the entity list cut by entities.max",
                maxEntities, documents.size(), notEnglish, capped));
    }

    private static GoldText.Join joinOf(String name) {
        try {
            return GoldText.Join.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-Dner.join must be written, lines or spaces, not " + name, e);
        }
    }

    private static void score(Path gold, Path predictions, String summary) throws IOException, InterruptedException {
        System.out.println(summary);
        Path scorer = Path.of("../shared/eval/ner_score.py");
        if (Files.exists(scorer)) {
            new ProcessBuilder("/usr/bin/python3", scorer.toString(), gold.toString(), predictions.toString())
                    .inheritIO().start().waitFor();
        }
    }

    /**
     * The mentions with the type of the entity they belong to, as the service reports them (its response gives
     * each entity the one type of its mentions, see {@link AliasResolver}).
     */
    static List<Mention> entityTyped(List<Mention> mentions) {
        List<Mention> typed = new ArrayList<>();
        for (AliasResolver.Group group : AliasResolver.resolve(mentions)) {
            for (Mention m : group.mentions()) {
                typed.add(m.withType(group.type()));
            }
        }
        return typed;
    }

    /** The gold sentences and tokens as the service's {@link Sentence}s over the rebuilt text. */
    private static List<Sentence> goldSentences(GoldText text, List<NerCorpus.TaggedSentence> document) {
        List<Sentence> sentences = new ArrayList<>();
        for (int s = 0; s < document.size(); s++) {
            int[][] spans = text.spans.get(s);
            int[] starts = new int[spans.length];
            int[] ends = new int[spans.length];
            for (int t = 0; t < spans.length; t++) {
                starts[t] = spans[t][0];
                ends[t] = spans[t][1];
            }
            int from = spans.length > 0 ? starts[0] : 0;
            int to = spans.length > 0 ? ends[spans.length - 1] : 0;
            String[] tokens = new String[spans.length];
            for (int t = 0; t < spans.length; t++) {
                tokens[t] = text.text.substring(starts[t], ends[t]);
            }
            sentences.add(new Sentence(s, from, to, tokens, starts, ends));
        }
        return sentences;
    }
}
