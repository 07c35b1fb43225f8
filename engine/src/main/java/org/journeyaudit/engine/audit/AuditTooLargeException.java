package org.journeyaudit.engine.audit;

/**
 * An audit stopped because it went over its {@link AuditBudget}: the journey is input the engine refuses,
 * not an internal failure. The message is a plain sentence for the user naming the journey and the limit.
 */
public final class AuditTooLargeException extends RuntimeException {

    private final String journeyId;

    public AuditTooLargeException(String journeyId, String message) {
        super(message, null, false, false);
        this.journeyId = journeyId;
    }

    public String journeyId() {
        return journeyId;
    }
}
