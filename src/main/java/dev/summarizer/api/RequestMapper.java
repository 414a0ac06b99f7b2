package dev.summarizer.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.summarizer.analysis.AnalysisRequest;
import dev.summarizer.analysis.Deadline;
import dev.summarizer.api.dto.EntityOptions;
import dev.summarizer.api.dto.IncludeOption;
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
        SummaryRequest request = QueryParameters.toRequest(text, query);
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
}
