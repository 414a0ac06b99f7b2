package dev.summarizer.api;

import java.util.ArrayList;
import java.util.List;

import dev.summarizer.analysis.Analysis;
import dev.summarizer.analysis.Explanation;
import dev.summarizer.api.dto.SummaryResponse;
import dev.summarizer.entities.Entity;
import dev.summarizer.entities.Mention;

/** Maps an {@link Analysis} to the API response. */
final class ResponseMapper {

    private ResponseMapper() {
    }

    static SummaryResponse toResponse(String text, Analysis analysis, long startedNanos, SummaryResponse.Source source,
            SummaryResponse.Meta meta) {
        List<SummaryResponse.SentenceView> sentences = new ArrayList<>();
        StringBuilder summaryText = new StringBuilder();
        for (Analysis.SummarySentence chosen : analysis.summary()) {
            String sentence = text.substring(chosen.start(), chosen.end());
            sentences.add(new SummaryResponse.SentenceView(chosen.index(), chosen.rank(), round(chosen.score(), 6),
                    chosen.start(), chosen.end() - chosen.start(), sentence, explanationView(chosen.explanation())));
            summaryText.append(summaryText.length() > 0 ? " " : "").append(sentence);
        }
        List<SummaryResponse.EntityView> entities = new ArrayList<>();
        for (Entity entity : analysis.entities()) {
            List<SummaryResponse.MentionView> mentions = new ArrayList<>();
            for (Mention mention : entity.mentions()) {
                mentions.add(new SummaryResponse.MentionView(mention.start(), mention.length(), mention.sentence(),
                        mention.text()));
            }
            entities.add(new SummaryResponse.EntityView(entity.name(), entity.type().name(),
                    round(entity.salience(), 4), entity.count(), entity.aliases(), mentions));
        }
        List<SummaryResponse.KeyphraseView> keyphrases = analysis.keyphrases().stream()
                .map(k -> new SummaryResponse.KeyphraseView(k.text(), round(k.score(), 4), k.count())).toList();
        long elapsedMs = (System.nanoTime() - startedNanos) / 1_000_000;
        return new SummaryResponse(
                new SummaryResponse.Summary(summaryText.toString(), sentences),
                entities,
                keyphrases,
                new SummaryResponse.LanguageView(analysis.language().code(),
                        round(analysis.language().confidence(), 4), analysis.language().source()),
                new SummaryResponse.Stats(text.length(), analysis.words(), analysis.sentences().size(), elapsedMs),
                warningsOf(analysis, source),
                source,
                meta);
    }

    private static SummaryResponse.ExplanationView explanationView(Explanation explanation) {
        if (explanation == null) {
            return null;
        }
        return new SummaryResponse.ExplanationView(round(explanation.centrality(), 6),
                round(explanation.leadPrior(), 6), round(explanation.titlePrior(), 6),
                round(explanation.positionFactor(), 4), round(explanation.lengthFactor(), 4),
                round(explanation.formFactor(), 4),
                explanation.terms().stream().map(t -> new SummaryResponse.TermView(t.term(), round(t.share(), 4)))
                        .toList(),
                explanation.endorsedBy().stream()
                        .map(e -> new SummaryResponse.EndorsementView(e.sentence(), round(e.share(), 4))).toList(),
                explanation.entities());
    }

    private static List<String> warningsOf(Analysis analysis, SummaryResponse.Source source) {
        if (source == null) {
            return analysis.warnings();
        }
        List<String> warnings = new ArrayList<>(analysis.warnings());
        warnings.add(0, "HTML markup and page boilerplate were removed; offsets refer to source.text.");
        return warnings;
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
