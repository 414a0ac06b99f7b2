package dev.summarizer.tools;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.summarizer.entities.Mention;

/**
 * The files {@link EvaluateNameFinder} hands to {@code ../shared/eval/ner_score.py}: the predictions and, if asked,
 * the gold with places split at commas.
 */
final class ScoringFiles {

    private ScoringFiles() {
    }

    /**
     * The gold file to score against: the given one, or with places split at commas (see
     * {@link EvaluateNameFinder}).
     */
    static Path scoredGold(Path gold, Path predictions, List<List<NerCorpus.TaggedSentence>> documents)
            throws IOException {
        if (!Boolean.getBoolean("ner.splitPlacesAtCommas")) {
            return gold;
        }
        Path split = Path.of(predictions + ".gold");
        try (BufferedWriter out = Files.newBufferedWriter(split, StandardCharsets.UTF_8)) {
            for (List<NerCorpus.TaggedSentence> document : documents) {
                for (NerCorpus.TaggedSentence sentence : document) {
                    String[] tags = sentence.tags().clone();
                    for (int t = 0; t < tags.length; t++) {
                        if (tags[t].equals("I-LOC") && sentence.tokens()[t].equals(",")) {
                            tags[t] = "O";
                        } else if (tags[t].equals("I-LOC") && t > 0 && sentence.tokens()[t - 1].equals(",")
                                && tags[t - 1].equals("O")) {
                            tags[t] = "B-LOC";
                        }
                    }
                    writeSentence(out, sentence.tokens(), tags);
                }
            }
        }
        return split;
    }

    static void writePredictions(Path predictions, List<List<NerCorpus.TaggedSentence>> documents,
            List<GoldText> texts, List<List<Mention>> found) throws IOException {
        Path parent = predictions.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (BufferedWriter out = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            for (int d = 0; d < documents.size(); d++) {
                for (int s = 0; s < documents.get(d).size(); s++) {
                    String[] words = documents.get(d).get(s).tokens();
                    String[] tags = texts.get(d).tags(s, found.get(d));
                    writeSentence(out, words, tags);
                }
            }
        }
    }

    /**
     * One sentence in the UNER layout (INDEX TAB WORD TAB TAG TAB - TAB -). Why not a bare "WORD TAG" line: the
     * scorer skips lines that begin with "#", which such a line for the token "#" would.
     */
    private static void writeSentence(BufferedWriter out, String[] words, String[] tags) throws IOException {
        for (int t = 0; t < words.length; t++) {
            out.write((t + 1) + "\t" + words[t] + "\t" + tags[t] + "\t-\t-\n");
        }
        out.write("\n");
    }
}
