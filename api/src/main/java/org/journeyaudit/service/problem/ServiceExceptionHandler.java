package org.journeyaudit.service.problem;

import org.journeyaudit.engine.document.InvalidDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every failure becomes a problem detail with the service's own stable type: never a stack trace,
 * never a class name, never the framework's wording about its internals.
 */
@RestControllerAdvice
class ServiceExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceExceptionHandler.class);

    @ExceptionHandler(InvalidDocumentException.class)
    ProblemDetail invalidDocument(InvalidDocumentException e) {
        int count = e.problems().size();
        return switch (e.kind()) {
            case TOO_LARGE -> Problems.ofDocument(ProblemType.PAYLOAD_TOO_LARGE, e.problems().get(0).message(), e.problems());
            case MALFORMED, UNREADABLE -> Problems.ofDocument(ProblemType.MALFORMED_DOCUMENT, e.problems().get(0).message(), e.problems());
            case INVALID -> Problems.ofDocument(ProblemType.INVALID_DOCUMENT,
                    "the " + e.documentName() + " has " + count + (count == 1 ? " problem" : " problems"), e.problems());
        };
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail payloadTooLarge(PayloadTooLargeException e) {
        return Problems.of(ProblemType.PAYLOAD_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(UnknownRuleException.class)
    ProblemDetail unknownRule(UnknownRuleException e) {
        return Problems.of(ProblemType.UNKNOWN_RULE, e.getMessage());
    }

    @ExceptionHandler(BadParameterException.class)
    ProblemDetail badParameter(BadParameterException e) {
        return Problems.of(ProblemType.BAD_PARAMETER, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return Problems.of(ProblemType.BAD_PARAMETER, "'" + e.getValue() + "' is not a valid value for '" + e.getName() + "'");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        LOG.error("request failed", e);
        return Problems.of(ProblemType.INTERNAL_ERROR, "the service failed to answer this request");
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (ex instanceof HttpMessageNotReadableException unreadable && unreadable.getRootCause() instanceof PayloadTooLargeException tooLarge) {
            return ResponseEntity.status(ProblemType.PAYLOAD_TOO_LARGE.status()).headers(headers).body(payloadTooLarge(tooLarge));
        }
        ProblemDetail problem = problemOf(ex, status);
        if (status.is5xxServerError()) {
            LOG.error("request failed", ex);
        }
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }

    /** Spring MVC's own failures, in the service's words. */
    private static ProblemDetail problemOf(Exception ex, HttpStatusCode status) {
        if (ex instanceof HttpMediaTypeNotSupportedException e) {
            return Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Type '" + (e.getContentType() == null ? "none" : e.getContentType())
                    + "' is not supported; send application/json or application/yaml");
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException e) {
            return Problems.of(ProblemType.NOT_ACCEPTABLE, "this resource is available as " + e.getSupportedMediaTypes());
        }
        if (ex instanceof HttpRequestMethodNotSupportedException e) {
            return Problems.of(ProblemType.METHOD_NOT_ALLOWED, e.getMethod() + " is not supported here; use " + e.getSupportedHttpMethods());
        }
        if (ex instanceof NoResourceFoundException e) {
            return Problems.of(ProblemType.NOT_FOUND, "nothing is served at /" + e.getResourcePath());
        }
        if (ex instanceof MissingServletRequestParameterException e) {
            return Problems.of(ProblemType.BAD_PARAMETER, "the query parameter '" + e.getParameterName() + "' is required");
        }
        if (ex instanceof HttpMessageNotReadableException) {
            return Problems.of(ProblemType.BAD_REQUEST, "the request has no readable body");
        }
        return status.is5xxServerError()
                ? Problems.of(ProblemType.INTERNAL_ERROR, "the service failed to answer this request")
                : Problems.of(ProblemType.BAD_REQUEST, "the request cannot be served as it is");
    }
}
