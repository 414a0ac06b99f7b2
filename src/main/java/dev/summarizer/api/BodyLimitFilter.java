package dev.summarizer.api;

import dev.summarizer.config.SummarizerConfig;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a body whose declared Content-Length is over {@code summarizer.limits.max-body-bytes} (for batches
 * {@code max-batch-body-bytes}) with a 413
 * problem naming the limit, before a byte of it is read. (The HTTP server's own limit answers with an empty
 * 413, so it is set higher and only stops bodies that arrive without a length.)
 */
@ApplicationScoped
public class BodyLimitFilter {

    private final long maxBodyBytes;
    private final long maxBatchBodyBytes;

    public BodyLimitFilter(SummarizerConfig config) {
        this.maxBodyBytes = config.limits().maxBodyBytes();
        this.maxBatchBodyBytes = config.limits().maxBatchBodyBytes();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader("Content-Length");
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            length = -1;
        }
        long limit = context.request().path().startsWith(BatchResource.PATH) ? maxBatchBodyBytes : maxBodyBytes;
        if (length <= limit) {
            context.next();
            return;
        }
        Problem problem = Problem.of(413, "body-too-large", "Body too large", "The request body has " + length
                + " bytes; the limit is " + limit + ". Send a shorter text.")
                .withLimit(limit, length).withInstance(context.request().path());
        context.response().setStatusCode(413)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(Json.encode(problem));
    }
}
