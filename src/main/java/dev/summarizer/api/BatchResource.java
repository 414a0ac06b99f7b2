package dev.summarizer.api;

import dev.summarizer.api.dto.BatchRequest;
import dev.summarizer.api.dto.BatchResponse;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /v1/summaries/batch}: several articles, one result or problem each. */
@Path(BatchResource.PATH)
@Tag(name = "Summaries")
public class BatchResource {

    static final String PATH = "/v1/summaries/batch";

    private final BatchService batches;

    public BatchResource(BatchService batches) {
        this.batches = batches;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Summarise several articles",
            description = "Up to summarizer.limits.max-batch-documents documents (default 25) and a body of at most "
                    + "summarizer.limits.max-batch-body-bytes (default 8 MiB). The answer is 200 with one entry per "
                    + "document: its result, or the problem it alone would have got (partial success). Documents "
                    + "are analysed in parallel, one per core.")
    public BatchResponse summarize(@Valid BatchRequest batch) {
        if (batch == null) {
            throw new ProblemException(Problem.of(400, "malformed-body", "Malformed body",
                    "The body is empty; send a JSON object with a \"documents\" array."));
        }
        return batches.summarize(batch);
    }
}
