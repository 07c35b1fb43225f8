package org.journeyaudit.service.problem;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's last word on a request no part of the service answered: one Tomcat refused before any servlet
 * ran (an encoded slash or NUL in the path, a '..' segment, a character HTTP does not allow, a bad '%'
 * escape, a malformed request line) gets a problem detail in place of Tomcat's HTML page, worded as the
 * service's {@link ServiceErrorController} words the same status.
 */
public class ProblemReportValve extends ErrorReportValve {

    public ProblemReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ErrorProblems.json(ErrorProblems.of(status, request.getDecodedRequestURI())));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException connectionGone) {
            // the client cannot be answered any more; there is nobody to tell
        }
    }
}
