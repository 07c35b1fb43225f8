package org.journeyaudit.service;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jakarta.servlet.MultipartConfigElement;

/**
 * How large the form upload of {@code POST /api/evidence} may be: its log part up to
 * {@code journey-audit.evidence.max-log-size}, the whole request that and {@code journey-audit.max-body-size} twice more
 * (the journey and the mapping). The server counts while it parses, so a body without a Content-Length is refused as
 * soon as it passes. Parts are written to disk past 1 MB, so a large log never sits in memory.
 */
@Configuration(proxyBeanMethods = false)
public class EvidenceUploads {

    /** The one path that takes a form upload. */
    public static final String PATH = "/api/evidence";
    private static final long IN_MEMORY_BYTES = 1 << 20;

    /** Whether a request carries an event log: any request to {@link #PATH}, or a form upload to {@code /api/audits}. */
    public static boolean carriesLog(String path, String contentType) {
        return PATH.equals(path) || "/api/audits".equals(path) && contentType != null
                && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    /** The largest request body {@code POST /api/evidence} (and an audit with a log) accepts. */
    public static long maxRequestBytes(ServiceProperties properties) {
        return properties.evidence().maxLogSize().toBytes() + 2 * properties.maxBodySize().toBytes();
    }

    @Bean
    MultipartConfigElement multipartConfigElement(ServiceProperties properties) {
        return new MultipartConfigElement("", properties.evidence().maxLogSize().toBytes(), maxRequestBytes(properties),
                (int) Math.min(IN_MEMORY_BYTES, properties.evidence().maxLogSize().toBytes()));
    }
}
