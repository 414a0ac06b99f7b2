package dev.summarizer.health;

import java.util.Map;

import dev.summarizer.nlp.NlpModels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready once every NLP model is loaded; reports where each came from, or why it is not ready. */
@Readiness
@ApplicationScoped
public class ModelsReadinessCheck implements HealthCheck {

    private final Instance<NlpModels> models;

    public ModelsReadinessCheck(Instance<NlpModels> models) {
        this.models = models;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("nlp-models");
        try {
            Map<String, String> locations = models.get().locations();
            locations.forEach(response::withData);
            return response.up().build();
        } catch (RuntimeException e) {
            return response.down().withData("reason", "models not loaded: " + e.getMessage()).build();
        }
    }
}
