package dev.summarizer.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.summarizer.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dataset tool on a two-article set built in a temporary folder (no dependency on ../shared). */
class SummarizeDatasetTest {

    private static StandalonePipeline pipeline;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadModels() {
        pipeline = StandalonePipeline.create();
    }

    private Path dataset() throws IOException {
        Path set = folder.resolve("set");
        Files.createDirectories(set.resolve("articles"));
        Files.createDirectories(set.resolve("refs"));
        Files.writeString(set.resolve("ids.txt"), "nk\nport\n");
        Files.writeString(set.resolve("articles/nk.txt"), Fixtures.article("nk-russia-treaty.txt"));
        Files.writeString(set.resolve("articles/port.txt"), Fixtures.article("wire-story-dateline.txt"));
        Files.writeString(set.resolve("refs/nk.txt"), "North Korea ratified the treaty.\nRussia did too.\n");
        Files.writeString(set.resolve("refs/port.txt"), "The strike ended after a pay deal.\n");
        Files.writeString(set.resolve("titles.tsv"), "nk\tNorth Korea ratifies treaty\nport\tPort strike ends\n");
        return set;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void writesOneSentencePerLineForEveryId() throws IOException {
        Path out = folder.resolve("out");
        assertEquals(2, SummarizeDataset.run(pipeline.analyzer(), dataset(), out, "sentences:3", false, 0));
        assertEquals(3, lines(out.resolve("nk.txt")).size());
        assertEquals(3, lines(out.resolve("port.txt")).size());
        assertTrue(lines(out.resolve("port.txt")).stream().noneMatch(line -> line.contains("\n")
                || line.contains("Reuters")));
    }

    @Test
    void referenceSentenceCountSetsTheBudget() throws IOException {
        Path out = folder.resolve("out");
        SummarizeDataset.run(pipeline.analyzer(), dataset(), out, "ref-sentences", true, 0);
        assertEquals(2, lines(out.resolve("nk.txt")).size());
        assertEquals(1, lines(out.resolve("port.txt")).size());
    }

    @Test
    void referenceWordCountCapsTheSummary() throws IOException {
        Path out = folder.resolve("out");
        SummarizeDataset.run(pipeline.analyzer(), dataset(), out, "ref-words", false, 0);
        int words = lines(out.resolve("nk.txt")).stream().mapToInt(line -> line.split("\\s+").length).sum();
        assertTrue(words <= 8 || lines(out.resolve("nk.txt")).size() == 1, "at most the reference's 8 words, "
                + "or the best sentence alone when none fits");
    }
}
