package org.journeyaudit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.journeyaudit.engine.check.CheckReader;
import org.journeyaudit.engine.check.CustomChecks;

import picocli.CommandLine.Option;

/** {@code --checks FILE} (repeatable): custom checks judged beside the rules; ids are unique across the files. */
final class ChecksOption implements RequestPart {

    @Option(names = "--checks", paramLabel = "FILE",
            description = "A checks file (YAML or JSON) of custom checks, reported as rules custom/<id> (repeatable).")
    List<Path> files = new ArrayList<>();

    /** Every file's checks; {@link org.journeyaudit.engine.document.InvalidDocumentException} for the first invalid file. */
    CustomChecks load() {
        CheckReader reader = new CheckReader();
        CustomChecks checks = CustomChecks.NONE;
        for (Path file : files) {
            checks = checks.and(reader.read(file, checks.checks().stream().map(c -> c.id()).toList()));
        }
        return checks;
    }

    @Override
    public List<Path> inputs() {
        return files;
    }
}
