package org.journeyaudit.engine.audit;

import java.util.List;

/** An audit request with values the engine does not understand: every problem, in the order of the request's parts. */
public class InvalidRequestException extends RuntimeException {

    private final List<RequestProblem> problems;

    public InvalidRequestException(List<RequestProblem> problems) {
        super(problems.size() == 1 ? problems.get(0).message() : problems.size() + " problems in the request", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<RequestProblem> problems() {
        return problems;
    }
}
