package dev.summarizer.api;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.summarizer.analysis.Deadline;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one error contract: every failure becomes an RFC 9457 problem. 400 for a body that is not JSON, 422 for
 * JSON that does not fit the schema or breaks a rule, the status of any HTTP-level failure (404, 405, 406, 415),
 * and a generic 500 that never carries a class name or stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return respond(e.problem(), request);
    }

    @ServerExceptionMapper
    public Response tooSlow(Deadline.DeadlineExceededException e, HttpServerRequest request) {
        LOG.warnf("Analysis on %s passed its deadline of %d ms", request.path(), e.budget().toMillis());
        Response response = respond(deadlineProblem(e), request);
        response.getHeaders().putSingle("Retry-After", "1");
        return response;
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        return respond(invalidRequest(FieldErrors.fromViolations(e.getConstraintViolations())), request);
    }

    /**
     * The problem for a failure of one document inside a batch: the same contract as a single request.
     * Unexpected failures are logged and reported generically.
     */
    static Problem problemFor(RuntimeException e) {
        if (e instanceof ProblemException problem) {
            return problem.problem();
        }
        if (e instanceof ConstraintViolationException invalid) {
            return invalidRequest(FieldErrors.fromViolations(invalid.getConstraintViolations()));
        }
        if (e instanceof Deadline.DeadlineExceededException late) {
            return deadlineProblem(late);
        }
        LOG.error("Unexpected failure on a batch document", e);
        return internalError();
    }

    private static Problem deadlineProblem(Deadline.DeadlineExceededException e) {
        return Problem.of(503, "deadline-exceeded", "Deadline exceeded", "The analysis took longer than "
                + e.budget().toMillis() + " ms and was abandoned. Try a shorter text, or again when the service "
                + "is less busy.");
    }

    private static Problem internalError() {
        return Problem.of(500, "internal-error", "Internal error",
                "The request could not be processed. It has been logged; please try again.");
    }

    @ServerExceptionMapper
    public Response notJson(JsonProcessingException e, HttpServerRequest request) {
        return json(e, request);
    }

    /**
     * A JSON body that could not be read: over the reader's limits, broken JSON (also when the mapping step wrapped
     * the parser's error with the field it was reading) or JSON of the wrong shape. Only the parser's own message is
     * passed on, never another exception's (it may name classes).
     */
    private Response json(JsonProcessingException e, HttpServerRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException) {
                return respond(Problem.of(400, "malformed-body", "Malformed body", "The body exceeds what the JSON "
                        + "reader accepts (length of a number or string, or depth of nesting)."), request);
            }
            if (cause instanceof JsonParseException broken) {
                String message = broken.getOriginalMessage();
                String what = message.startsWith("Duplicate field") ? "The body gives a field twice: "
                        : "The body is not valid JSON: ";
                return respond(Problem.of(400, "malformed-body", "Malformed body",
                        what + message + locationOf(broken) + "."), request);
            }
        }
        if (e instanceof MismatchedInputException input) {
            return wrongInput(input, request);
        }
        if (e instanceof JsonMappingException shape) {
            return wrongShape(shape, request);
        }
        return respond(Problem.of(400, "malformed-body", "Malformed body", "The body could not be read as JSON."),
                request);
    }

    @ServerExceptionMapper
    public Response wrongShape(JsonMappingException e, HttpServerRequest request) {
        return respond(invalidRequest(List.of(FieldErrors.fromJsonMapping(e))), request);
    }

    @ServerExceptionMapper
    public Response wrongInput(MismatchedInputException e, HttpServerRequest request) {
        if (e.getPath().isEmpty()) {
            // Why: no field to blame, e.g. an empty body or a JSON array where an object belongs.
            return respond(Problem.of(400, "malformed-body", "Malformed body",
                    "The body must be a JSON object with at least a \"text\" field."), request);
        }
        return wrongShape(e, request);
    }

    @ServerExceptionMapper
    public Response bodyNotRead(IOException e, HttpServerRequest request) {
        // Why: the client sent less than it declared or hung up; not a server fault, nothing worth an error log.
        LOG.debugf("Body of %s %s could not be read: %s", request.method(), request.path(), e);
        return respond(Problem.of(400, "incomplete-body", "Incomplete body",
                "The request body could not be read completely (shorter than its Content-Length?)."), request);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        // Why: Quarkus REST wraps Jackson's parse errors of a JSON body in a plain 400; the client needs to know
        // where its JSON breaks, not only that it does.
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return json(json, request);
        }
        if (status >= 500) {
            return unexpected(e, request);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "HTTP " + status;
        String detail = switch (status) {
            case 404 -> "There is nothing at " + request.path() + ". The API is POST /v1/summaries.";
            case 405 -> request.method() + " is not allowed on " + request.path() + ".";
            case 406 -> "This resource answers application/json or text/plain.";
            case 415 -> "Send the article as application/json, text/plain or text/html (UTF-8).";
            default -> title + ".";
        };
        return respond(Problem.of(status, title.toLowerCase().replace(' ', '-'), title, detail), request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        LOG.errorf(e, "Unexpected failure on %s %s", request.method(), request.path());
        return respond(internalError(), request);
    }

    static Problem invalidRequest(List<Problem.FieldError> errors) {
        return Problem.of(422, "invalid-request", "Invalid request",
                "The request has invalid fields: see errors.").withErrors(errors);
    }

    private static Response respond(Problem problem, HttpServerRequest request) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(request.path()))
                .build();
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
