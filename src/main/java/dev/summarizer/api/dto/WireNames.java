package dev.summarizer.api.dto;

import java.util.Arrays;
import java.util.Locale;

/** Enum constants as the API writes them: lower case ("rank", "explanations"). */
final class WireNames {

    private WireNames() {
    }

    /** The wire name of a constant. */
    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The constant with this wire name (any case).
     *
     * @throws IllegalArgumentException Thrown if no constant has it; the message lists the wire names.
     */
    static <E extends Enum<E>> E parse(E[] constants, String value) {
        for (E constant : constants) {
            if (of(constant).equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("must be one of " + Arrays.stream(constants).map(WireNames::of).toList());
    }
}
