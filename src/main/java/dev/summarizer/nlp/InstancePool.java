package dev.summarizer.nlp;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps idle instances of a class that is costly to build and not thread-safe (an OpenNLP {@code NameFinderME}
 * builds its feature generators from XML, about 0.1 ms). A caller borrows an instance, uses it alone, and
 * releases it; the pool resets it on release so no state (such as a name finder's adaptive data) passes from
 * one document to the next. The queue hand-off orders each use after the previous one, so an instance is never
 * seen by two threads at once. Never blocks: an empty pool builds a new instance; a full one drops the returned
 * instance.
 *
 * <p>Thread-safe.
 */
public final class InstancePool<T> {

    private final ConcurrentLinkedQueue<T> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private final Supplier<T> factory;
    private final Consumer<T> reset;
    private final int maxIdle;

    /**
     * @param factory builds a new instance
     * @param reset clears an instance's per-use state before it is reused
     * @param maxIdle most instances kept while unused
     */
    public InstancePool(Supplier<T> factory, Consumer<T> reset, int maxIdle) {
        this.factory = factory;
        this.reset = reset;
        this.maxIdle = maxIdle;
    }

    /** An instance for the caller's exclusive use until {@link #release}. */
    public T borrow() {
        T instance = idle.poll();
        if (instance == null) {
            return factory.get();
        }
        idleCount.decrementAndGet();
        return instance;
    }

    /** Gives an instance back; it must not be used by the caller afterwards. */
    public void release(T instance) {
        reset.accept(instance);
        if (idleCount.incrementAndGet() <= maxIdle) {
            idle.offer(instance);
        } else {
            idleCount.decrementAndGet();
        }
    }
}
