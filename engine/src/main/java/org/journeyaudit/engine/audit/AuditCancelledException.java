package org.journeyaudit.engine.audit;

/**
 * An audit stopped because the thread running it was interrupted (the client that asked for it has gone):
 * the session is halted and disposed and nothing is reported.
 */
public final class AuditCancelledException extends RuntimeException {

    public AuditCancelledException(String journeyId) {
        super("the audit of journey '" + journeyId + "' was cancelled", null, false, false);
    }
}
