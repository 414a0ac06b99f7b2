package dev.summarizer.analysis;

import java.util.ArrayList;
import java.util.List;

/** Cuts text into blocks at line breaks that end a sentence; see {@link SentenceSplitter} for the rule. */
final class LineBlocks {

    private LineBlocks() {
    }

    /** Half-open [start, end) character ranges covering the text, in order. */
    static List<int[]> of(String text) {
        List<int[]> blocks = new ArrayList<>();
        int blockStart = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isLineBreak(text.charAt(i))) {
                i++;
                continue;
            }
            int breakStart = i;
            int newlines = 0;
            // Why: U+0085 (NEL) breaks a line but is not Java whitespace; without it here the loop never advanced.
            while (i < n && (Character.isWhitespace(text.charAt(i)) || isLineBreak(text.charAt(i)))) {
                char c = text.charAt(i);
                // Why: "\r\n" is one line break, not a blank line.
                if (isLineBreak(c) && !(c == '\n' && i > 0 && text.charAt(i - 1) == '\r')) {
                    newlines++;
                }
                i++;
            }
            if (newlines >= 2 || !looksWrapped(text, breakStart, i)) {
                blocks.add(new int[] {blockStart, breakStart});
                blockStart = i;
            }
        }
        blocks.add(new int[] {blockStart, n});
        return blocks;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /** A single line break inside a sentence: the next line goes on in lower case, or this one cannot end. */
    private static boolean looksWrapped(String text, int breakStart, int nextLineStart) {
        if (nextLineStart >= text.length()) {
            return false;
        }
        int last = breakStart - 1;
        while (last >= 0 && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        if (last < 0) {
            return false;
        }
        char previous = text.charAt(last);
        char next = text.charAt(nextLineStart);
        return Character.isLowerCase(next) || previous == ',' || previous == '-' || previous == '('
                || previous == '\u2013' || previous == '[';
    }
}
