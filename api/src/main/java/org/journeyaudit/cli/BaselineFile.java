package org.journeyaudit.cli;

import java.nio.file.Path;

import org.journeyaudit.engine.audit.Baseline;
import org.journeyaudit.engine.document.InvalidDocumentException;

/** A baseline file named on the command line: read, or refused with its located problems (exit code 3). */
final class BaselineFile {

    private BaselineFile() {
    }

    static Baseline read(Path file) {
        try {
            return Baseline.read(file);
        } catch (InvalidDocumentException invalid) {
            throw new InvalidInput(Refusal.BASELINE, invalid);
        }
    }
}
