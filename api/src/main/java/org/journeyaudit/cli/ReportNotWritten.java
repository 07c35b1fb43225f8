package org.journeyaudit.cli;

import java.nio.file.Path;

/** The report could not be written to the file {@code -o} names; the reason is in plain words. Exit code 3. */
final class ReportNotWritten extends RuntimeException {

    private final transient Path file;

    ReportNotWritten(Path file, String reason) {
        super(reason, null, false, false);
        this.file = file;
    }

    Path file() {
        return file;
    }
}
