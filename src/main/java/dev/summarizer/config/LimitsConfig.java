package dev.summarizer.config;

import java.time.Duration;

import io.smallrye.config.WithDefault;

/** Input limits; input over a limit is rejected, never truncated. */
public interface LimitsConfig {
    /** Largest accepted text, in UTF-16 code units (Java chars). */
    @WithDefault("200000")
    int maxChars();

    /**
     * Largest accepted request body in bytes, checked against Content-Length before the body is read.
     * (quarkus.http.limits.max-body-size is set higher, as the backstop for bodies sent without a length.)
     */
    @WithDefault("2097152")
    long maxBodyBytes();

    /** Most documents in one batch request. */
    @WithDefault("25")
    int maxBatchDocuments();

    /** Largest accepted batch request body in bytes, checked against Content-Length like max-body-bytes. */
    @WithDefault("8388608")
    long maxBatchBodyBytes();

    /** Threads that analyse the documents of batches in parallel; 0 means one per available core. */
    @WithDefault("0")
    int batchThreads();

    /** Longest time one analysis may take; past it the request is answered 503 instead of waiting. */
    @WithDefault("10s")
    Duration deadline();
}
