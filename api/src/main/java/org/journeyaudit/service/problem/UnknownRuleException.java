package org.journeyaudit.service.problem;

/** A rule id the catalogue does not hold. */
public class UnknownRuleException extends RuntimeException {

    public UnknownRuleException(String message) {
        super(message);
    }
}
