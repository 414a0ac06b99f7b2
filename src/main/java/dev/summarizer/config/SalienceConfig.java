package dev.summarizer.config;

import io.smallrye.config.WithDefault;

/** Entity salience weights, see {@code SalienceScorer}. */
public interface SalienceConfig {
    /** Weight a mention keeps even in the last sentence (1 = position does not matter). */
    @WithDefault("0.5")
    double positionFloor();

    /** How much more a mention counts in the most central sentence than in the least central one. */
    @WithDefault("1.0")
    double centralityBoost();
}
