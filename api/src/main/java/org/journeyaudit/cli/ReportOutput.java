package org.journeyaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Where a report goes: standard output, or the file named by {@code -o}. */
final class ReportOutput {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path file;

    /** Writes the report; returns false (after saying why) when the file cannot be written. */
    boolean write(String report, PrintWriter out, PrintWriter err) {
        if (file == null) {
            out.print(report);
            out.flush();
            return true;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, report, StandardCharsets.UTF_8);
            out.println("Report written to " + file);
            return true;
        } catch (IOException e) {
            err.println("journey-audit: cannot write " + file + ": " + e.getMessage());
            return false;
        }
    }
}
