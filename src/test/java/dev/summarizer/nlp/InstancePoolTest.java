package dev.summarizer.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class InstancePoolTest {

    /** A stand-in for a stateful, non-thread-safe tool. */
    static final class Tool {
        final List<String> state = new ArrayList<>();
        final AtomicInteger users = new AtomicInteger();
    }

    @Test
    void releasedInstanceIsResetAndReused() {
        InstancePool<Tool> pool = new InstancePool<>(Tool::new, t -> t.state.clear(), 4);
        Tool first = pool.borrow();
        first.state.add("document one");
        pool.release(first);
        Tool second = pool.borrow();
        assertSame(first, second);
        assertTrue(second.state.isEmpty(), "no state passes between documents");
    }

    @Test
    void emptyPoolBuildsAndFullPoolDrops() {
        AtomicInteger built = new AtomicInteger();
        InstancePool<Tool> pool = new InstancePool<>(() -> {
            built.incrementAndGet();
            return new Tool();
        }, t -> { }, 1);
        Tool a = pool.borrow();
        Tool b = pool.borrow();
        assertNotSame(a, b);
        pool.release(a);
        pool.release(b);
        pool.borrow();
        pool.borrow();
        assertEquals(3, built.get(), "one was kept, one dropped");
    }

    @Test
    void noInstanceIsEverUsedByTwoThreadsAtOnce() throws Exception {
        InstancePool<Tool> pool = new InstancePool<>(Tool::new, t -> { }, 8);
        Set<String> violations = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            futures.add(threads.submit(() -> {
                Tool tool = pool.borrow();
                if (tool.users.incrementAndGet() != 1) {
                    violations.add("shared");
                }
                tool.users.decrementAndGet();
                pool.release(tool);
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        threads.shutdown();
        assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(Set.of(), violations);
    }
}
