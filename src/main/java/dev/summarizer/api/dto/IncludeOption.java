package dev.summarizer.api.dto;

import com.fasterxml.jackson.annotation.JsonValue;

/** Optional parts of the response, asked for with {@code include}. */
public enum IncludeOption {
    /** Why each summary sentence was chosen: parts of its score, shared terms, endorsing sentences, entities. */
    EXPLANATIONS;

    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }

    @Override
    public String toString() {
        return wireName();
    }

    /**
     * Parses a wire name (any case).
     *
     * @throws IllegalArgumentException Thrown if the value names no option.
     */
    public static IncludeOption parse(String value) {
        return WireNames.parse(values(), value);
    }
}
