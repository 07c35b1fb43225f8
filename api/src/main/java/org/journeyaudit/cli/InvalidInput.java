package org.journeyaudit.cli;

import org.journeyaudit.engine.document.InvalidDocumentException;

/** A document the command cannot use at all (a checks file, a profile, a change request): nothing runs; exit code 3. */
final class InvalidInput extends RuntimeException {

    private final Refusal refusal;
    private final transient InvalidDocumentException document;

    InvalidInput(Refusal refusal, InvalidDocumentException document) {
        super(document.getMessage(), document, false, false);
        this.refusal = refusal;
        this.document = document;
    }

    Refusal refusal() {
        return refusal;
    }

    InvalidDocumentException document() {
        return document;
    }
}
