package dev.summarizer.analysis;

import java.util.ArrayList;
import java.util.List;

import dev.summarizer.config.SummarizerConfig;
import dev.summarizer.nlp.NlpModels;
import jakarta.enterprise.context.ApplicationScoped;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences and tokens with the OpenNLP models. Line structure comes first: a blank line always
 * ends a sentence, and so does a single line break unless the text looks hard-wrapped there (the next line
 * starts in lower case, or the line ends with a comma, hyphen or opening bracket). That keeps headings, bylines
 * and list items without final punctuation out of the next sentence. Within each block the sentence detector
 * decides, except that a quotation running over several sentences stays whole ({@link QuoteSpans}). Furniture
 * that is not story text is left out ({@link ArticleFurniture}): byline and trailer lines are skipped and a
 * dateline is cut off the sentence that starts a block.
 *
 * <p>Thread-safe: each call builds its own {@code SentenceDetectorME} and {@code TokenizerME}, which are not.
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
        SentenceDetectorME detector = new SentenceDetectorME(models.sentence());
        TokenizerME tokenizer = new TokenizerME(models.tokenizer());
        List<Sentence> sentences = new ArrayList<>();
        for (int[] block : LineBlocks.of(text)) {
            String blockText = text.substring(block[0], block[1]);
            // Why: a byline or "Source link:" line is not part of the story and must never be a summary.
            if (ArticleFurniture.isFurnitureLine(blockText)) {
                continue;
            }
            Span[] spans = detector.sentPosDetect(blockText);
            if (spans.length == 0) {
                // Why: the detector can return nothing for text without sentence features; keep it whole.
                spans = new Span[] {new Span(0, blockText.length())};
            }
            spans = QuoteSpans.join(blockText, spans, maxQuoteSentences);
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
                if (s == 0) {
                    start += ArticleFurniture.leadingFurniture(text.substring(start, end));
                }
                if (start < end) {
                    sentences.add(tokenize(tokenizer, text, sentences.size(), start, end));
                }
            }
        }
        return sentences;
    }

    /** The tokens of a short text such as a title, without sentence splitting. */
    public String[] tokens(String text) {
        return new TokenizerME(models.tokenizer()).tokenize(text);
    }

    private static Sentence tokenize(TokenizerME tokenizer, String text, int index, int start, int end) {
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
