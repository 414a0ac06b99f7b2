package dev.summarizer.analysis;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/** UPOS tags of every sentence's tokens. Thread-safe: a {@code POSTaggerME} per call. */
@ApplicationScoped
public class PartOfSpeechTagger {

    /** Tags by the given model, in the same shape as the sentences' tokens. */
    public List<String[]> tag(List<Sentence> sentences, POSModel model, Deadline deadline) {
        POSTaggerME tagger = new POSTaggerME(model);
        List<String[]> tags = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            deadline.check();
            tags.add(tagger.tag(sentence.tokens()));
        }
        return tags;
    }
}
