package org.journeyaudit.service.problem;

/** A {@code /problems/<kind>} the service does not answer with. */
class UnknownProblemTypeException extends RuntimeException {

    UnknownProblemTypeException(String slug) {
        super("the service has no problem type '" + slug + "'");
    }
}
