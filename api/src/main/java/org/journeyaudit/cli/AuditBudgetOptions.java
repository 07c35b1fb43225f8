package org.journeyaudit.cli;

import org.journeyaudit.engine.audit.AuditRequestReader;

import picocli.CommandLine.Option;

/**
 * {@code --max-audit-seconds} and {@code --max-rule-firings}, shared by the commands that audit: what one
 * journey's audit may spend before it is refused (exit code 3).
 */
final class AuditBudgetOptions implements RequestPart {

    @Option(names = "--max-audit-seconds", paramLabel = "N", defaultValue = "10",
            description = "The most time one journey's audit may take, in seconds (default: ${DEFAULT-VALUE}; at most 86400).")
    String seconds;

    @Option(names = "--max-rule-firings", paramLabel = "N", defaultValue = "200000",
            description = "The most rule firings one journey's audit may spend (default: ${DEFAULT-VALUE}).")
    String firings;

    @Override
    public void addTo(AuditRequestReader.Given given) {
        given.maxAuditSeconds(seconds).maxRuleFirings(firings);
    }
}
