package dev.summarizer.api;

/** Thrown to answer a request with a problem body; mapped by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    static ProblemException unprocessable(String field, String message) {
        return new ProblemException(Problem.of(422, "invalid-request", "Invalid request",
                "The request has invalid fields.").withErrors(java.util.List.of(new Problem.FieldError(field,
                        message))));
    }
}
