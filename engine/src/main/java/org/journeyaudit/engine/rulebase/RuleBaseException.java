package org.journeyaudit.engine.rulebase;

/** The rule pack on the class path is incomplete or inconsistent: a defect of the build, not of the user's input. */
public class RuleBaseException extends RuntimeException {

    public RuleBaseException(String message) {
        super(message);
    }

    public RuleBaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
