package dev.summarizer.nlp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Reads models on all cores at once, so start-up takes about the time of the largest model rather than the sum
 * of all. A failure surfaces, with its message naming the path, when its result is taken.
 */
final class ParallelLoader implements AutoCloseable {

    private final ModelSource source;
    private final ExecutorService threads = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), runnable -> {
                Thread thread = new Thread(runnable, "model-loader");
                thread.setDaemon(true);
                return thread;
            });

    ParallelLoader(ModelSource source) {
        this.source = source;
    }

    /** Starts reading a model; the supplier waits for it. */
    <T> Supplier<ModelSource.LoadedModel<T>> load(String kind, String fileName, ModelSource.Parser<T> parser) {
        CompletableFuture<ModelSource.LoadedModel<T>> pending =
                CompletableFuture.supplyAsync(() -> source.load(kind, fileName, parser), threads);
        return () -> {
            try {
                return pending.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        };
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
