package org.journeyaudit.service.problem;

import java.io.IOException;

import org.journeyaudit.service.ServiceProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a body over {@code journey-audit.max-body-size} before anything parses it: at once when its
 * Content-Length says so, otherwise as soon as reading passes the limit. A request to {@code /api/evidence} carries an
 * event log beside its journey: its limit is {@code journey-audit.evidence.max-log-size} more, and the parts' own limits
 * are kept as they are parsed (see {@link org.journeyaudit.service.EvidenceUploads}).
 */
@Component
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long bodyLimit;
    private final long evidenceLimit;

    BodySizeLimitFilter(ServiceProperties properties) {
        this.bodyLimit = properties.maxBodySize().toBytes();
        this.evidenceLimit = org.journeyaudit.service.EvidenceUploads.maxRequestBytes(properties);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = org.journeyaudit.service.EvidenceUploads.carriesLog(request.getRequestURI(), request.getContentType())
                ? evidenceLimit : bodyLimit;
        if (request.getContentLengthLong() > limit) {
            response.setStatus(ProblemType.PAYLOAD_TOO_LARGE.status().value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"" + ProblemType.PAYLOAD_TOO_LARGE.uri() + "\",\"title\":\""
                    + ProblemType.PAYLOAD_TOO_LARGE.title() + "\",\"status\":413,\"detail\":\"the request body is "
                    + request.getContentLengthLong() + " bytes; the limit is " + limit + " bytes\",\"instance\":\""
                    + request.getRequestURI().replace("\\", "").replace("\"", "") + "\"}");
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    /** A request whose body stops with {@link PayloadTooLargeException} once it passes the limit. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) {
                        read += n;
                        if (read > limit) {
                            throw new PayloadTooLargeException(limit);
                        }
                    }

                    /** Asked of the connection, not only of this wrapper: how a running audit learns that its client has gone. */
                    @Override
                    public int available() throws IOException {
                        return in.available();
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
