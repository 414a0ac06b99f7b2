package dev.summarizer.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.summarizer.analysis.Analysis;
import dev.summarizer.analysis.AnalysisRequest;
import dev.summarizer.analysis.Analyzer;
import dev.summarizer.analysis.ContentTerms;
import dev.summarizer.analysis.LanguageIdentifier;
import dev.summarizer.analysis.Sentence;
import dev.summarizer.analysis.SentenceSplitter;
import dev.summarizer.entities.EntityType;
import dev.summarizer.entities.Mention;
import dev.summarizer.entities.NameFinder;
import dev.summarizer.summarize.LengthBudget;
import dev.summarizer.summarize.TextRankSummarizer;
import dev.summarizer.tools.StandalonePipeline;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of each pipeline stage and of the whole analysis, per article, warm, one thread.
 * {@code ./mvnw -Pbench test-compile exec:exec}. Sizes: {@code small} (≈ 90 words), {@code news} (the
 * 2,851-character fixture, ≈ 470 tokens), {@code news10x} and {@code news70x} (the fixture repeated, ≈ 28k and
 * ≈ 200k characters) to show how cost grows with length.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PipelineBenchmark {

    @Param({"small", "news", "news10x", "news70x"})
    public String size;

    private StandalonePipeline pipeline;
    private NameFinder nameFinder;
    private String text;
    private List<Sentence> sentences;
    private List<List<String>> terms;
    private TextRankSummarizer summarizer;
    private AnalysisRequest request;

    @Setup
    public void setUp() throws IOException {
        pipeline = StandalonePipeline.create();
        nameFinder = new NameFinder(pipeline.models());
        String news = fixture("nk-russia-treaty.txt");
        text = switch (size) {
            case "small" -> fixture("heading-and-wrapped-lines.txt");
            case "news" -> news;
            case "news10x" -> (news + "\n\n").repeat(10);
            case "news70x" -> (news + "\n\n").repeat(70);
            default -> throw new IllegalArgumentException(size);
        };
        sentences = new SentenceSplitter(pipeline.models(), pipeline.config()).split(text);
        ContentTerms contentTerms = new ContentTerms();
        terms = new ArrayList<>();
        for (Sentence sentence : sentences) {
            terms.add(contentTerms.of(sentence.tokens()));
        }
        summarizer = Analyzer.textRankOf(pipeline.config());
        request = new AnalysisRequest(text, null, LengthBudget.sentences(3), false, 15,
                EnumSet.allOf(EntityType.class), 0, null, 0);
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = PipelineBenchmark.class.getResourceAsStream("/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Benchmark
    public Span[] split() {
        return new SentenceDetectorME(pipeline.models().sentence()).sentPosDetect(text);
    }

    @Benchmark
    public int tokenize() {
        TokenizerME tokenizer = new TokenizerME(pipeline.models().tokenizer());
        int tokens = 0;
        for (Sentence sentence : sentences) {
            tokens += tokenizer.tokenizePos(text.substring(sentence.start(), sentence.end())).length;
        }
        return tokens;
    }

    @Benchmark
    public int splitAndTokenize() {
        return new SentenceSplitter(pipeline.models(), pipeline.config()).split(text).size();
    }

    @Benchmark
    public int tag() {
        POSTaggerME tagger = new POSTaggerME(pipeline.models().pos());
        int tags = 0;
        for (Sentence sentence : sentences) {
            tags += tagger.tag(sentence.tokens()).length;
        }
        return tags;
    }

    @Benchmark
    public List<Mention> nameFind() {
        return nameFinder.find(text, sentences);
    }

    @Benchmark
    public Object language() {
        return new LanguageIdentifier(pipeline.models(), pipeline.config()).identify(text);
    }

    @Benchmark
    public Object nameFinderConstruction() {
        return new opennlp.tools.namefind.NameFinderME(pipeline.models().names());
    }

    @Benchmark
    public double[] rank() {
        return summarizer.rank(terms, List.of(), 3.0 / terms.size());
    }

    @Benchmark
    public Analysis whole() {
        return pipeline.analyzer().analyze(request);
    }
}
