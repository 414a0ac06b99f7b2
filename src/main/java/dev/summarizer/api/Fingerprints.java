package dev.summarizer.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.StreamSupport;

import dev.summarizer.analysis.AnalysisRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;

/**
 * Makes identical requests recognisably identical: the SHA-256 of the text, and an entity tag over the text,
 * the effective options and every {@code summarizer.*} setting, so two answers with the same tag were computed
 * from the same input by the same configuration. Thread-safe.
 */
@ApplicationScoped
public class Fingerprints {

    private final String configurationHash;

    public Fingerprints(Config config) {
        StringBuilder settings = new StringBuilder();
        StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith("summarizer."))
                .sorted()
                .forEach(name -> settings.append(name).append('=')
                        .append(config.getOptionalValue(name, String.class).orElse("")).append('\n'));
        this.configurationHash = sha256(settings.toString());
    }

    /** Hex SHA-256 of the text's UTF-8 bytes. */
    public String inputHash(String text) {
        return sha256(text);
    }

    /** A strong entity tag for the answer to this request under this configuration. */
    public String entityTag(String inputHash, AnalysisRequest request) {
        String options = String.join("|", String.valueOf(request.title()), request.length().toString(),
                String.valueOf(request.rankOrder()), String.valueOf(request.maxEntities()),
                request.entityTypes().toString(), String.valueOf(request.maxKeyphrases()),
                String.valueOf(request.language()), String.valueOf(request.diversity()),
                String.valueOf(request.explain()));
        return "\"" + sha256(inputHash + "|" + options + "|" + configurationHash).substring(0, 32) + "\"";
    }

    private static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
