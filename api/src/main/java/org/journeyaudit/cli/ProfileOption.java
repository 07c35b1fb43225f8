package org.journeyaudit.cli;

import java.nio.file.Path;
import java.util.List;

import org.journeyaudit.engine.audit.AuditRequestReader;

import picocli.CommandLine.Option;

/** {@code --profile NAME|FILE}: a built-in profile by name, or a profile file. */
final class ProfileOption implements RequestPart {

    @Option(names = "--profile", paramLabel = "NAME|FILE",
            description = "The rule profile: recommended (default), copc, all, or a profile file (YAML or JSON).")
    String profile;

    @Override
    public void addTo(AuditRequestReader.Given given) {
        given.profile(profile);
    }

    @Override
    public List<Path> inputs() {
        return AuditRequestReader.profileFile(profile).stream().toList();
    }
}
