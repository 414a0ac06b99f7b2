package dev.summarizer.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.summarizer.analysis.Deadline;
import dev.summarizer.analysis.Sentence;
import dev.summarizer.nlp.NlpModels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Finds PERSON, LOCATION and ORGANIZATION names with the OpenNLP name finder, sentence by sentence.
 *
 * <p>Thread-safe: each call makes its own {@code NameFinderME} (which is not), so the adaptive data the finder
 * gathers while reading a document never leaks into the next one.
 */
@ApplicationScoped
public class NameFinder {

    private final TokenNameFinderModel model;

    @Inject
    public NameFinder(NlpModels models) {
        this(models.names());
    }

    /** A finder over the given model, for tools that run outside the service. */
    public NameFinder(TokenNameFinderModel model) {
        this.model = model;
    }

    /**
     * Every name mention in the sentences, in document order, with character offsets into the text; titles,
     * a leading "the" and possessives are trimmed off (see {@link MentionNormalizer}).
     */
    public List<Mention> find(String text, List<Sentence> sentences) {
        return find(text, sentences, Deadline.NONE);
    }

    /**
     * As {@link #find(String, List)}, checking the deadline sentence by sentence.
     *
     * @throws Deadline.DeadlineExceededException Thrown if the deadline passes.
     */
    public List<Mention> find(String text, List<Sentence> sentences, Deadline deadline) {
        NameFinderME finder = new NameFinderME(model);
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : sentences) {
            deadline.check();
            for (Span span : finder.find(sentence.tokens())) {
                Optional<EntityType> type = EntityType.fromModelType(span.getType());
                if (type.isPresent()) {
                    int start = sentence.tokenStarts()[span.getStart()];
                    int end = sentence.tokenEnds()[span.getEnd() - 1];
                    mentions.add(MentionNormalizer.normalize(
                            new Mention(text.substring(start, end), start, end, sentence.index(), type.get())));
                }
            }
        }
        finder.clearAdaptiveData();
        return mentions;
    }
}
