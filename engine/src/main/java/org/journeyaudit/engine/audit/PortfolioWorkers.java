package org.journeyaudit.engine.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Does one piece of work per journey of a portfolio (read it, audit it, write its report) on every core,
 * and hands the results back in the journeys' order, so that a portfolio's report is the same, byte for
 * byte, however many cores did the work. Each journey is audited in a session of its own on the one shared
 * rule base ({@link Auditor} is thread-safe). When a piece fails, the failure of the first journey in order
 * is thrown, as a journey-by-journey run would have stopped there, and the work still pending is cancelled.
 */
public final class PortfolioWorkers {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int workers;

    /** As many workers as the machine has cores. */
    public PortfolioWorkers() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public PortfolioWorkers(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("a portfolio needs at least one worker, not " + workers);
        }
        this.workers = workers;
    }

    public int workers() {
        return workers;
    }

    /** {@code work} applied to each item, the results in the items' order. */
    public <T, R> List<R> each(List<T> items, Function<? super T, ? extends R> work) {
        if (workers == 1 || items.size() < 2) {
            List<R> results = new ArrayList<>(items.size());
            items.forEach(item -> results.add(work.apply(item)));
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, items.size()), threads());
        try {
            List<Future<R>> pending = new ArrayList<>(items.size());
            for (T item : items) {
                pending.add(pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> result : pending) {
                results.add(awaited(result, pending));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R awaited(Future<R> result, List<? extends Future<?>> all) {
        try {
            return result.get();
        } catch (ExecutionException failed) {
            all.forEach(f -> f.cancel(true));
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException interrupted) {
            all.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new CancellationException("the portfolio's audit was interrupted");
        }
    }

    /** Daemon threads: a portfolio left behind by a failure never keeps the process alive. */
    private static ThreadFactory threads() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "portfolio-" + pool + "-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
