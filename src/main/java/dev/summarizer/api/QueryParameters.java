package dev.summarizer.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.summarizer.api.dto.EntityOptions;
import dev.summarizer.api.dto.IncludeOption;
import dev.summarizer.api.dto.KeyphraseOptions;
import dev.summarizer.api.dto.LengthSpec;
import dev.summarizer.api.dto.SummaryOrder;
import dev.summarizer.api.dto.SummaryRequest;
import dev.summarizer.entities.EntityType;
import jakarta.ws.rs.core.MultivaluedMap;

/** Reads request options from query parameters: the options of text bodies, and include for every body. */
final class QueryParameters {

    /**
     * The options of text/plain and text/html bodies, as query parameters, with what each means (also the OpenAPI
     * description of the parameter); JSON bodies carry them as fields, except include, which works for every body.
     */
    static final Map<String, String> OPTIONS = options();

    private QueryParameters() {
    }

    private static Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("sentences", "Summary length in sentences (text/plain and text/html bodies).");
        options.put("ratio", "Summary length as a share of the sentences, 0..1 (text/plain, text/html).");
        options.put("words", "Summary length in words (text/plain, text/html).");
        options.put("characters", "Summary length in characters (text/plain, text/html).");
        options.put("order", "document or rank (text/plain, text/html).");
        options.put("title", "The headline (text/plain, text/html).");
        options.put("diversity", "MMR redundancy control, 0..1 (text/plain, text/html).");
        options.put("entities.max", "How many entities, 0 for none (text/plain, text/html).");
        options.put("entities.types", "Comma-separated PERSON, LOCATION, ORGANIZATION (text/plain, text/html).");
        options.put("keyphrases.max", "How many key phrases, 0 for none (text/plain, text/html).");
        options.put("language", "auto or an ISO 639-1 code (text/plain, text/html).");
        options.put("include", "Optional parts of the answer: explanations (every body type, also as the JSON "
                + "field include).");
        return Collections.unmodifiableMap(options);
    }

    /**
     * Builds a request, not yet validated, from a text body and its query-parameter options.
     *
     * @throws ProblemException Thrown if a parameter is unknown or not a number where one belongs (422).
     */
    static SummaryRequest toRequest(String text, MultivaluedMap<String, String> query) {
        for (String name : query.keySet()) {
            if (!OPTIONS.containsKey(name)) {
                throw ProblemException.unprocessable(name, "is not a known option; known: "
                        + OPTIONS.keySet().stream().sorted().toList());
            }
        }
        LengthSpec length = null;
        if (query.containsKey("sentences") || query.containsKey("ratio") || query.containsKey("words")
                || query.containsKey("characters")) {
            length = new LengthSpec(integer(query, "sentences"), decimal(query, "ratio"), integer(query, "words"),
                    integer(query, "characters"));
        }
        EntityOptions entities = null;
        if (query.containsKey("entities.max") || query.containsKey("entities.types")) {
            entities = new EntityOptions(integer(query, "entities.max"), entityTypes(query));
        }
        String order = single(query, "order");
        return new SummaryRequest(text, single(query, "title"), length,
                order == null ? null : parseOrder(order), entities,
                query.containsKey("keyphrases.max") ? new KeyphraseOptions(integer(query, "keyphrases.max")) : null,
                single(query, "language"), null, decimal(query, "diversity"), null).including(includes(query));
    }

    /**
     * The optional parts named by the {@code include} query parameter (repeated or comma-separated).
     *
     * @throws ProblemException Thrown if a name is not an option (422).
     */
    static Set<IncludeOption> includes(MultivaluedMap<String, String> query) {
        Set<IncludeOption> options = EnumSet.noneOf(IncludeOption.class);
        for (String value : query.getOrDefault("include", List.of())) {
            for (String name : value.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                try {
                    options.add(IncludeOption.parse(name.trim()));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.unprocessable("include", e.getMessage());
                }
            }
        }
        return options;
    }

    private static SummaryOrder parseOrder(String value) {
        try {
            return SummaryOrder.parse(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable("order", e.getMessage());
        }
    }

    private static List<EntityType> entityTypes(MultivaluedMap<String, String> query) {
        List<String> values = query.get("entities.types");
        if (values == null) {
            return null;
        }
        List<EntityType> types = new ArrayList<>();
        for (String value : values) {
            for (String name : value.split(",")) {
                try {
                    types.add(EntityType.valueOf(name.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.unprocessable("entities.types",
                            "must be one of " + List.of(EntityType.values()));
                }
            }
        }
        return types;
    }

    private static String single(MultivaluedMap<String, String> query, String name) {
        List<String> values = query.get(name);
        if (values == null) {
            return null;
        }
        if (values.size() > 1) {
            throw ProblemException.unprocessable(name, "must be given once");
        }
        return values.get(0);
    }

    private static Integer integer(MultivaluedMap<String, String> query, String name) {
        String value = single(query, name);
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.unprocessable(name, "must be an integer");
        }
    }

    private static Double decimal(MultivaluedMap<String, String> query, String name) {
        String value = single(query, name);
        try {
            Double number = value == null ? null : Double.valueOf(value.trim());
            if (number != null && !Double.isFinite(number)) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw ProblemException.unprocessable(name, "must be a number");
        }
    }
}
