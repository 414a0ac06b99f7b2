package dev.summarizer.api.dto;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Optional parts of the response, asked for with {@code include}. */
public enum IncludeOption {
    /** Why each summary sentence was chosen: parts of its score, shared terms, endorsing sentences, entities. */
    EXPLANATIONS;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
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
        for (IncludeOption option : values()) {
            if (option.wireName().equalsIgnoreCase(value.trim())) {
                return option;
            }
        }
        throw new IllegalArgumentException("must be one of " + java.util.Arrays.stream(values())
                .map(IncludeOption::wireName).toList());
    }
}
