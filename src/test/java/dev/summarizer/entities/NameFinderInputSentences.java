package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;

import dev.summarizer.analysis.Sentence;

/** Test helper: sentences of space-separated tokens, a sentence ending at each " . ", with offsets into the text. */
final class NameFinderInputSentences {

    private final List<Sentence> sentences = new ArrayList<>();

    NameFinderInputSentences(String text) {
        List<String> tokens = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int position = 0;
        for (String token : text.split(" ")) {
            tokens.add(token);
            spans.add(new int[] {position, position + token.length()});
            position += token.length() + 1;
            if (token.equals(".")) {
                add(tokens, spans);
            }
        }
        if (!tokens.isEmpty()) {
            add(tokens, spans);
        }
    }

    private void add(List<String> tokens, List<int[]> spans) {
        sentences.add(new Sentence(sentences.size(), spans.get(0)[0], spans.get(spans.size() - 1)[1],
                tokens.toArray(String[]::new), spans.stream().mapToInt(s -> s[0]).toArray(),
                spans.stream().mapToInt(s -> s[1]).toArray()));
        tokens.clear();
        spans.clear();
    }

    List<Sentence> sentences() {
        return sentences;
    }
}
