package dev.summarizer.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.summarizer.config.SummarizerConfig;
import dev.summarizer.entities.Entity;
import dev.summarizer.entities.EntityExtractor;
import dev.summarizer.summarize.LengthBudget;
import dev.summarizer.summarize.SentencePriors;
import dev.summarizer.summarize.Similarity;
import dev.summarizer.summarize.SummarySelector;
import dev.summarizer.summarize.TermSetCosine;
import dev.summarizer.summarize.TextRankSummarizer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Analyses one document: splits and tokenizes it once, ranks the sentences, chooses the summary and finds the
 * key entities from the same sentences. The ranking gets the title's content terms (title prior) and the share of
 * the document the requested length keeps (which sets the strength of the news priors, see
 * {@code SentencePriors}); selection applies the request's MMR diversity. Thread-safe.
 */
@ApplicationScoped
public class Analyzer {

    private final SentenceSplitter splitter;
    private final LanguageIdentifier languageIdentifier;
    private final EntityExtractor entityExtractor;
    private final TextRankSummarizer summarizer;

    public Analyzer(SentenceSplitter splitter, LanguageIdentifier languageIdentifier,
            EntityExtractor entityExtractor, SummarizerConfig config) {
        this.splitter = splitter;
        this.languageIdentifier = languageIdentifier;
        this.entityExtractor = entityExtractor;
        SummarizerConfig.TextRank textRank = config.textrank();
        this.summarizer = new TextRankSummarizer(new TextRankSummarizer.Parameters(textRank.damping(),
                textRank.tolerance(), textRank.maxIterations(), textRank.maxNeighbours(),
                Similarity.valueOf(textRank.similarity().toUpperCase(Locale.ROOT)),
                new SentencePriors(textRank.positionBias(), textRank.forwardWeight(), textRank.positionWeight(),
                        textRank.lengthTarget(), textRank.lengthPenalty(), textRank.titleBias(),
                        textRank.priorFullCoverage(), textRank.priorNoneCoverage())));
    }

    /**
     * A sentence is a candidate if it has a word. Headings, captions and list items without final punctuation read
     * badly in a summary: they stay in the graph but are chosen only if the text has no complete sentence at all.
     */
    private static List<SummarySelector.Candidate> candidates(String text, List<Sentence> sentences,
            double[] scores) {
        boolean[] fragment = new boolean[sentences.size()];
        boolean anyComplete = false;
        for (Sentence sentence : sentences) {
            fragment[sentence.index()] = ArticleFurniture.isFragment(text.substring(sentence.start(), sentence.end()));
            anyComplete |= !fragment[sentence.index()] && sentence.wordCount() > 0;
        }
        List<SummarySelector.Candidate> candidates = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            int i = sentence.index();
            candidates.add(new SummarySelector.Candidate(i, scores[i], sentence.wordCount(), sentence.length(),
                    sentence.wordCount() > 0 && !(fragment[i] && anyComplete)));
        }
        return candidates;
    }

    /** The share of the document the budget keeps, in [0, 1], in the budget's own unit. */
    private static double coverage(LengthBudget budget, int sentences, int words, int characters) {
        double whole = switch (budget.unit()) {
            case SENTENCES -> sentences;
            case RATIO -> 1;
            case WORDS -> words;
            case CHARACTERS -> characters;
        };
        return whole <= 0 ? 1 : Math.min(1, budget.value() / whole);
    }

    public Analysis analyze(AnalysisRequest request) {
        String text = request.text();
        List<String> warnings = new ArrayList<>();
        LanguageIdentifier.DetectedLanguage language = languageIdentifier.identify(text);
        if (!language.reliable()) {
            warnings.add("The text is too short to detect its language; English was assumed.");
        } else if (!"en".equals(language.code())) {
            warnings.add("The text looks like language '" + language.code()
                    + "'; sentence splitting, ranking and entities use English models.");
        }
        List<Sentence> sentences = splitter.split(text);
        ContentTerms contentTerms = new ContentTerms();
        List<List<String>> terms = new ArrayList<>(sentences.size());
        int words = 0;
        for (Sentence sentence : sentences) {
            terms.add(contentTerms.of(sentence.tokens()));
            words += sentence.wordCount();
        }
        List<String> titleTerms = request.title() == null ? List.of()
                : contentTerms.of(splitter.tokens(request.title()));
        double[] scores = summarizer.rank(terms, titleTerms, coverage(request.length(), sentences.size(), words,
                text.length()));
        List<SummarySelector.Candidate> candidates = candidates(text, sentences, scores);
        double diversity = request.diversity();
        SummarySelector.Selection selection = SummarySelector.select(candidates, request.length(), diversity,
                diversity > 0 ? TermSetCosine.of(terms) : null);
        if (selection.chosenByRank().length == 0) {
            warnings.add("The text has no words, so there is no summary.");
        } else if (selection.overBudget()) {
            warnings.add("No sentence fits the requested length; the best sentence is returned alone.");
        }
        List<Analysis.SummarySentence> summary = new ArrayList<>();
        for (int index : selection.chosenByRank()) {
            Sentence sentence = sentences.get(index);
            summary.add(new Analysis.SummarySentence(index, selection.rankOfSentence()[index], scores[index],
                    sentence.start(), sentence.end()));
        }
        if (!request.rankOrder()) {
            summary.sort(Comparator.comparingInt(Analysis.SummarySentence::index));
        }
        List<Entity> entities = entityExtractor.extract(text, sentences, scores, request.entityTypes(),
                request.maxEntities());
        return new Analysis(summary, sentences, scores, selection.rankOfSentence(), entities, language, words,
                warnings);
    }
}
