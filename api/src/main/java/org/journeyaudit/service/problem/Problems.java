package org.journeyaudit.service.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.audit.RequestProblem;
import org.journeyaudit.engine.document.Problem;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem details of the service's own types. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    /** A problem of the type's kind answered with another status of the same class (a 4xx that has no type of its own). */
    public static ProblemDetail of(ProblemType type, int status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatusCode.valueOf(status), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    /** A document's problems, each as the command line's JSON lists them. */
    public static ProblemDetail ofDocument(ProblemType type, String detail, List<Problem> problems) {
        ProblemDetail problem = of(type, detail);
        problem.setProperty("problems", problems.stream().map(Problems::located).toList());
        return problem;
    }

    /**
     * An audit request's problems, each at the query parameter it is about, with the value given, what is
     * wrong and the values allowed; {@code detail} is the one problem, or names the parameters when several are wrong.
     */
    public static ProblemDetail ofRequest(List<RequestProblem> problems) {
        List<String> parameters = problems.stream().map(p -> RequestParameters.name(p.field())).distinct().toList();
        ProblemDetail problem = of(ProblemType.BAD_PARAMETER, problems.size() == 1
                ? RequestParameters.name(problems.get(0).field()) + ": " + problems.get(0).message()
                : "the query parameters " + String.join(", ", parameters) + " are invalid; 'problems' says why");
        problem.setProperty("problems", problems.stream().map(Problems::located).toList());
        return problem;
    }

    /** One service parameter's problem, located as an audit request's are. */
    public static ProblemDetail ofParameter(BadParameterException e) {
        ProblemDetail problem = of(ProblemType.BAD_PARAMETER, e.parameter() + ": " + e.getMessage());
        Map<String, Object> located = new LinkedHashMap<>();
        located.put("parameter", e.parameter());
        located.put("value", e.value());
        located.put("message", e.getMessage());
        located.put("allowed", e.allowed());
        problem.setProperty("problems", List.of(located));
        return problem;
    }

    static Map<String, Object> located(RequestProblem problem) {
        Map<String, Object> located = new LinkedHashMap<>();
        located.put("parameter", RequestParameters.name(problem.field()));
        if (problem.entry() != null) {
            located.put("entry", problem.entry());
        }
        located.put("value", problem.given());
        located.put("message", problem.message());
        located.put("allowed", problem.allowed());
        return located;
    }

    static Map<String, Object> located(Problem problem) {
        Map<String, Object> located = new LinkedHashMap<>();
        located.put("pointer", problem.pointer());
        located.put("path", problem.yamlPath());
        if (problem.location().known()) {
            located.put("line", problem.location().line());
            located.put("column", problem.location().column());
        }
        located.put("message", problem.message());
        return located;
    }
}
