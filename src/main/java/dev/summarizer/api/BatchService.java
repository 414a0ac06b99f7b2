package dev.summarizer.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.summarizer.api.dto.BatchRequest;
import dev.summarizer.api.dto.BatchResponse;
import dev.summarizer.api.dto.SummaryRequest;
import dev.summarizer.config.SummarizerConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * Answers a batch: every document validated and analysed on its own, spread over a fixed pool of threads (one
 * per core by default), results in request order. A failing document gets its own problem; the others are not
 * affected. Thread-safe.
 */
@ApplicationScoped
public class BatchService {

    private final SummaryService summaries;
    private final Validator validator;
    private final int maxDocuments;
    private final ExecutorService workers;

    public BatchService(SummaryService summaries, Validator validator, SummarizerConfig config) {
        this.summaries = summaries;
        this.validator = validator;
        this.maxDocuments = config.limits().maxBatchDocuments();
        int threads = config.limits().batchThreads() > 0 ? config.limits().batchThreads()
                : Runtime.getRuntime().availableProcessors();
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "batch-analysis");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Answers every document of a batch whose envelope is valid.
     *
     * @throws ProblemException Thrown if the batch holds more documents than allowed (413).
     */
    public BatchResponse summarize(BatchRequest batch) {
        long started = System.nanoTime();
        List<BatchRequest.Document> documents = batch.documents();
        if (documents.size() > maxDocuments) {
            throw new ProblemException(Problem.of(413, "batch-too-large", "Batch too large", "The batch has "
                    + documents.size() + " documents; the limit is " + maxDocuments + ". Split it.")
                    .withLimit(maxDocuments, documents.size()));
        }
        List<CompletableFuture<BatchResponse.Item>> futures = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            BatchRequest.Document document = documents.get(i);
            String id = document.id() != null ? document.id() : String.valueOf(i);
            futures.add(CompletableFuture.supplyAsync(() -> answer(id, document.withDefaults(batch.defaults())),
                    workers));
        }
        List<BatchResponse.Item> items = futures.stream().map(CompletableFuture::join).toList();
        int failed = (int) items.stream().filter(item -> item.status() != 200).count();
        return new BatchResponse(items, new BatchResponse.Counts(items.size() - failed, failed,
                (System.nanoTime() - started) / 1_000_000));
    }

    private BatchResponse.Item answer(String id, SummaryRequest request) {
        try {
            Set<ConstraintViolation<SummaryRequest>> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            return new BatchResponse.Item(id, 200, summaries.summarize(request), null);
        } catch (RuntimeException e) {
            Problem problem = ProblemMappers.problemFor(e);
            return new BatchResponse.Item(id, problem.status(), null, problem);
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
