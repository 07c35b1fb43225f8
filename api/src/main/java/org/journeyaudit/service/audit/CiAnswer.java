package org.journeyaudit.service.audit;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import org.journeyaudit.service.problem.BadParameterException;
import org.journeyaudit.service.report.Reports;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** Which CI document a request asks for with its {@code Accept} header, and the file name SARIF gives the posted journey. */
enum CiAnswer {
    JSON, SARIF, JUNIT;

    /** The most longed-for of SARIF, JUnit XML and JSON the header accepts (by quality, then order); JSON without a header. */
    static CiAnswer of(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        List<MediaType> types;
        try {
            types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            return JSON;
        }
        types.sort((a, b) -> Double.compare(b.getQualityValue(), a.getQualityValue()));
        for (MediaType type : types) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return JSON;
            }
            if (Reports.SARIF.isCompatibleWith(type)) {
                return SARIF;
            }
            if (Reports.JUNIT.isCompatibleWith(type)) {
                return JUNIT;
            }
            if (MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
                return JSON;
            }
        }
        return JSON;
    }

    /** The most characters of a file name the {@code file} parameter takes. */
    static final int MAX_FILE_NAME = 1000;

    /**
     * The artifact SARIF locates results in: the posted file's name as the client gives it ({@code file=journeys/claim.yaml}), as a
     * URI reference (spaces and the like percent-encoded); {@code journey.yaml} without one.
     */
    static String artifact(String file) {
        if (file == null || file.isBlank()) {
            return Reports.DEFAULT_ARTIFACT;
        }
        if (file.length() > MAX_FILE_NAME || file.chars().anyMatch(Character::isISOControl)) {
            throw new BadParameterException("file", file.length() > 40 ? file.substring(0, 40) + "..." : file, file.length() > MAX_FILE_NAME
                    ? "a file name of at most " + MAX_FILE_NAME + " characters" : "a file name holds no control characters", List.of());
        }
        String path = file.replace('\\', '/');
        try {
            String encoded = new URI(null, null, path, null).getRawPath();
            // a first segment with a colon would read as a scheme
            return path.split("/", 2)[0].contains(":") ? "./" + encoded : encoded;
        } catch (URISyntaxException e) {
            throw new BadParameterException("file", file, "a file name that can be written as a URI path", List.of());
        }
    }
}
