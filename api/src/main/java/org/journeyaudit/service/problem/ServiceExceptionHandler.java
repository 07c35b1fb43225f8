package org.journeyaudit.service.problem;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.journeyaudit.engine.audit.AuditCancelledException;
import org.journeyaudit.engine.audit.AuditTooLargeException;
import org.journeyaudit.engine.audit.InvalidRequestException;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.service.ServiceProperties;
import org.journeyaudit.service.EvidenceUploads;
import org.journeyaudit.service.work.AnswerDeadlineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
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

    private final ServiceProperties.Audit audit;
    private final ServiceProperties.Evidence evidence;
    private final long evidenceRequestLimit;

    ServiceExceptionHandler(ServiceProperties properties) {
        this.audit = properties.audit();
        this.evidence = properties.evidence();
        this.evidenceRequestLimit = EvidenceUploads.maxRequestBytes(properties);
    }

    private static boolean isEvidence(WebRequest request) {
        return request instanceof ServletWebRequest servlet && EvidenceUploads.PATH.equals(servlet.getRequest().getRequestURI());
    }

    /** A part of an evidence upload: the document's problem, with the part it is in and the file name it was sent as. */
    @ExceptionHandler(InvalidPartException.class)
    ProblemDetail invalidPart(InvalidPartException e) {
        ProblemDetail problem = invalidDocument(e.refusal());
        problem.setProperty("part", e.part());
        problem.setProperty("file", e.refusal().source());
        return problem;
    }

    /** A form upload that cannot be parsed: the parts' framing is broken or cut short. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableUpload(MultipartException e) {
        return Problems.of(ProblemType.MALFORMED_REQUEST, "the multipart/form-data body cannot be read: its parts' boundaries "
                + "are missing or broken, or it ends before its last part");
    }

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

    @ExceptionHandler(RefusedException.class)
    ResponseEntity<ProblemDetail> refused(RefusedException e) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.type().status());
        if (e.type() == ProblemType.UNAUTHORIZED) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"journey-audit\"");
        }
        return answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problems.of(e.type(), e.getMessage()));
    }

    @ExceptionHandler(UnknownRuleException.class)
    ProblemDetail unknownRule(UnknownRuleException e) {
        return Problems.of(ProblemType.UNKNOWN_RULE, e.getMessage());
    }

    @ExceptionHandler(UnknownProblemTypeException.class)
    ProblemDetail unknownProblemType(UnknownProblemTypeException e) {
        return Problems.of(ProblemType.NOT_FOUND, e.getMessage());
    }

    /** The query an audit is asked with, checked by the engine as the command line's options are. */
    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException e) {
        return Problems.ofRequest(e.problems());
    }

    @ExceptionHandler(BadParameterException.class)
    ProblemDetail badParameter(BadParameterException e) {
        return Problems.ofParameter(e);
    }

    /** Tomcat could not decode the query string: a {@code %} escape that is not UTF-8 or not an escape at all. */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail undecodableQuery(InvalidParameterException e) {
        return Problems.of(ProblemType.BAD_PARAMETER, "the query string cannot be read: a '%' escape in it is not valid or not UTF-8");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return Problems.of(ProblemType.BAD_PARAMETER, "'" + e.getValue() + "' is not a valid value for '" + e.getName() + "'");
    }

    @ExceptionHandler(AuditTooLargeException.class)
    ProblemDetail auditTooLarge(AuditTooLargeException e) {
        return Problems.of(ProblemType.AUDIT_TOO_LARGE, e.getMessage());
    }

    /** The client has gone or was already answered: nothing failed and nobody reads this answer. */
    @ExceptionHandler(AuditCancelledException.class)
    ProblemDetail auditCancelled(AuditCancelledException e) {
        LOG.debug("{}", e.getMessage());
        return Problems.of(ProblemType.SERVICE_BUSY, "the audit was stopped before it ended; retry the request");
    }

    @ExceptionHandler(AnswerDeadlineException.class)
    ProblemDetail answerDeadline(AnswerDeadlineException e) {
        if (e.started()) {
            LOG.warn("an audit did not end within {}; it was interrupted", seconds(e.deadline()));
            return Problems.of(ProblemType.AUDIT_TOO_LARGE, "the audit did not end within " + seconds(e.deadline())
                    + ", the most one request may take; it was stopped");
        }
        LOG.warn("an audit waited {} for a worker and was not started", seconds(e.deadline()));
        return Problems.of(ProblemType.SERVICE_BUSY, "the audit waited " + seconds(e.deadline()) + " for a worker without getting one; retry later");
    }

    /** Every audit worker is taken and the queue is full: refused at once rather than left to wait. */
    @ExceptionHandler(RejectedExecutionException.class)
    ProblemDetail busy(RejectedExecutionException e) {
        LOG.warn("an audit was refused: every audit worker is busy and the queue is full");
        return Problems.of(ProblemType.SERVICE_BUSY, "every audit worker is busy and the queue of " + audit.queue()
                + " waiting audits is full; retry later");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        LOG.error("request failed", e);
        return Problems.of(ProblemType.INTERNAL_ERROR, "the service failed to answer this request");
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (ex instanceof HttpMessageNotReadableException unreadable && unreadable.getRootCause() instanceof PayloadTooLargeException tooLarge) {
            return ResponseEntity.status(ProblemType.PAYLOAD_TOO_LARGE.status()).headers(headers).body(payloadTooLarge(tooLarge));
        }
        ProblemDetail problem = problemOf(ex, status, request);
        if (ex instanceof AsyncRequestTimeoutException) {
            LOG.warn("a request that audits was not answered within {}", seconds(audit.answerDeadline()));
        } else if (status.is5xxServerError()) {
            LOG.error("request failed", ex);
        }
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }

    /** Spring MVC's own failures, in the service's words. */
    private ProblemDetail problemOf(Exception ex, HttpStatusCode status, WebRequest request) {
        if (ex instanceof HttpMediaTypeNotSupportedException e && isEvidence(request)) {
            String sent = request.getHeader(HttpHeaders.CONTENT_TYPE);
            return Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, (sent == null || sent.isBlank() ? "the request has no Content-Type"
                    : "Content-Type '" + sent + "' is not supported") + "; send multipart/form-data with the parts 'journey' and 'log'");
        }
        if (ex instanceof MaxUploadSizeExceededException) {
            return Problems.of(ProblemType.PAYLOAD_TOO_LARGE, "the upload is too large: the log part may be at most "
                    + evidence.maxLogSize().toBytes() + " bytes, the whole request at most " + evidenceRequestLimit + " bytes");
        }
        if (ex instanceof MissingServletRequestPartException e) {
            return Problems.of(ProblemType.BAD_REQUEST, "the part '" + e.getRequestPartName() + "' is missing; send the parts "
                    + "'journey' and 'log', and 'mapping' if the log's columns need one");
        }
        if (ex instanceof HttpMediaTypeNotSupportedException e) {
            String sent = request.getHeader(HttpHeaders.CONTENT_TYPE);
            if (sent == null || sent.isBlank()) {
                return Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "the request has no Content-Type; send application/json or application/yaml");
            }
            return Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Type '" + (e.getContentType() == null ? sent : e.getContentType())
                    + "' is not supported; send application/json or application/yaml");
        }
        if (ex instanceof AsyncRequestTimeoutException) {
            return Problems.of(ProblemType.SERVICE_BUSY, "no answer within " + seconds(audit.answerDeadline()) + "; retry later");
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException e) {
            return Problems.of(ProblemType.NOT_ACCEPTABLE, "this resource is available as "
                    + e.getSupportedMediaTypes().stream().map(Object::toString).sorted().collect(Collectors.joining(" or ")));
        }
        if (ex instanceof HttpRequestMethodNotSupportedException e) {
            String allowed = e.getSupportedHttpMethods() == null ? "another method"
                    : e.getSupportedHttpMethods().stream().map(Object::toString).sorted().collect(Collectors.joining(" or "));
            return Problems.of(ProblemType.METHOD_NOT_ALLOWED, e.getMethod() + " is not supported at this path; use " + allowed);
        }
        if (ex instanceof NoResourceFoundException e) {
            return Problems.of(ProblemType.NOT_FOUND, "nothing is served at /" + e.getResourcePath());
        }
        if (ex instanceof MissingServletRequestParameterException e) {
            return Problems.of(ProblemType.BAD_PARAMETER, "the query parameter '" + e.getParameterName() + "' is required");
        }
        if (ex instanceof HttpMessageNotReadableException && ex.getCause() == null) {
            return Problems.of(ProblemType.MALFORMED_DOCUMENT, "the request body is empty; send a document");
        }
        if (ex instanceof HttpMessageNotReadableException) {
            return Problems.of(ProblemType.BAD_REQUEST, "the request body could not be read to its end");
        }
        return status.is5xxServerError()
                ? Problems.of(ProblemType.INTERNAL_ERROR, "the service failed to answer this request")
                : Problems.of(ProblemType.BAD_REQUEST, "the request cannot be served as it is");
    }
}
