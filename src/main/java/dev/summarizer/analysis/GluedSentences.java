package dev.summarizer.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * Cuts English sentences that a page glued together without punctuation, which the detector cannot see. Daily
 * Mail style pages put a picture caption without a full stop straight before the story's first sentence
 * ({@code … his winnings A man who won $500 on a scratch-off …}, {@code … in front of the Arc de Triomphe The
 * Togo international posted …}), and some text lost the space after a full stop ({@code a court has
 * heard.Shocking allegations}). A piece is cut before a capitalised pronoun or determiner ("A", "The", "He",
 * …) followed by a lower-case word, after a lower-case word which does not introduce a name or title ("premiere
 * of The Last Man", "told The Hollywood Reporter", "Meet The Parents" and "Snicket's A Series" stay whole),
 * and before a capitalised word that follows a full stop with no space. Both halves must keep
 * {@link #MIN_WORDS} words. The caption half has no final punctuation, so it stays in the graph but is not
 * chosen for a summary ({@link ArticleFurniture#isFragment}). Pure and thread-safe.
 */
final class GluedSentences {

    /** Words each side of a cut must keep. */
    static final int MIN_WORDS = 4;

    /**
     * A lower-case or numeric word, a closing bracket or a closing curly quote, space, a word that usually starts a
     * sentence and a lower-case word: "his winnings A man who", "(pictured posed by model) A taxi driver", "a film
     * dubbed ‘The First Great Escape’ The story of", not "Lemony Snicket's
     * A Series", "Meet The Parents" or "the Anywhere But Home CD".
     */
    private static final Pattern GLUE = Pattern.compile(
            "(?:(?<![\\p{L}\\d'\u2019-])(\\p{Ll}[\\p{Ll}\\d-]*(?<!['\u2019]s)|\\d[\\d,.]*%?)|[)\u2019\u201D])\\s+"
                    + "(?=(?:A|An|The|He|She|They|His|Her|It|But)\\s+\\p{Ll})");

    /** A full stop between two words with no space: "heard.Shocking". */
    private static final Pattern NO_SPACE = Pattern.compile("(?<=\\p{Ll}{2}[.!?])(?=\\p{Lu}\\p{Ll}+\\s)");

    /** Words after which a capitalised word is usually a name or a title, not a new sentence. */
    private static final Set<String> BEFORE_NAMES = Set.of("a", "about", "against", "and", "as", "at",
            "between", "both", "by", "called", "dubbed", "entitled", "for", "from", "in", "into", "is", "like",
            "named", "of", "on", "or", "publishes", "quoted", "said", "says", "see", "since", "star", "starring",
            "than", "that", "the", "titled", "to", "told", "under", "via", "visit", "was", "when", "which", "while",
            "with");

    private GluedSentences() {
    }

    /** The spans of the block with glued sentences cut apart. */
    static Span[] split(String block, Span[] spans) {
        List<Span> result = new ArrayList<>(spans.length);
        for (Span span : spans) {
            int start = span.getStart();
            String text = block.substring(span.getStart(), span.getEnd());
            List<Integer> cuts = new ArrayList<>();
            Matcher glue = GLUE.matcher(text);
            while (glue.find()) {
                if (glue.group(1) == null || !BEFORE_NAMES.contains(glue.group(1))) {
                    cuts.add(glue.end());
                }
            }
            Matcher noSpace = NO_SPACE.matcher(text);
            while (noSpace.find()) {
                cuts.add(noSpace.start());
            }
            cuts.sort(null);
            int from = 0;
            for (int cut : cuts) {
                if (words(text, from, cut) >= MIN_WORDS && words(text, cut, text.length()) >= MIN_WORDS) {
                    result.add(new Span(start + from, start + trimEnd(text, from, cut)));
                    from = cut;
                }
            }
            result.add(new Span(start + from, span.getEnd()));
        }
        return result.toArray(Span[]::new);
    }

    private static int trimEnd(String text, int from, int end) {
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int words(String text, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
