package dev.summarizer.entities;

import java.util.Locale;
import java.util.Optional;

/** The kinds of entity the service reports. */
public enum EntityType {
    PERSON, LOCATION, ORGANIZATION;

    /** Maps a name-finder type ("person", "per", "LOC", …) to ours; empty for types we do not report (MISC). */
    public static Optional<EntityType> fromModelType(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "person", "per" -> Optional.of(PERSON);
            case "location", "loc", "gpe" -> Optional.of(LOCATION);
            case "organization", "organisation", "org" -> Optional.of(ORGANIZATION);
            default -> Optional.empty();
        };
    }

    /** True if a span's type, as the name rules write it ({@code name()}), is this type. */
    public boolean isTypeOf(String spanType) {
        return name().equals(spanType);
    }
}
