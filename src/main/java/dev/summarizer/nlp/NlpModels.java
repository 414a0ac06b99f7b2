package dev.summarizer.nlp;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

import dev.summarizer.config.LanguageModelsConfig;
import dev.summarizer.config.ModelsConfig;
import dev.summarizer.config.SummarizerConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.jboss.logging.Logger;

/**
 * The immutable OpenNLP models, loaded once at start-up. The models are thread-safe and shared; the {@code …ME}
 * classes that use them are not, so every request builds its own (see {@link NlpPipeline}).
 */
@Startup
@ApplicationScoped
public class NlpModels {

    private static final Logger LOG = Logger.getLogger(NlpModels.class);

    private final SentenceModel sentence;
    private final TokenizerModel tokenizer;
    private final POSModel pos;
    private final TokenNameFinderModel names;
    private final LanguageDetectorModel language;
    private final Map<String, TextModels> byLanguage = new TreeMap<>();
    private final Map<String, String> locations = new LinkedHashMap<>();

    /**
     * Loads every model.
     *
     * @throws IllegalStateException Thrown if a model is missing or corrupt, naming its path; start-up fails.
     */
    public NlpModels(SummarizerConfig config) {
        long start = System.nanoTime();
        ModelsConfig files = config.models();
        try (ParallelLoader loader = new ParallelLoader(new ModelSource(Path.of(files.dir())))) {
            var sentenceModel = loader.load("sentence", files.sentence(), SentenceModel::new);
            var tokenizerModel = loader.load("tokenizer", files.tokenizer(), TokenizerModel::new);
            var posModel = loader.load("pos", files.pos(), POSModel::new);
            var namesModel = loader.load("names", files.names(), in -> DecodingBeam.names(in, files.namesBeamSize()));
            var languageModel = loader.load("language", files.language(), LanguageDetectorModel::new);
            Map<String, Supplier<TextModels>> extraLanguages = new TreeMap<>();
            config.languages().forEach((code, extra) -> extraLanguages.put(code, textModels(loader, code, extra,
                    files.posBeamSize())));
            sentence = remember(sentenceModel.get());
            tokenizer = remember(tokenizerModel.get());
            pos = DecodingBeam.pos(remember(posModel.get()), files.posBeamSize());
            names = remember(namesModel.get());
            language = remember(languageModel.get());
            byLanguage.put("en", new TextModels("en", sentence, Optional.of(tokenizer), Optional.of(pos)));
            extraLanguages.forEach((code, models) -> byLanguage.put(code, models.get()));
        }
        LOG.infof("Loaded %d NLP models in %d ms: %s", locations.size(),
                (System.nanoTime() - start) / 1_000_000, locations);
    }

    /** Starts loading one extra language's models; the supplier assembles them once read. */
    private Supplier<TextModels> textModels(ParallelLoader loader, String code, LanguageModelsConfig files,
            int posBeamSize) {
        var sentenceModel = loader.load("sentence-" + code, files.sentence(), SentenceModel::new);
        var tokenizerModel = files.tokenizer().map(file -> loader.load("tokenizer-" + code, file, TokenizerModel::new));
        var posModel = files.pos().map(file -> loader.load("pos-" + code, file, POSModel::new));
        return () -> new TextModels(code, remember(sentenceModel.get()),
                tokenizerModel.map(model -> remember(model.get())),
                posModel.map(model -> DecodingBeam.pos(remember(model.get()), posBeamSize)));
    }

    private <T> T remember(ModelSource.LoadedModel<T> loaded) {
        locations.put(loaded.kind(), loaded.location());
        return loaded.model();
    }

    public SentenceModel sentence() {
        return sentence;
    }

    public TokenizerModel tokenizer() {
        return tokenizer;
    }

    public POSModel pos() {
        return pos;
    }

    public TokenNameFinderModel names() {
        return names;
    }

    public LanguageDetectorModel language() {
        return language;
    }

    /** The models for text in the given language, if it is one we have models for. */
    public Optional<TextModels> forLanguage(String code) {
        return Optional.ofNullable(byLanguage.get(code));
    }

    /** Languages whose text has its own models (ISO 639-1), sorted. */
    public List<String> languages() {
        return List.copyOf(byLanguage.keySet());
    }

    /** Where each model was loaded from, by kind. */
    public Map<String, String> locations() {
        return Map.copyOf(locations);
    }
}
