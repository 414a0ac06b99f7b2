package dev.summarizer.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details.")
public record Problem(
        @Schema(description = "Identifies the kind of problem.", example = "urn:article-summarizer:problem:"
                + "text-too-large") String type,
        @Schema(description = "Short summary of the kind of problem.", example = "Text too large") String title,
        @Schema(description = "HTTP status.", example = "413") int status,
        @Schema(description = "What went wrong this time, and how to fix it.") String detail,
        @Schema(description = "The request path.", example = "/v1/summaries") String instance,
        @Schema(description = "The limit that was exceeded (413).", example = "200000") Long limit,
        @Schema(description = "The size that was sent (413).", example = "250000") Long actual,
        @Schema(description = "One entry per invalid field (422).") List<FieldError> errors,
        @Schema(description = "The supported values, when an unsupported one was asked for (422).")
        List<String> supported) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path (or query parameter) and what is wrong with it. */
    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "length.sentences") String field,
            @Schema(example = "must be at least 1") String message) {
    }

    static Problem of(int status, String slug, String title, String detail) {
        return new Problem("urn:article-summarizer:problem:" + slug, title, status, detail, null, null, null,
                null, null);
    }

    Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, limit, actual, errors, supported);
    }

    Problem withLimit(long limitValue, long actualValue) {
        return new Problem(type, title, status, detail, instance, limitValue, actualValue, errors, supported);
    }

    Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, limit, actual, fieldErrors, supported);
    }

    Problem withSupported(List<String> values) {
        return new Problem(type, title, status, detail, instance, limit, actual, errors, values);
    }
}
