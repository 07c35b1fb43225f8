package org.journeyaudit.engine.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.journeyaudit.engine.finding.Finding;

/**
 * What makes a finding the same finding from one run to the next: its rule, its journey and the elements it names,
 * in sorted order. Never its message, language, number or line, which change when the wording or the document's
 * layout does. Baselines are keyed by it, and SARIF's fingerprint is its hash.
 */
public record FindingKey(String rule, String journey, List<String> elements) {

    /** The name SARIF gives the fingerprint; a new version of the key would get a new name. */
    public static final String FINGERPRINT_NAME = "journeyFinding/v1";

    public FindingKey {
        elements = elements.stream().sorted().toList();
    }

    public static FindingKey of(String journeyId, Finding finding) {
        return new FindingKey(finding.ruleId(), journeyId, finding.elements());
    }

    /** The key's SHA-256, in hex: rule, journey and elements, each on its own line. */
    public String fingerprint() {
        StringBuilder text = new StringBuilder(rule).append('\n').append(journey);
        elements.forEach(e -> text.append('\n').append(e));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
