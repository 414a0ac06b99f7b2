package dev.summarizer.analysis;

import java.util.ArrayList;
import java.util.List;

import dev.summarizer.config.SummarizerConfig;
import dev.summarizer.nlp.NlpModels;
import dev.summarizer.nlp.TextModels;
import jakarta.enterprise.context.ApplicationScoped;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences and tokens with the OpenNLP models. Line structure comes first: a blank line always
 * ends a sentence, and so does a single line break unless the text looks hard-wrapped there (the next line
 * starts in lower case, or the line ends with a comma, hyphen or opening bracket). That keeps headings, bylines
 * and list items without final punctuation out of the next sentence. Within each block the sentence detector
 * decides, except that a quotation running over several sentences stays whole ({@link QuoteSpans}) and, in
 * English, a caption glued to a sentence without punctuation is cut off it ({@link GluedSentences}). Furniture
 * that is not story text is left out ({@link ArticleFurniture}): byline and trailer lines are skipped and a
 * dateline is cut off the sentence that starts a block (English text only).
 *
 * <p>Thread-safe: each call builds its own {@code SentenceDetectorME} and {@code TokenizerME}, which are not.
 * Other languages than English use their own models (see {@link TextModels}).
 */
@ApplicationScoped
public class SentenceSplitter {

    private final NlpModels models;
    private final int maxQuoteSentences;

    public SentenceSplitter(NlpModels models, SummarizerConfig config) {
        this.models = models;
        this.maxQuoteSentences = config.sentences().maxQuoteSentences();
    }

    /** Sentences of the text in document order, each trimmed and holding at least one non-space character. */
    public List<Sentence> split(String text) {
        return split(text, Deadline.NONE);
    }

    /**
     * Sentences of the text, checking the deadline block by block.
     *
     * @throws Deadline.DeadlineExceededException Thrown if the deadline passes while splitting.
     */
    public List<Sentence> split(String text, Deadline deadline) {
        return split(text, models.forLanguage("en").orElseThrow(), deadline);
    }

    /**
     * Sentences of text in the language of the given models; without a tokenizer model, tokens are runs of
     * letters, digits or other characters ({@code SimpleTokenizer}).
     *
     * @throws Deadline.DeadlineExceededException Thrown if the deadline passes while splitting.
     */
    public List<Sentence> split(String text, TextModels language, Deadline deadline) {
        SentenceDetectorME detector = new SentenceDetectorME(language.sentence());
        Tokenizer tokenizer = tokenizerOf(language);
        // Why: the furniture patterns (bylines, datelines, trailers) are English.
        boolean english = language.language().equals("en");
        List<Sentence> sentences = new ArrayList<>();
        for (int[] block : LineBlocks.of(text)) {
            deadline.check();
            String blockText = text.substring(block[0], block[1]);
            // Why: a byline or "Source link:" line is not part of the story and must never be a summary.
            if (english && ArticleFurniture.isFurnitureLine(blockText)) {
                continue;
            }
            Span[] spans = AbbreviationJoiner.join(blockText, detector.sentPosDetect(blockText), language.language());
            if (spans.length == 0) {
                // Why: the detector can return nothing for text without sentence features; keep it whole.
                spans = new Span[] {new Span(0, blockText.length())};
            }
            spans = QuoteSpans.join(blockText, spans, maxQuoteSentences);
            if (english) {
                spans = GluedSentences.split(blockText, spans);
            }
            for (int s = 0; s < spans.length; s++) {
                Span span = spans[s];
                int start = block[0] + span.getStart();
                int end = block[0] + span.getEnd();
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (s == 0 && english) {
                    start += ArticleFurniture.leadingFurniture(text.substring(start, end));
                } else if (english) {
                    start += ArticleFurniture.leadingPrompt(text.substring(start, end));
                }
                if (start < end) {
                    sentences.add(tokenize(tokenizer, text, sentences.size(), start, end));
                }
            }
        }
        return sentences;
    }

    /** The tokens of a short text such as a title, without sentence splitting. */
    public String[] tokens(String text, TextModels language) {
        return tokenizerOf(language).tokenize(text);
    }

    private static Tokenizer tokenizerOf(TextModels language) {
        return language.tokenizer().<Tokenizer>map(TokenizerME::new).orElse(SimpleTokenizer.INSTANCE);
    }

    private static Sentence tokenize(Tokenizer tokenizer, String text, int index, int start, int end) {
        Span[] spans = tokenizer.tokenizePos(text.substring(start, end));
        String[] tokens = new String[spans.length];
        int[] starts = new int[spans.length];
        int[] ends = new int[spans.length];
        for (int i = 0; i < spans.length; i++) {
            starts[i] = start + spans[i].getStart();
            ends[i] = start + spans[i].getEnd();
            tokens[i] = text.substring(starts[i], ends[i]);
        }
        return new Sentence(index, start, end, tokens, starts, ends);
    }
}
