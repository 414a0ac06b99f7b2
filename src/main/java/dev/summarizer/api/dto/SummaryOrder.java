package dev.summarizer.api.dto;

import com.fasterxml.jackson.annotation.JsonValue;

/** Order of the summary sentences. */
public enum SummaryOrder {
    DOCUMENT, RANK;

    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }

    @Override
    public String toString() {
        return wireName();
    }

    /**
     * Parses "document" or "rank" (any case).
     *
     * @throws IllegalArgumentException Thrown if the value is neither.
     */
    public static SummaryOrder parse(String value) {
        return WireNames.parse(values(), value);
    }
}
