package org.journeyaudit.service.problem;

/** A request the service refuses as a problem of the given type; the message is the problem's detail. */
public class RefusedException extends RuntimeException {

    private final ProblemType type;

    public RefusedException(ProblemType type, String detail) {
        super(detail);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }
}
