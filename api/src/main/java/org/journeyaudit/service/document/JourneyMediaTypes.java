package org.journeyaudit.service.document;

import java.util.List;

import org.journeyaudit.engine.document.DocumentFormat;
import org.springframework.http.MediaType;

/** The media types a journey document may be posted as, and the notation each means. */
public final class JourneyMediaTypes {

    public static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    /** RFC 9512. */
    public static final String YAML = "application/yaml";
    public static final String X_YAML = "application/x-yaml";
    public static final String TEXT_YAML = "text/yaml";

    private static final List<MediaType> YAML_TYPES = List.of(MediaType.parseMediaType(YAML), MediaType.parseMediaType(X_YAML),
            MediaType.parseMediaType(TEXT_YAML));

    private JourneyMediaTypes() {
    }

    public static DocumentFormat formatOf(MediaType contentType) {
        return YAML_TYPES.stream().anyMatch(t -> t.isCompatibleWith(contentType)) ? DocumentFormat.YAML : DocumentFormat.JSON;
    }
}
