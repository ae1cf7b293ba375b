package io.headwater.ingest;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

/**
 * The time one article may take from reading to writing, passed through the stages. Each stage says when
 * it starts ({@link #enter}) and checks the clock inside its long loops ({@link #check}); once the budget
 * is spent the next check throws {@link ArticleBudgetExceededException}, before anything reached the graph
 * or, in the write, rolling its transaction back. It also keeps the time each stage took, which benchmarks
 * read. One article, one thread at a time: not thread-safe.
 */
public final class Deadline {

    private static final long UNLIMITED = Long.MAX_VALUE;

    private final LongSupplier clock;
    private final long budgetNanos;
    private final long start;
    private final Map<String, Long> spent = new LinkedHashMap<>();
    private String stage = "waiting";
    private long stageStart;

    private Deadline(Duration budget, LongSupplier clock) {
        this.clock = clock;
        this.budgetNanos = budget == null ? UNLIMITED : Math.max(0, budget.toNanos());
        this.start = clock.getAsLong();
        this.stageStart = start;
    }

    /** A deadline {@code budget} from now. */
    public static Deadline after(Duration budget) {
        return new Deadline(budget, System::nanoTime);
    }

    /** A deadline {@code budget} from now on {@code clock} (nanoseconds), for tests. */
    public static Deadline after(Duration budget, LongSupplier clock) {
        return new Deadline(budget, clock);
    }

    /**
     * {@code seconds} as a duration, for a budget or time limit read from a setting.
     *
     * @throws IllegalArgumentException unless it is a positive number, naming {@code setting}
     */
    public static Duration seconds(double seconds, String setting) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException(setting + " must be a positive number of seconds (got " + seconds + ")");
        }
        return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    }

    /** No limit: the stages still say where the time goes. */
    public static Deadline unlimited() {
        return new Deadline(null, System::nanoTime);
    }

    /**
     * Marks the start of {@code next} (the stage before it ends here).
     *
     * @throws ArticleBudgetExceededException when the budget is spent
     */
    public void enter(String next) {
        long now = clock.getAsLong();
        spent.merge(stage, now - stageStart, Long::sum);
        stage = next;
        stageStart = now;
        check(now);
    }

    /**
     * Throws when the budget is spent; cheap enough to call once per sentence or per loop round.
     *
     * @throws ArticleBudgetExceededException when the budget is spent
     */
    public void check() {
        if (budgetNanos != UNLIMITED) {
            check(clock.getAsLong());
        }
    }

    private void check(long now) {
        if (budgetNanos != UNLIMITED && now - start > budgetNanos) {
            throw new ArticleBudgetExceededException(Duration.ofNanos(budgetNanos), stage);
        }
    }

    /** The time left; absent without a limit. */
    public @Nullable Duration remaining() {
        if (budgetNanos == UNLIMITED) {
            return null;
        }
        return Duration.ofNanos(Math.max(0, budgetNanos - (clock.getAsLong() - start)));
    }

    /** The whole budget; absent without a limit. */
    public @Nullable Duration budget() {
        return budgetNanos == UNLIMITED ? null : Duration.ofNanos(budgetNanos);
    }

    /** The stage running now. */
    public String stage() {
        return stage;
    }

    /** Time spent in each stage so far, in the order they ran (the current one up to now). */
    public Map<String, Duration> stageTimes() {
        Map<String, Duration> out = new LinkedHashMap<>();
        spent.forEach((k, v) -> {
            out.put(k, Duration.ofNanos(v));
        });
        out.merge(stage, Duration.ofNanos(clock.getAsLong() - stageStart), Duration::plus);
        return out;
    }
}
