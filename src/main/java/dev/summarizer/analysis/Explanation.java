package dev.summarizer.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.summarizer.entities.Entity;
import dev.summarizer.entities.Mention;
import dev.summarizer.summarize.ScoreExplanation;

/**
 * Why a sentence is in the summary: the parts of its score, the words it shares with the sentences that endorse
 * it (as written in the sentence, not stemmed), those sentences, and the key entities it mentions.
 *
 * @param centrality part of the score from the similarity graph (uniform restarts of the walk)
 * @param leadPrior part of the score from the lead prior (restarts at the start of the article)
 * @param titlePrior part of the score from the title prior (0 without a title)
 * @param positionFactor multiplier for the sentence's position, already inside the three parts
 * @param lengthFactor multiplier for compactness, already inside the three parts
 * @param formFactor multiplier for the sentence's form (a question, an opening quotation, very short), likewise
 * @param entities names of the returned key entities mentioned in the sentence, most salient first
 */
public record Explanation(double centrality, double leadPrior, double titlePrior, double positionFactor,
        double lengthFactor, double formFactor, List<ScoreExplanation.TermShare> terms,
        List<ScoreExplanation.Endorsement> endorsedBy, List<String> entities) {

    /** Adds readable words and entities to the ranking's explanation of a sentence. */
    static Explanation of(ScoreExplanation score, Sentence sentence, ContentTerms contentTerms,
            List<Entity> entities) {
        Map<String, String> written = contentTerms.writtenForms(sentence.tokens());
        List<ScoreExplanation.TermShare> terms = score.terms().stream()
                .map(t -> new ScoreExplanation.TermShare(written.getOrDefault(t.term(), t.term()), t.share()))
                .toList();
        List<String> mentioned = new ArrayList<>();
        for (Entity entity : entities) {
            for (Mention mention : entity.mentions()) {
                if (mention.sentence() == sentence.index()) {
                    mentioned.add(entity.name());
                    break;
                }
            }
        }
        return new Explanation(score.centrality(), score.leadPrior(), score.titlePrior(), score.positionFactor(),
                score.lengthFactor(), score.formFactor(), terms, score.endorsedBy(), mentioned);
    }
}
