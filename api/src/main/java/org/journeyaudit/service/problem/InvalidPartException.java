package org.journeyaudit.service.problem;

import org.journeyaudit.engine.document.InvalidDocumentException;

/** One part of an evidence upload refused: which part (journey, log, mapping) and why, located in that part. */
public final class InvalidPartException extends RuntimeException {

    private final String part;
    private final InvalidDocumentException refusal;

    public InvalidPartException(String part, InvalidDocumentException refusal) {
        super(refusal.getMessage(), refusal, false, false);
        this.part = part;
        this.refusal = refusal;
    }

    public String part() {
        return part;
    }

    public InvalidDocumentException refusal() {
        return refusal;
    }
}
