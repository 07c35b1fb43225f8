package org.journeyaudit.service.work;

import java.time.Duration;

/**
 * A request that audits was not answered within its deadline ({@code journey-audit.audit.max-duration}
 * and 5 s more): either its audit ran past it, between two rule firings where the budget is not checked,
 * or it never got a worker. Its audit, if running, has been interrupted.
 */
public final class AnswerDeadlineException extends RuntimeException {

    private final boolean started;
    private final Duration deadline;

    AnswerDeadlineException(boolean started, Duration deadline) {
        super(null, null, false, false);
        this.started = started;
        this.deadline = deadline;
    }

    /** True when the audit had started on a worker; false when it was still waiting for one. */
    public boolean started() {
        return started;
    }

    public Duration deadline() {
        return deadline;
    }
}
