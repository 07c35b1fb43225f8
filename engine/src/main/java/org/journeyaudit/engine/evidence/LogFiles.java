package org.journeyaudit.engine.evidence;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.journeyaudit.engine.document.DocPath;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Location;
import org.journeyaudit.engine.document.Problem;

/**
 * Opens a log's source as a stream of bytes: unpacked when it is gzip-compressed (up to the source's bound), with a
 * leading UTF-8 byte order mark skipped, and counted so that progress can be told.
 */
final class LogFiles {

    private LogFiles() {
    }

    /** The opened log and its size on disk. */
    record Opened(InputStream in, Counted counted, long size) {
    }

    static Opened open(LogSource source) {
        try {
            Counted counted = new Counted(source.opener().open());
            InputStream in = new BufferedInputStream(counted, 1 << 16);
            if (source.gzip()) {
                in = new BufferedInputStream(new Unpacked(new GZIPInputStream(in, 1 << 16), source), 1 << 16);
            }
            skipByteOrderMark(in);
            return new Opened(in, counted, source.size());
        } catch (java.util.zip.ZipException e) {
            throw refused(source.name(), InvalidDocumentException.Kind.MALFORMED, "the log is said to be gzip-compressed (its name ends in .gz) but it is not");
        } catch (java.io.EOFException e) {
            throw refused(source.name(), InvalidDocumentException.Kind.MALFORMED, "the log is said to be gzip-compressed (its name ends in .gz) but it is empty or cut short");
        } catch (IOException e) {
            throw refused(source.name(), InvalidDocumentException.Kind.UNREADABLE, "cannot read the file: " + e.getMessage());
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

    static InvalidDocumentException refused(String source, InvalidDocumentException.Kind kind, String message) {
        return refused(source, kind, Location.UNKNOWN, message);
    }

    static InvalidDocumentException refused(String source, InvalidDocumentException.Kind kind, Location at, String message) {
        return new InvalidDocumentException(source, kind, List.of(Problem.at(DocPath.ROOT, at, message)), EventLog.DOCUMENT_NAME);
    }

    /**
     * The unpacked bytes of a compressed log, refused once they pass the source's bound: a few kilobytes of gzip can
     * unpack to gigabytes, so the bound is on what is unpacked, not on what is sent.
     */
    static final class Unpacked extends FilterInputStream {
        private final LogSource source;
        private long read;

        Unpacked(InputStream in, LogSource source) {
            super(in);
            this.source = source;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return count(super.read(buffer, offset, length));
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        private int count(int n) {
            if (n > 0) {
                read += n;
                if (read > source.maxUnpackedBytes()) {
                    throw refused(source.name(), InvalidDocumentException.Kind.TOO_LARGE, "the compressed log unpacks to more than "
                            + source.maxUnpackedBytes() + " bytes, the most a compressed log may unpack to; send a smaller log");
                }
            }
            return n;
        }
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
