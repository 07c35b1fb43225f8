package org.journeyaudit.service.problem;

import java.util.List;

/** A query parameter of the service's own (not an audit request's) with a value it does not take: answered as a 400 at it. */
public class BadParameterException extends RuntimeException {

    private final String parameter;
    private final String value;
    private final List<String> allowed;

    public BadParameterException(String parameter, String value, String message, List<String> allowed) {
        super(message, null, false, false);
        this.parameter = parameter;
        this.value = value;
        this.allowed = List.copyOf(allowed);
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }

    public List<String> allowed() {
        return allowed;
    }
}
