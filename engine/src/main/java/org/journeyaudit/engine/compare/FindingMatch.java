package org.journeyaudit.engine.compare;

import java.util.List;

import org.journeyaudit.engine.finding.Finding;

/**
 * A finding of the before version and the same finding of the after version; {@code differences} is
 * empty when it is unchanged, and otherwise says what moved (elements no longer or now involved, evidence).
 */
public record FindingMatch(Finding before, Finding after, List<String> differences) {

    public FindingMatch {
        differences = List.copyOf(differences);
    }

    public boolean changed() {
        return !differences.isEmpty();
    }
}
