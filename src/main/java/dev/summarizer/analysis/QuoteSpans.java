package dev.summarizer.analysis;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/**
 * Keeps a quotation that spans sentences in one sentence: the detector splits {@code "We lost. But we will be
 * back," she said.} in two, and either half alone has an unbalanced quote mark. Consecutive spans are joined
 * while a quote opened in them is still open, up to {@code maxJoined} spans, so an unclosed quote mark (a typo,
 * or a quote running over paragraphs) cannot swallow the rest of the block.
 */
final class QuoteSpans {

    private QuoteSpans() {
    }

    /** The spans of the block with open quotations joined to the span that closes them. */
    static Span[] join(String block, Span[] spans, int maxJoined) {
        List<Span> joined = new ArrayList<>(spans.length);
        int s = 0;
        while (s < spans.length) {
            int start = spans[s].getStart();
            int last = s;
            int depth = depth(block, spans[s]);
            while (depth > 0 && last + 1 < spans.length && last - s + 1 < maxJoined) {
                last++;
                depth += depth(block, spans[last]);
            }
            // Why: a quote that never closes within reach is left as the detector split it.
            if (depth > 0) {
                last = s;
            }
            joined.add(new Span(start, spans[last].getEnd()));
            s = last + 1;
        }
        return joined.toArray(new Span[0]);
    }

    /**
     * Change of quotation depth over the span: curly quotes say whether they open or close; a straight double
     * quote opens when it starts the text or follows a space or an opening bracket, and closes otherwise.
     */
    private static int depth(String block, Span span) {
        int depth = 0;
        for (int i = span.getStart(); i < span.getEnd(); i++) {
            char c = block.charAt(i);
            if (c == '\u201C') {
                depth++;
            } else if (c == '\u201D') {
                depth--;
            } else if (c == '"') {
                char before = i == span.getStart() ? ' ' : block.charAt(i - 1);
                depth += Character.isWhitespace(before) || "([{:\u2014\u2013".indexOf(before) >= 0 ? 1 : -1;
            }
        }
        return depth;
    }
}
