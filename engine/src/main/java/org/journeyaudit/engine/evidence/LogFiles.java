package org.journeyaudit.engine.evidence;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.journeyaudit.engine.document.DocPath;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Location;
import org.journeyaudit.engine.document.Problem;

/**
 * Opens a log file as a stream of bytes: only a regular file (a pipe or a device might never end), unpacked when its
 * name ends in {@code .gz}, with a leading UTF-8 byte order mark skipped, and counted so that progress can be told.
 */
final class LogFiles {

    private LogFiles() {
    }

    /** The opened log and its size on disk. */
    record Opened(InputStream in, Counted counted, long size) {
    }

    static Opened open(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw refused(file, InvalidDocumentException.Kind.UNREADABLE, "the path is "
                        + (attributes.isDirectory() ? "a directory" : "a special file") + ", not a regular file; only regular files are read");
            }
            Counted counted = new Counted(Files.newInputStream(file));
            InputStream in = new BufferedInputStream(counted, 1 << 16);
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            }
            skipByteOrderMark(in);
            return new Opened(in, counted, attributes.size());
        } catch (NoSuchFileException e) {
            throw refused(file, InvalidDocumentException.Kind.UNREADABLE, "no such file");
        } catch (AccessDeniedException e) {
            throw refused(file, InvalidDocumentException.Kind.UNREADABLE, "cannot read the file: permission denied");
        } catch (java.util.zip.ZipException e) {
            throw refused(file, InvalidDocumentException.Kind.MALFORMED, "the file's name ends in .gz but it is not gzip-compressed");
        } catch (IOException e) {
            throw refused(file, InvalidDocumentException.Kind.UNREADABLE, "cannot read the file: " + e.getMessage());
        }
    }

    private static void skipByteOrderMark(InputStream in) throws IOException {
        in.mark(3);
        byte[] start = in.readNBytes(3);
        if (!(start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }

    /** The location of a line of a log, whose lines may outnumber what a document location counts. */
    static Location line(long line) {
        return new Location((int) Math.min(line, Integer.MAX_VALUE), 0);
    }

    static InvalidDocumentException refused(Path file, InvalidDocumentException.Kind kind, String message) {
        return refused(file.toString(), kind, Location.UNKNOWN, message);
    }

    static InvalidDocumentException refused(String source, InvalidDocumentException.Kind kind, Location at, String message) {
        return new InvalidDocumentException(source, kind, List.of(Problem.at(DocPath.ROOT, at, message)), EventLog.DOCUMENT_NAME);
    }

    /** The bytes read from the file so far. */
    static final class Counted extends FilterInputStream {
        private long read;

        Counted(InputStream in) {
            super(in);
        }

        long bytes() {
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                read += n;
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                read++;
            }
            return b;
        }
    }
}
