package org.journeyaudit.service.work;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.journeyaudit.engine.audit.AuditCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.async.CallableProcessingInterceptor;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The audits the workers are running now, each watched for its client leaving: an audit nobody waits for
 * any more is interrupted and stops at its next rule firing ({@link AuditCancelledException}), so a client
 * that sends a costly journey and hangs up does not keep a worker busy.
 *
 * <p>Tomcat does not tell an application that a client closed its connection while an asynchronous request
 * is being worked on. It does read from the connection when asked how many bytes of a request body are
 * available and a read listener is set: a closed connection then shows as bytes to read. So each running
 * audit's request gets a read listener (its body was read before the audit started), and a watcher asks
 * every {@link #WATCH_INTERVAL_MILLIS} ms. A client that sends its next request on the same connection
 * before this one is answered (HTTP pipelining, which no browser does) is taken as gone too.
 */
public class RunningAudits implements CallableProcessingInterceptor, DisposableBean {

    static final long WATCH_INTERVAL_MILLIS = 250;

    private static final Logger LOG = LoggerFactory.getLogger(RunningAudits.class);
    private static final String STARTED = RunningAudits.class.getName() + ".started";

    private final Set<Watched> watched = ConcurrentHashMap.newKeySet();
    /** The audit the current worker runs, from just before it starts to just after it ends. */
    private final ThreadLocal<Watched> current = new ThreadLocal<>();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong cancelled = new AtomicLong();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "journey-audit-client-watch");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration deadline;

    RunningAudits(Duration deadline) {
        this.deadline = deadline;
        watcher.scheduleWithFixedDelay(this::watch, WATCH_INTERVAL_MILLIS, WATCH_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** How many audits the workers are running now. */
    public int running() {
        return running.get();
    }

    /** How many audits were stopped since the start because their client had gone or their request ran out of time. */
    public long cancelled() {
        return cancelled.get();
    }

    /** Runs on the worker, just before the audit: from here on, the client leaving interrupts this thread. */
    @Override
    public <T> void preProcess(NativeWebRequest request, Callable<T> task) {
        running.incrementAndGet();
        ServletInputStream body = bodyOf(request);
        Watched audit = new Watched(body, Thread.currentThread());
        request.setAttribute(STARTED, audit, RequestAttributes.SCOPE_REQUEST);
        current.set(audit);
        if (body != null) {
            watched.add(audit);
        }
    }

    /** Runs on the worker, just after the audit, whatever its result: the thread is no longer this request's. */
    @Override
    public <T> void postProcess(NativeWebRequest request, Callable<T> task, Object result) {
        // the request may be answered and recycled by now (its deadline passed): only this thread's own state is used
        running.decrementAndGet();
        Watched audit = current.get();
        current.remove();
        boolean stopped = audit != null && audit.end();
        if (audit != null) {
            watched.remove(audit);
        }
        // stopped: the client has gone or its answer is already given; nothing failed, nobody waits for this
        // (an audit stopped within its last rule firing may end without noticing, hence the audit's own mark)
        if (result instanceof AuditCancelledException || stopped) {
            cancelled.incrementAndGet();
            LOG.debug("an audit was stopped: {}", result instanceof Throwable t ? t.getMessage() : "interrupted as it ended");
        }
    }

    /**
     * The request was not answered in time: answered as an audit that ran too long, or as a service too busy
     * to start it. Spring MVC has already interrupted the audit, if it was running.
     */
    @Override
    public <T> Object handleTimeout(NativeWebRequest request, Callable<T> task) {
        boolean started = request.getAttribute(STARTED, RequestAttributes.SCOPE_REQUEST) instanceof Watched audit && audit.stop();
        return new AnswerDeadlineException(started, deadline);
    }

    /** The request's body stream in the non-blocking mode that lets its connection be watched; null where it cannot be. */
    private static ServletInputStream bodyOf(NativeWebRequest request) {
        HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
        if (servletRequest == null || !servletRequest.isAsyncStarted()) {
            return null;
        }
        try {
            ServletInputStream body = servletRequest.getInputStream();
            body.setReadListener(NOTHING_MORE_TO_READ);
            return body;
        } catch (IOException | IllegalStateException | UnsupportedOperationException notWatchable) {
            LOG.debug("the client of {} cannot be watched: {}", servletRequest.getRequestURI(), notWatchable.getMessage());
            return null;
        }
    }

    private void watch() {
        for (Watched audit : watched) {
            try {
                if (audit.clientHasGone()) {
                    watched.remove(audit);
                }
            } catch (RuntimeException unexpected) {
                // the watcher must outlive any one request's failure
                watched.remove(audit);
                LOG.debug("a client can no longer be watched: {}", unexpected.getMessage());
            }
        }
    }

    @Override
    public void destroy() {
        watcher.shutdownNow();
    }

    /** One running audit: its request's body stream (null when it cannot be watched) and the worker running it. */
    private static final class Watched {
        private final ServletInputStream body;
        private final Thread worker;
        private boolean ended;
        private boolean stopped;

        Watched(ServletInputStream body, Thread worker) {
            this.body = body;
            this.worker = worker;
        }

        /** Interrupts the worker if the client has closed its connection; true once it has. */
        synchronized boolean clientHasGone() {
            if (ended) {
                return true;
            }
            if (body == null) {
                return false;
            }
            boolean gone;
            try {
                gone = body.available() > 0;
            } catch (IOException closed) {
                gone = true;
            }
            if (gone) {
                stop();
            }
            return gone;
        }

        /** Marks the audit stopped and interrupts its worker, unless it has ended; true either way, as it had started. */
        synchronized boolean stop() {
            if (!ended) {
                stopped = true;
                ended = true;
                worker.interrupt();
            }
            return true;
        }

        /** The audit is over: its worker must not be interrupted for this request any more. True if it was stopped. */
        synchronized boolean end() {
            ended = true;
            return stopped;
        }
    }

    private static final ReadListener NOTHING_MORE_TO_READ = new ReadListener() {
        @Override
        public void onDataAvailable() {
            // the body was read in full before the audit started; bytes after it are not this request's
        }

        @Override
        public void onAllDataRead() {
            // nothing to do: the audit already has the whole body
        }

        @Override
        public void onError(Throwable failure) {
            LOG.debug("the connection of a running audit failed: {}", failure.getMessage());
        }
    };
}
