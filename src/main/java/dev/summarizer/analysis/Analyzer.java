package dev.summarizer.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.summarizer.config.SummarizerConfig;
import dev.summarizer.entities.Entity;
import dev.summarizer.entities.EntityExtractor;
import dev.summarizer.keyphrases.Keyphrase;
import dev.summarizer.keyphrases.KeyphraseExtractor;
import dev.summarizer.nlp.TextModels;
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
    private final LanguageResolver languageResolver;
    private final EntityExtractor entityExtractor;
    private final TextRankSummarizer summarizer;
    private final PartOfSpeechTagger tagger;
    private final KeyphraseExtractor.Parameters keyphraseParameters;

    public Analyzer(SentenceSplitter splitter, LanguageResolver languageResolver,
            EntityExtractor entityExtractor, PartOfSpeechTagger tagger, SummarizerConfig config) {
        this.splitter = splitter;
        this.languageResolver = languageResolver;
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
        LanguageResolver.Resolved language = languageResolver.resolve(text, request.language());
        List<String> warnings = new ArrayList<>(language.warnings());
        TextModels models = language.models();
        List<Sentence> sentences = splitter.split(text, models, deadline);
        ContentTerms contentTerms = new ContentTerms(models.language());
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
        boolean english = models.language().equals("en");
        if (!english && request.maxEntities() > 0) {
            warnings.add("Entities are found in English text only; none are given for '" + language.code() + "'.");
        }
        List<Entity> entities = english ? entityExtractor.extract(text, sentences, scores, request.entityTypes(),
                request.maxEntities(), deadline) : List.of();
        List<Keyphrase> keyphrases = keyphrases(sentences, models, request.maxKeyphrases(), deadline);
        return new Analysis(summary, sentences, scores, selection.rankOfSentence(), entities, keyphrases, language,
                words, warnings);
    }

    private List<Keyphrase> keyphrases(List<Sentence> sentences, TextModels models, int max, Deadline deadline) {
        // Why: tagging is the costly part; skip it when no phrase is wanted or no tagger exists.
        if (max == 0 || models.pos().isEmpty()) {
            return List.of();
        }
        List<String[]> tags = tagger.tag(sentences, models.pos().get(), deadline);
        List<String[]> tokens = sentences.stream().map(Sentence::tokens).toList();
        return new KeyphraseExtractor(keyphraseParameters).extract(tokens, tags,
                ContentTerms.stopWords(models.language()), max);
    }
}
