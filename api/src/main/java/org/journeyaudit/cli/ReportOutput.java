package org.journeyaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where a report goes: standard output, or the file named by {@code -o}, which never is one of the
 * command's inputs and is replaced whole or not at all.
 */
final class ReportOutput {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output (replaced whole; never one of the command's inputs).")
    Path file;

    /**
     * A usage error when {@code -o} names an input of the command, by any path, link or hard link; a
     * directory among the inputs (a rule pack) stands for every file under it.
     */
    void refuseToOverwrite(List<Path> inputs, CommandSpec spec) {
        if (file == null) {
            return;
        }
        for (Path input : inputs) {
            if (Files.isDirectory(input) ? isUnder(file, input) : isSameFile(file, input)) {
                throw new ParameterException(spec.commandLine(), "-o " + file + " would overwrite " + input
                        + (Files.isDirectory(input) ? " (a file in it)" : "") + ", an input of this command; write the report to another file");
            }
        }
    }

    private static boolean isSameFile(Path output, Path input) {
        try {
            return Files.exists(output) && Files.exists(input) && Files.isSameFile(output, input);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isUnder(Path output, Path directory) {
        try {
            Path absolute = output.toAbsolutePath();
            Path real = Files.exists(absolute) ? absolute.toRealPath()
                    : absolute.getParent() != null && Files.exists(absolute.getParent())
                            ? absolute.getParent().toRealPath().resolve(absolute.getFileName()) : absolute.normalize();
            return real.startsWith(directory.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A usage error when a binary report (a workbook) would go to standard output: it needs {@code -o FILE}, named by
     * the format it is written in.
     */
    void requireFileFor(String format, CommandSpec spec) {
        if (file == null) {
            throw new ParameterException(spec.commandLine(), "--format " + format + " writes a workbook, a binary file: name it with -o FILE "
                    + "(e.g. -o report." + format + ")");
        }
    }

    /** Writes the report; {@link ReportNotWritten}, saying why in plain words, when the file cannot be written. */
    void write(String report, PrintWriter out) {
        if (file == null) {
            out.print(report);
            out.flush();
            return;
        }
        write(report.getBytes(StandardCharsets.UTF_8), out);
    }

    /** Writes a binary report to the file {@code -o} names (see {@link #requireFileFor}). */
    void write(byte[] report, PrintWriter out) {
        try {
            ReportFile.write(file, report);
        } catch (ReportFile.CannotWrite e) {
            throw new ReportNotWritten(file, e.getMessage());
        }
        out.println("Report written to " + file);
        out.flush();
    }
}
