package dev.summarizer.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * The {@code errors} of a 422 problem: which request field is wrong and why, from Bean Validation violations or
 * from JSON that does not fit the schema, with field paths as the caller wrote them.
 */
final class FieldErrors {

    private static final Map<Class<?>, String> JSON_TYPES = Map.of(
            Integer.class, "an integer", int.class, "an integer", Long.class, "an integer",
            Double.class, "a number", double.class, "a number", String.class, "a string",
            Boolean.class, "true or false", List.class, "an array");

    private FieldErrors() {
    }

    /** One error per violation, sorted by field and message. */
    static List<Problem.FieldError> fromViolations(Collection<ConstraintViolation<?>> violations) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            errors.add(new Problem.FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        return errors;
    }

    /** The error for a JSON value that does not fit the field it was sent for. */
    static Problem.FieldError fromJsonMapping(JsonMappingException e) {
        return new Problem.FieldError(pathOf(e), shapeMessage(e));
    }

    /** "summarize.request.length.sentences" becomes "length.sentences"; a container element gets its index. */
    private static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return field.length() > 0 ? field.toString() : "body";
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                field.append(field.length() > 0 ? "." : "").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.length() > 0 ? field.toString() : "body";
    }

    private static String shapeMessage(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "is not a known field; known fields here: " + unknown.getKnownPropertyIds();
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            return "must be one of " + List.of(invalid.getTargetType().getEnumConstants());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + jsonTypeOf(mismatch.getTargetType());
        }
        // Why: a value our own parsing rejected (e.g. SummaryOrder); its message is written for callers.
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        return "has an invalid value";
    }

    private static String jsonTypeOf(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        return JSON_TYPES.getOrDefault(type, type.isRecord() ? "an object" : "of another type");
    }
}
