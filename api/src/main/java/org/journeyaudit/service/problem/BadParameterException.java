package org.journeyaudit.service.problem;

/** A query parameter with a value the service does not understand. */
public class BadParameterException extends RuntimeException {

    public BadParameterException(String message) {
        super(message);
    }
}
