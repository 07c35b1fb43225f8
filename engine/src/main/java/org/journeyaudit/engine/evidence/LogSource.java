package org.journeyaudit.engine.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

import org.journeyaudit.engine.document.InvalidDocumentException;

/**
 * Where a log's bytes come from and the name every message gives it: a file on disk, or a log sent to the service under
 * the file name its sender gave. A log is read once per pass ({@code --suggest-mapping} and a run each read it whole),
 * so the source opens a fresh stream each time. {@code size} is its size in bytes, 0 when not known; {@code gzip} says
 * its bytes are gzip-compressed; {@code xes} that it is XES, not CSV; {@code maxUnpackedBytes} bounds what a compressed log may unpack to, so that a small
 * upload cannot make the reader inflate without end.
 */
public record LogSource(String name, Opener opener, long size, boolean gzip, boolean xes, long maxUnpackedBytes) {

    /** No bound on what a compressed log unpacks to: a local file only costs the time of whoever reads it. */
    public static final long UNBOUNDED = Long.MAX_VALUE;

    /** Opens the log's bytes, from their start. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public LogSource {
        if (maxUnpackedBytes <= 0) {
            throw new IllegalArgumentException("maxUnpackedBytes must be positive, found " + maxUnpackedBytes);
        }
    }

    /** The log in a file: only a regular file (a pipe or a device might never end), unpacked when its name ends in .gz. */
    public static LogSource of(Path file) {
        String name = file.toString();
        return new LogSource(name, () -> {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (!attributes.isRegularFile()) {
                    throw LogFiles.refused(name, InvalidDocumentException.Kind.UNREADABLE, "the path is "
                            + (attributes.isDirectory() ? "a directory" : "a special file") + ", not a regular file; only regular files are read");
                }
                return Files.newInputStream(file);
            } catch (NoSuchFileException e) {
                throw LogFiles.refused(name, InvalidDocumentException.Kind.UNREADABLE, "no such file");
            } catch (AccessDeniedException e) {
                throw LogFiles.refused(name, InvalidDocumentException.Kind.UNREADABLE, "cannot read the file: permission denied");
            }
        }, sizeOf(file), gzipByName(name), xesByName(name), UNBOUNDED);
    }

    /** A log sent under {@code name} (its sender's file name): compressed when it ends in .gz, XES when in .xes or .xes.gz. */
    public static LogSource sent(String name, Opener opener, long size, long maxUnpackedBytes) {
        return new LogSource(name, opener, size, gzipByName(name), xesByName(name), maxUnpackedBytes);
    }

    /** This source, read as gzip-compressed or not whatever its name says (a sender may say so by its content type). */
    public LogSource compressed(boolean compressed) {
        return new LogSource(name, opener, size, compressed, xes, maxUnpackedBytes);
    }

    /** This source, read as XES or as CSV whatever its name says (a sender may say so by its content type). */
    public LogSource asXes(boolean asXes) {
        return new LogSource(name, opener, size, gzip, asXes, maxUnpackedBytes);
    }

    private static boolean xesByName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xes") || lower.endsWith(".xes.gz");
    }

    private static boolean gzipByName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException unknown) {
            return 0; // told when the log is opened, with the reason
        }
    }
}
