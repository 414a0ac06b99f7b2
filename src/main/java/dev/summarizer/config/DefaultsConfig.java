package dev.summarizer.config;

import io.smallrye.config.WithDefault;

/** What a request gets when it leaves an option out. */
public interface DefaultsConfig {
    /** Summary length in sentences when no length is given. */
    @WithDefault("3")
    int sentences();

    /**
     * Number of entities returned when entities.max is not given: by default all that are found (up to the
     * 1,000 a request may ask for), so that a client reading {@code entities[].mentions} gets every name.
     */
    @WithDefault("1000")
    int entities();

    /**
     * MMR diversity λ in [0, 1] when a request does not set one (0 = pure rank order); see SummarySelector.
     */
    @WithDefault("0.0")
    double diversity();
}
