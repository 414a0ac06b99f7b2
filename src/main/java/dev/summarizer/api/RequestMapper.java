package dev.summarizer.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.summarizer.analysis.AnalysisRequest;
import dev.summarizer.analysis.Deadline;
import dev.summarizer.api.dto.EntityOptions;
import dev.summarizer.api.dto.IncludeOption;
import dev.summarizer.api.dto.KeyphraseOptions;
import dev.summarizer.api.dto.LengthSpec;
import dev.summarizer.api.dto.SummaryOrder;
import dev.summarizer.api.dto.SummaryRequest;
import dev.summarizer.config.SummarizerConfig;
import dev.summarizer.entities.EntityType;
import dev.summarizer.nlp.NlpModels;
import dev.summarizer.summarize.LengthBudget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;

/** Turns validated API requests into analysis requests, applying limits and defaults. */
@ApplicationScoped
public class RequestMapper {

    /**
     * The options of text/plain and text/html bodies, as query parameters, with what each means (also the OpenAPI
     * description of the parameter); JSON bodies carry them as fields, except include, which works for every body.
     */
    static final Map<String, String> QUERY_OPTIONS = queryOptions();

    private static Map<String, String> queryOptions() {
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

    private final SummarizerConfig config;
    private final Validator validator;
    private final NlpModels models;

    public RequestMapper(SummarizerConfig config, Validator validator, NlpModels models) {
        this.config = config;
        this.validator = validator;
        this.models = models;
    }

    /**
     * Maps a JSON request whose bean constraints already hold.
     *
     * @throws ProblemException Thrown if the body is missing (400) or the text is over the limit (413).
     */
    public AnalysisRequest fromJson(SummaryRequest request) {
        if (request == null) {
            throw new ProblemException(Problem.of(400, "malformed-body", "Malformed body",
                    "The body is empty; send a JSON object with at least a \"text\" field."));
        }
        int maxChars = config.limits().maxChars();
        if (request.text().length() > maxChars) {
            throw new ProblemException(Problem.of(413, "text-too-large", "Text too large",
                    "The text has " + request.text().length() + " characters; the limit is " + maxChars
                            + ". Send a shorter text or split it.").withLimit(maxChars, request.text().length()));
        }
        EntityOptions entities = request.entities();
        Set<EntityType> types = entities == null || entities.types() == null ? EnumSet.allOf(EntityType.class)
                : EnumSet.copyOf(entities.types());
        int maxEntities = entities == null || entities.max() == null ? config.defaults().entities() : entities.max();
        int maxKeyphrases = request.keyphrases() == null || request.keyphrases().max() == null
                ? config.keyphrases().defaultMax() : request.keyphrases().max();
        return new AnalysisRequest(request.text(), request.title(), budgetOf(request.length()),
                request.order() == SummaryOrder.RANK, maxEntities, types, maxKeyphrases, languageOf(request),
                request.diversity() == null ? config.defaults().diversity() : request.diversity(),
                request.includes(IncludeOption.EXPLANATIONS));
    }

    /**
     * The requested language, or null to detect it.
     *
     * @throws ProblemException Thrown if the language has no models here (422, listing the supported ones).
     */
    private String languageOf(SummaryRequest request) {
        String language = request.language();
        if (language == null || language.equals("auto")) {
            return null;
        }
        if (!models.languages().contains(language)) {
            throw new ProblemException(ProblemMappers.invalidRequest(List.of(new Problem.FieldError("language",
                    "is not supported; supported: " + models.languages() + " or auto")))
                    .withSupported(models.languages()));
        }
        return language;
    }

    /**
     * Builds and validates a request from a text body and its query-parameter options, like a JSON request.
     *
     * @throws ProblemException Thrown if a parameter is unknown or not a number where one belongs (422).
     * @throws ConstraintViolationException Thrown if an option breaks a constraint (422).
     */
    public SummaryRequest validatedFromQuery(String text, MultivaluedMap<String, String> query) {
        for (String name : query.keySet()) {
            if (!QUERY_OPTIONS.containsKey(name)) {
                throw ProblemException.unprocessable(name, "is not a known option; known: "
                        + QUERY_OPTIONS.keySet().stream().sorted().toList());
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
        SummaryRequest request = new SummaryRequest(text, single(query, "title"), length,
                order == null ? null : parseOrder(order), entities,
                query.containsKey("keyphrases.max") ? new KeyphraseOptions(integer(query, "keyphrases.max")) : null,
                single(query, "language"), null, decimal(query, "diversity"), null).including(includes(query));
        Set<ConstraintViolation<SummaryRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    /** The deadline of an analysis starting now. */
    public Deadline deadline() {
        return Deadline.after(config.limits().deadline());
    }

    private LengthBudget budgetOf(LengthSpec length) {
        if (length == null) {
            return LengthBudget.sentences(config.defaults().sentences());
        }
        if (length.sentences() != null) {
            return new LengthBudget(LengthBudget.Unit.SENTENCES, length.sentences());
        }
        if (length.ratio() != null) {
            return new LengthBudget(LengthBudget.Unit.RATIO, length.ratio());
        }
        if (length.words() != null) {
            return new LengthBudget(LengthBudget.Unit.WORDS, length.words());
        }
        return new LengthBudget(LengthBudget.Unit.CHARACTERS, length.characters());
    }

    private static SummaryOrder parseOrder(String value) {
        try {
            return SummaryOrder.parse(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable("order", e.getMessage());
        }
    }

    /**
     * The optional parts named by the {@code include} query parameter (repeated or comma-separated).
     *
     * @throws ProblemException Thrown if a name is not an option (422).
     */
    public static Set<IncludeOption> includes(MultivaluedMap<String, String> query) {
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
