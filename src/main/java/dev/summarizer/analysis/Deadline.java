package dev.summarizer.analysis;

import java.time.Duration;

/**
 * A point in time by which an analysis must finish. The pipeline checks it between stages and inside its
 * per-sentence loops, so an input that would take too long is abandoned promptly instead of holding a worker.
 */
public final class Deadline {

    /** No deadline, for tools and tests. */
    public static final Deadline NONE = new Deadline(Long.MAX_VALUE, Duration.ZERO);

    private final long endNanos;
    private final Duration budget;

    private Deadline(long endNanos, Duration budget) {
        this.endNanos = endNanos;
        this.budget = budget;
    }

    /** A deadline {@code budget} from now. */
    public static Deadline after(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos(), budget);
    }

    /**
     * Returns if there is time left.
     *
     * @throws DeadlineExceededException Thrown if the deadline has passed.
     */
    public void check() {
        if (endNanos != Long.MAX_VALUE && System.nanoTime() - endNanos > 0) {
            throw new DeadlineExceededException(budget);
        }
    }

    /** Thrown when an analysis runs past its deadline. */
    public static final class DeadlineExceededException extends RuntimeException {
        private final transient Duration budget;

        DeadlineExceededException(Duration budget) {
            super("analysis took longer than " + budget.toMillis() + " ms", null, false, false);
            this.budget = budget;
        }

        public Duration budget() {
            return budget;
        }
    }
}
