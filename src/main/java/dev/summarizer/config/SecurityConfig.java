package dev.summarizer.config;

import java.util.List;
import java.util.Optional;

/** Optional protection of the API. */
public interface SecurityConfig {
    /**
     * API keys accepted on /v1/ (comma-separated). Unset: the API is open. Set them from the environment
     * (SUMMARIZER_SECURITY_API_KEYS) or a secret, never in the repository.
     */
    Optional<List<String>> apiKeys();
}
