package dev.summarizer.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.summarizer.analysis.Analysis;
import dev.summarizer.analysis.AnalysisRequest;
import dev.summarizer.analysis.Analyzer;
import dev.summarizer.summarize.LengthBudget;

/**
 * Summarises every article of a dataset folder through the service's own path ({@link StandalonePipeline} then
 * {@link Analyzer#analyze}) and writes {@code <out>/<id>.txt}, one summary sentence per line, in document order,
 * for {@code ../shared/eval/rouge.py}. Entities are not computed (they do not change the summary).
 *
 * <p>Layout of the folder: {@code ids.txt}, {@code articles/<id>.txt}, {@code refs/<id>.txt} (one reference
 * sentence per line, read only by the ref-* modes) and optionally {@code titles.tsv} ({@code id<TAB>title}).
 *
 * <p>System properties: {@code sum.set} (folder), {@code sum.out} (output folder), {@code sum.length}
 * ({@code sentences:N}, {@code words:N}, {@code ref-sentences} = each reference's line count, {@code ref-words} =
 * each reference's word count), {@code sum.titles} ({@code true} sends titles.tsv titles as the request title),
 * {@code sum.diversity} (the request's diversity; default {@code summarizer.defaults.diversity}). Every
 * {@code summarizer.*} property can be overridden with {@code -D} as well. Run: {@code ./mvnw -q -Psummarize-dataset compile exec:java
 * -Dsum.set=../shared/data/sum/cnndm -Dsum.out=target/sum/cnndm -Dsum.length=sentences:3}.
 */
public final class SummarizeDataset {

    private SummarizeDataset() {
    }

    public static void main(String[] args) throws IOException {
        Path set = Path.of(required("sum.set"));
        Path out = Path.of(required("sum.out"));
        String length = System.getProperty("sum.length", "sentences:3");
        boolean titles = Boolean.parseBoolean(System.getProperty("sum.titles", "false"));
        StandalonePipeline pipeline = StandalonePipeline.create();
        double diversity = Double.parseDouble(System.getProperty("sum.diversity",
                String.valueOf(pipeline.config().defaults().diversity())));
        long start = System.nanoTime();
        int count = run(pipeline.analyzer(), set, out, length, titles, diversity);
        System.out.printf("%d summaries in %s (%s, titles %s, diversity %s); %.1f ms per article%n", count, out,
                length, titles, diversity, count == 0 ? 0.0 : (System.nanoTime() - start) / 1e6 / count);
    }

    /**
     * Summarises every id of the set into {@code out/<id>.txt}.
     *
     * @return the number of summaries written
     * @throws IOException Thrown if a file of the set cannot be read or a summary cannot be written.
     */
    public static int run(Analyzer analyzer, Path set, Path out, String length, boolean titles, double diversity)
            throws IOException {
        List<String> ids = Files.readAllLines(set.resolve("ids.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(id -> !id.isEmpty()).toList();
        Map<String, String> titleOf = titles ? readTitles(set.resolve("titles.tsv")) : Map.of();
        Files.createDirectories(out);
        for (String id : ids) {
            String text = Files.readString(set.resolve("articles").resolve(id + ".txt"), StandardCharsets.UTF_8);
            Analysis analysis = analyzer.analyze(new AnalysisRequest(text, titleOf.get(id), budget(length, set, id),
                    false, 0, Set.of(), 0, null, diversity));
            List<String> lines = new ArrayList<>();
            for (Analysis.SummarySentence sentence : analysis.summary()) {
                lines.add(text.substring(sentence.start(), sentence.end()).replaceAll("\\s+", " "));
            }
            Files.write(out.resolve(id + ".txt"), lines, StandardCharsets.UTF_8);
        }
        return ids.size();
    }

    private static LengthBudget budget(String length, Path set, String id) throws IOException {
        if (length.startsWith("ref-")) {
            List<String> reference = Files.readAllLines(set.resolve("refs").resolve(id + ".txt"),
                    StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
            return switch (length) {
                case "ref-sentences" -> LengthBudget.sentences(Math.max(1, reference.size()));
                case "ref-words" -> new LengthBudget(LengthBudget.Unit.WORDS, Math.max(1, reference.stream()
                        .mapToInt(line -> line.strip().split("\\s+").length).sum()));
                default -> throw new IllegalArgumentException("Unknown sum.length: " + length);
            };
        }
        String[] unitAndValue = length.split(":", 2);
        if (unitAndValue.length != 2) {
            throw new IllegalArgumentException("sum.length must be UNIT:N, ref-sentences or ref-words: " + length);
        }
        return new LengthBudget(LengthBudget.Unit.valueOf(unitAndValue[0].toUpperCase(Locale.ROOT)),
                Double.parseDouble(unitAndValue[1]));
    }

    private static Map<String, String> readTitles(Path file) throws IOException {
        Map<String, String> titles = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                titles.put(line.substring(0, tab), line.substring(tab + 1).strip());
            }
        }
        return titles;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Set -D" + property);
        }
        return value;
    }
}
