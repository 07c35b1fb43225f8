package org.journeyaudit.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.journeyaudit.engine.audit.AuditRequestReader;

import picocli.CommandLine.Option;

/**
 * {@code --param RULE.NAME=VALUE} and {@code --effort ACTION=EFFORT}, shared by the commands that audit;
 * the engine refuses names it does not know and values out of range.
 */
final class AuditSettings implements RequestPart {

    @Option(names = "--param", paramLabel = "RULE.NAME=VALUE",
            description = "Replace a rule's threshold, e.g. --param handoff/excess.max=2 (repeatable; 'rules show ID' lists them).")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--effort", paramLabel = "ACTION=EFFORT",
            description = "Replace an action's effort (low, medium, high), e.g. --effort add-channel=medium (repeatable).")
    Map<String, String> effort = new LinkedHashMap<>();

    @Override
    public void addTo(AuditRequestReader.Given given) {
        given.parameters(parameters).efforts(effort);
    }
}
