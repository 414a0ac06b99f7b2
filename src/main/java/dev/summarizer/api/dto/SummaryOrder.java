package dev.summarizer.api.dto;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Order of the summary sentences. */
public enum SummaryOrder {
    DOCUMENT, RANK;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses "document" or "rank" (any case).
     *
     * @throws IllegalArgumentException Thrown if the value is neither.
     */
    @Override
    public String toString() {
        return wireName();
    }

    public static SummaryOrder parse(String value) {
        for (SummaryOrder order : values()) {
            if (order.wireName().equalsIgnoreCase(value)) {
                return order;
            }
        }
        throw new IllegalArgumentException("must be 'document' or 'rank'");
    }
}
