package org.journeyaudit.service.problem;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The error page: where Tomcat sends what no controller answered (a status set outside Spring MVC, such as
 * {@code /WEB-INF/...}, which Tomcat itself refuses). Answers the problem detail of the status, so the
 * service never shows Spring Boot's own error JSON or page. Asked for directly, {@code /error} is a path
 * like any other that serves nothing.
 */
@RestController
class ServiceErrorController implements ErrorController {

    @RequestMapping(path = "${server.error.path:/error}", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String path = status instanceof Integer ? (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : request.getRequestURI();
        ProblemDetail problem = ErrorProblems.of(status instanceof Integer code ? code : 404, path);
        problem.setInstance(instance(path));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The path the client asked for, as the problem's {@code instance}; the error page's own path says nothing to it. */
    private static URI instance(String path) {
        try {
            return path == null ? null : new URI(null, null, path, null);
        } catch (URISyntaxException unusable) {
            return null;
        }
    }
}
