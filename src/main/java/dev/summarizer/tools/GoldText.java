package dev.summarizer.tools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import dev.summarizer.entities.Mention;

/**
 * A gold document turned back into running text, as a client would send it, with the character span of every
 * gold token, so that names found by the service (character spans) can be scored against gold tokens. Tokens
 * are joined by spaces except before closing punctuation and clitics ("Putin 's" becomes "Putin's") and after
 * opening brackets; sentences are joined by a space, or by a blank line after a sentence that does not end in
 * terminal punctuation (a headline or a dateline).
 */
final class GoldText {

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "]", "}", "%",
            "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "''", "'");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "``");
    private static final Set<String> TERMINAL = Set.of(".", "!", "?", "\"", "''", ")");

    final String text;
    /** Per sentence, per token: [start, end) in {@link #text}. */
    final List<int[][]> spans;

    private GoldText(String text, List<int[][]> spans) {
        this.text = text;
        this.spans = spans;
    }

    /** How the gold tokens are joined into the text sent. */
    enum Join {
        /** As written: "Putin's army." and a blank line after a headline or dateline. */
        WRITTEN,
        /** Every token separated by one space, one sentence per line: "Putin 's army .". */
        LINES,
        /** Every token and sentence separated by one space: the whole document on one line. */
        SPACES
    }

    static GoldText of(List<NerCorpus.TaggedSentence> document) {
        return of(document, Join.WRITTEN);
    }

    /**
     * @param join how the tokens are joined: as written, or naively as a client sending corpus tokens might
     */
    static GoldText of(List<NerCorpus.TaggedSentence> document, Join join) {
        boolean plainSpaces = join != Join.WRITTEN;
        StringBuilder text = new StringBuilder();
        List<int[][]> spans = new ArrayList<>();
        for (NerCorpus.TaggedSentence sentence : document) {
            String[] tokens = sentence.tokens();
            if (text.length() > 0) {
                String last = text.substring(text.length() - 1);
                text.append(join == Join.SPACES ? " " : join == Join.LINES ? "\n"
                        : TERMINAL.contains(last) ? " " : "\n\n");
            }
            int[][] tokenSpans = new int[tokens.length][];
            for (int t = 0; t < tokens.length; t++) {
                String token = surface(tokens[t]);
                boolean glue = t == 0 || !plainSpaces && (NO_SPACE_BEFORE.contains(tokens[t])
                        || NO_SPACE_AFTER.contains(tokens[t - 1]));
                if (!glue) {
                    text.append(' ');
                }
                tokenSpans[t] = new int[] {text.length(), text.length() + token.length()};
                text.append(token);
            }
            spans.add(tokenSpans);
        }
        return new GoldText(text.toString(), spans);
    }

    /** How a token is written in running text: the corpora's LaTeX-style quotes ({@code `` ''}) become ". */
    private static String surface(String token) {
        return token.equals("``") || token.equals("''") ? "\"" : token;
    }

    /** IOB2 tags of the gold tokens of sentence {@code s}: a token takes the type of a mention it overlaps. */
    String[] tags(int s, List<Mention> mentions) {
        int[][] tokenSpans = spans.get(s);
        String[] tags = new String[tokenSpans.length];
        Arrays.fill(tags, "O");
        if (tokenSpans.length == 0) {
            return tags;
        }
        int from = tokenSpans[0][0];
        int to = tokenSpans[tokenSpans.length - 1][1];
        for (Mention mention : mentions) {
            if (mention.end() <= from || mention.start() >= to) {
                continue;
            }
            boolean first = true;
            for (int t = 0; t < tokenSpans.length; t++) {
                if (tokenSpans[t][0] < mention.end() && tokenSpans[t][1] > mention.start()) {
                    tags[t] = (first ? "B-" : "I-") + mention.type().name().substring(0, 3);
                    first = false;
                }
            }
        }
        return tags;
    }
}
