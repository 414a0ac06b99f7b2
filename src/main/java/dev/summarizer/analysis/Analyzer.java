package dev.summarizer.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.summarizer.config.KeyphrasesConfig;
import dev.summarizer.config.SummarizerConfig;
import dev.summarizer.config.TextRankConfig;
import dev.summarizer.entities.Entity;
import dev.summarizer.entities.EntityExtractor;
import dev.summarizer.keyphrases.Keyphrase;
import dev.summarizer.keyphrases.KeyphraseExtractor;
import dev.summarizer.nlp.TextModels;
import dev.summarizer.summarize.LengthBudget;
import dev.summarizer.summarize.Ranking;
import dev.summarizer.summarize.SentenceForm;
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

    /** Why: a handful of words and sentences explains a choice; the rest is noise in the response. */
    private static final int EXPLAINED_TERMS = 5;
    private static final int EXPLAINED_ENDORSEMENTS = 3;

    private final SentenceSplitter splitter;
    private final LanguageResolver languageResolver;
    private final EntityExtractor entityExtractor;
    private final TextRankSummarizer summarizer;
    private final PartOfSpeechTagger tagger;
    private final KeyphraseExtractor.Parameters keyphraseParameters;
    private final double repeatCosine;

    public Analyzer(SentenceSplitter splitter, LanguageResolver languageResolver,
            EntityExtractor entityExtractor, PartOfSpeechTagger tagger, SummarizerConfig config) {
        this.splitter = splitter;
        this.languageResolver = languageResolver;
        this.entityExtractor = entityExtractor;
        this.tagger = tagger;
        KeyphrasesConfig keyphrases = config.keyphrases();
        this.keyphraseParameters = new KeyphraseExtractor.Parameters(keyphrases.window(), keyphrases.damping(),
                keyphrases.iterations(), keyphrases.minTopWords(), keyphrases.maxPhraseWords());
        this.summarizer = textRankOf(config);
        this.repeatCosine = config.sentences().repeatCosine();
    }

    /** The sentence ranker as configured under summarizer.textrank. */
    public static TextRankSummarizer textRankOf(SummarizerConfig config) {
        TextRankConfig textRank = config.textrank();
        return new TextRankSummarizer(new TextRankSummarizer.Parameters(textRank.damping(),
                textRank.tolerance(), textRank.maxIterations(), textRank.maxNeighbours(),
                Similarity.valueOf(textRank.similarity().toUpperCase(Locale.ROOT)),
                new SentencePriors(textRank.positionBias(), textRank.forwardWeight(), textRank.positionWeight(),
                        textRank.lengthTarget(), textRank.lengthPenalty(), textRank.titleBias(),
                        textRank.priorFullCoverage(), textRank.priorNoneCoverage(), textRank.questionFactor(),
                        textRank.quoteFactor(), textRank.shortWords(), textRank.shortFactor())));
    }

    /**
     * A sentence is a candidate if it has a word. Headings, captions and list items without final punctuation, and
     * English editor's notes, read badly in a summary: they stay in the graph but are chosen only if the text has
     * no complete sentence at all.
     */
    private static List<SummarySelector.Candidate> candidates(String text, List<Sentence> sentences,
            double[] scores, boolean english) {
        boolean[] fragment = new boolean[sentences.size()];
        boolean anyComplete = false;
        for (Sentence sentence : sentences) {
            String sentenceText = text.substring(sentence.start(), sentence.end());
            fragment[sentence.index()] = ArticleFurniture.isFragment(sentenceText)
                    || english && ArticleFurniture.isEditorsNote(sentenceText);
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
        List<SentenceForm> forms = new ArrayList<>(sentences.size());
        int words = 0;
        for (Sentence sentence : sentences) {
            terms.add(contentTerms.of(sentence.tokens()));
            forms.add(SentenceForm.of(text.substring(sentence.start(), sentence.end()), sentence.wordCount()));
            words += sentence.wordCount();
        }
        List<String> titleTerms = request.title() == null ? List.of()
                : contentTerms.of(splitter.tokens(request.title(), models));
        deadline.check();
        Ranking ranking = summarizer.ranking(terms, titleTerms, coverage(request.length(), sentences.size(), words,
                text.length()), forms);
        double[] scores = ranking.scores();
        deadline.check();
        boolean english = models.language().equals("en");
        List<SummarySelector.Candidate> candidates = candidates(text, sentences, scores, english);
        double diversity = request.diversity();
        SummarySelector.Selection selection = SummarySelector.select(candidates, request.length(), diversity,
                TermSetCosine.of(terms), repeatCosine);
        if (selection.chosenByRank().length == 0) {
            warnings.add("The text has no words, so there is no summary.");
        } else if (selection.overBudget()) {
            warnings.add("No sentence fits the requested length; the best sentence is returned alone.");
        }
        if (selection.shortByRepeats() > 0) {
            int chosen = selection.chosenByRank().length;
            warnings.add("The summary has " + chosen + (chosen == 1 ? " sentence" : " sentences") + ", not "
                    + (chosen + selection.shortByRepeats()) + ": the other sentences repeat what it already says.");
        }
        if (!english && request.maxEntities() > 0) {
            warnings.add("Entities are found in English text only; none are given for '" + language.code() + "'.");
        }
        EntityExtractor.Extracted extracted = english ? entityExtractor.extract(text, sentences, scores,
                request.entityTypes(), request.maxEntities(), deadline) : EntityExtractor.Extracted.NONE;
        List<Entity> entities = extracted.entities();
        if (extracted.found() > entities.size()) {
            warnings.add("The text names " + extracted.found() + " entities; the " + entities.size()
                    + " most salient are returned (entities.max).");
        }
        List<Analysis.SummarySentence> summary = new ArrayList<>();
        for (int index : selection.chosenByRank()) {
            Sentence sentence = sentences.get(index);
            Explanation explanation = null;
            if (request.explain()) {
                deadline.check();
                explanation = Explanation.of(ranking.explain(index, EXPLAINED_TERMS, EXPLAINED_ENDORSEMENTS),
                        sentence, contentTerms, entities);
            }
            summary.add(new Analysis.SummarySentence(index, selection.rankOfSentence()[index], scores[index],
                    sentence.start(), sentence.end(), explanation));
        }
        if (!request.rankOrder()) {
            summary.sort(Comparator.comparingInt(Analysis.SummarySentence::index));
        }
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
