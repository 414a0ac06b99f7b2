package dev.summarizer.tools;

import java.time.Duration;

import dev.summarizer.analysis.Analyzer;
import dev.summarizer.analysis.LanguageIdentifier;
import dev.summarizer.analysis.LanguageResolver;
import dev.summarizer.analysis.PartOfSpeechTagger;
import dev.summarizer.analysis.SentenceSplitter;
import dev.summarizer.config.SummarizerConfig;
import dev.summarizer.entities.EntityExtractor;
import dev.summarizer.entities.NameFinder;
import dev.summarizer.nlp.NlpModels;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The service's analysis pipeline without the HTTP server or CDI, for evaluation tools and benchmarks. Reads the
 * same configuration as the service (application.properties, then system properties and environment, so
 * {@code -Dsummarizer.textrank.damping=0.8} works) and wires the same classes.
 */
public final class StandalonePipeline {

    private final SummarizerConfig config;
    private final NlpModels models;
    private final Analyzer analyzer;

    private StandalonePipeline() {
        SmallRyeConfig smallRye = new SmallRyeConfigBuilder()
                .addDefaultSources()
                .addDiscoveredSources()
                // Why: Quarkus's own syntax for durations ("5s"), which plain SmallRye does not read.
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(SummarizerConfig.class)
                .build();
        config = smallRye.getConfigMapping(SummarizerConfig.class);
        models = new NlpModels(config);
        analyzer = new Analyzer(new SentenceSplitter(models, config),
                new LanguageResolver(new LanguageIdentifier(models, config), models, config),
                new EntityExtractor(new NameFinder(models), config), new PartOfSpeechTagger(), config);
    }

    /** Loads the models and wires the pipeline as the service would. */
    public static StandalonePipeline create() {
        return new StandalonePipeline();
    }

    public SummarizerConfig config() {
        return config;
    }

    public NlpModels models() {
        return models;
    }

    public Analyzer analyzer() {
        return analyzer;
    }
}
