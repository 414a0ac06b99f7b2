package dev.summarizer.nlp;

import java.util.Optional;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The models that split, tokenize and tag text of one language. Immutable and thread-safe (the models are).
 *
 * @param language ISO 639-1 code
 * @param tokenizer empty where no tokenizer model is served; text is then split at character classes
 * @param pos empty where no tagger is configured; key phrases are then not offered
 */
public record TextModels(String language, SentenceModel sentence, Optional<TokenizerModel> tokenizer,
        Optional<POSModel> pos) {
}
