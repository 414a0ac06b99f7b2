package dev.summarizer.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.summarizer.config.SummarizerConfig;
import dev.summarizer.entities.Entity;
import dev.summarizer.entities.EntityExtractor;
import dev.summarizer.keyphrases.Keyphrase;
import dev.summarizer.keyphrases.KeyphraseExtractor;
import dev.summarizer.summarize.SummarySelector;
import dev.summarizer.summarize.TextRankSummarizer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Analyses one document: splits and tokenizes it once, ranks the sentences, chooses the summary and finds the
 * key entities from the same sentences. Thread-safe.
 */
@ApplicationScoped
public class Analyzer {

    private final SentenceSplitter splitter;
    private final LanguageIdentifier languageIdentifier;
    private final EntityExtractor entityExtractor;
    private final TextRankSummarizer summarizer;
    private final PartOfSpeechTagger tagger;
    private final KeyphraseExtractor.Parameters keyphraseParameters;

    public Analyzer(SentenceSplitter splitter, LanguageIdentifier languageIdentifier,
            EntityExtractor entityExtractor, PartOfSpeechTagger tagger, SummarizerConfig config) {
        this.splitter = splitter;
        this.languageIdentifier = languageIdentifier;
        this.entityExtractor = entityExtractor;
        this.tagger = tagger;
        SummarizerConfig.Keyphrases keyphrases = config.keyphrases();
        this.keyphraseParameters = new KeyphraseExtractor.Parameters(keyphrases.window(), keyphrases.damping(),
                keyphrases.iterations(), keyphrases.minTopWords(), keyphrases.maxPhraseWords());
        SummarizerConfig.TextRank textRank = config.textrank();
        this.summarizer = new TextRankSummarizer(new TextRankSummarizer.Parameters(textRank.damping(),
                textRank.tolerance(), textRank.maxIterations(), textRank.maxNeighbours(), textRank.positionBias()));
    }

    /** Analyses without a deadline. */
    public Analysis analyze(AnalysisRequest request) {
        return analyze(request, Deadline.NONE);
    }

    /**
     * Analyses one document.
     *
     * @throws Deadline.DeadlineExceededException Thrown if the analysis runs past the deadline.
     */
    public Analysis analyze(AnalysisRequest request, Deadline deadline) {
        String text = request.text();
        List<String> warnings = new ArrayList<>();
        LanguageIdentifier.DetectedLanguage language = languageIdentifier.identify(text);
        if (!language.reliable()) {
            warnings.add("The text is too short to detect its language; English was assumed.");
        } else if (!"en".equals(language.code())) {
            warnings.add("The text looks like language '" + language.code()
                    + "'; sentence splitting, ranking and entities use English models.");
        }
        List<Sentence> sentences = splitter.split(text, deadline);
        ContentTerms contentTerms = new ContentTerms();
        List<List<String>> terms = new ArrayList<>(sentences.size());
        List<SummarySelector.Candidate> candidates = new ArrayList<>(sentences.size());
        int words = 0;
        for (Sentence sentence : sentences) {
            terms.add(contentTerms.of(sentence.tokens()));
            words += sentence.wordCount();
        }
        deadline.check();
        double[] scores = summarizer.rank(terms);
        deadline.check();
        for (Sentence sentence : sentences) {
            int i = sentence.index();
            candidates.add(new SummarySelector.Candidate(i, scores[i], sentence.wordCount(), sentence.length(),
                    sentence.wordCount() > 0));
        }
        SummarySelector.Selection selection = SummarySelector.select(candidates, request.length());
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
                request.maxEntities(), deadline);
        List<Keyphrase> keyphrases = keyphrases(sentences, request.maxKeyphrases(), deadline);
        return new Analysis(summary, sentences, scores, selection.rankOfSentence(), entities, keyphrases, language,
                words, warnings);
    }

    private List<Keyphrase> keyphrases(List<Sentence> sentences, int max, Deadline deadline) {
        // Why: tagging is the costly part; skip it when no phrase is wanted.
        if (max == 0) {
            return List.of();
        }
        List<String[]> tags = tagger.tag(sentences, deadline);
        List<String[]> tokens = sentences.stream().map(Sentence::tokens).toList();
        return new KeyphraseExtractor(keyphraseParameters).extract(tokens, tags, ContentTerms.stopWords(), max);
    }
}
