package dev.summarizer.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

import dev.summarizer.config.SummarizerConfig;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Optional service-to-service protection: when {@code summarizer.security.api-keys} is set (from the
 * environment or a secret, never the repository), every {@code /v1/} request must carry one of the keys in
 * {@code X-API-Key} or {@code Authorization: Bearer}, or is answered 401 problem+json. Health, metrics, the
 * OpenAPI document and the page stay open. Keys are compared in constant time.
 */
@ApplicationScoped
public class ApiKeyFilter {

    private final List<byte[]> keys;

    public ApiKeyFilter(SummarizerConfig config) {
        this.keys = config.security().apiKeys().orElse(List.of()).stream()
                .map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
    }

    void install(@Observes Router router) {
        if (!keys.isEmpty()) {
            router.route("/v1/*").order(Integer.MIN_VALUE + 1).handler(this::check);
        }
    }

    private void check(RoutingContext context) {
        if (context.request().method().name().equals("OPTIONS") || isValid(presentedKey(context))) {
            context.next();
            return;
        }
        Problem problem = Problem.of(401, "unauthorized", "Unauthorized", "This service needs an API key: send it "
                + "as X-API-Key or Authorization: Bearer.").withInstance(context.request().path());
        context.response().setStatusCode(401)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("WWW-Authenticate", "Bearer")
                .end(Json.encode(problem));
    }

    private static Optional<String> presentedKey(RoutingContext context) {
        String header = context.request().getHeader("X-API-Key");
        if (header != null) {
            return Optional.of(header.strip());
        }
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(authorization.substring(7).strip());
        }
        return Optional.empty();
    }

    private boolean isValid(Optional<String> presented) {
        if (presented.isEmpty()) {
            return false;
        }
        byte[] candidate = presented.get().getBytes(StandardCharsets.UTF_8);
        boolean valid = false;
        for (byte[] key : keys) {
            valid |= MessageDigest.isEqual(key, candidate);
        }
        return valid;
    }
}
