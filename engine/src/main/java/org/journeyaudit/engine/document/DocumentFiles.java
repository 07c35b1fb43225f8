package org.journeyaudit.engine.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Reads a document file's bytes, and only a regular file's: a directory, a named pipe, a device or a socket
 * is refused by its type before it is opened (opening a pipe waits for a writer; a device may never end),
 * a file over the size limit before it is read, and the read itself never takes more than the limit and
 * one byte, whatever size the file claimed.
 */
public final class DocumentFiles {

    /** The file-type bits of a Unix mode, and the types among them that are not regular files. */
    private static final int TYPE_BITS = 0170000;
    private static final int NAMED_PIPE = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private DocumentFiles() {
    }

    public static byte[] read(Path file, DocumentLimits limits, String documentName) {
        String source = file.toString();
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class); // follows links
            if (!attributes.isRegularFile()) {
                throw refused(source, InvalidDocumentException.Kind.UNREADABLE, notARegularFile(file, attributes), documentName);
            }
            if (attributes.size() > limits.maxBytes()) {
                throw refused(source, InvalidDocumentException.Kind.TOO_LARGE,
                        "the document is " + attributes.size() + " bytes; the limit is " + limits.maxBytes() + " bytes", documentName);
            }
            byte[] content = readAtMost(file, limits.maxBytes() + 1);
            if (content.length > limits.maxBytes()) {
                // the file grew after its size was read, or its file system reports no size
                throw refused(source, InvalidDocumentException.Kind.TOO_LARGE,
                        "the document is more than " + limits.maxBytes() + " bytes; the limit is " + limits.maxBytes() + " bytes",
                        documentName);
            }
            return content;
        } catch (NoSuchFileException e) {
            throw refused(source, InvalidDocumentException.Kind.UNREADABLE, "no such file", documentName);
        } catch (AccessDeniedException e) {
            throw refused(source, InvalidDocumentException.Kind.UNREADABLE, "cannot read the file: permission denied", documentName);
        } catch (IOException e) {
            throw refused(source, InvalidDocumentException.Kind.UNREADABLE, "cannot read the file: " + reason(e), documentName);
        }
    }

    private static byte[] readAtMost(Path file, long bytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) Math.min(bytes, Integer.MAX_VALUE - 8));
        }
    }

    /** What the path is instead of a regular file, and where a link led. */
    private static String notARegularFile(Path file, BasicFileAttributes attributes) {
        String what = attributes.isDirectory() ? "a directory" : specialKind(file);
        String target = "";
        if (Files.isSymbolicLink(file)) {
            try {
                target = " (the link leads to " + file.toRealPath() + ")";
            } catch (IOException e) {
                target = " (the link leads to it)";
            }
        }
        return "the path is " + what + target + ", not a regular file; only regular files are read";
    }

    private static String specialKind(Path file) {
        try {
            int type = ((Integer) Files.getAttribute(file, "unix:mode")) & TYPE_BITS;
            return switch (type) {
                case NAMED_PIPE -> "a named pipe (FIFO)";
                case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
                case SOCKET -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // a file system without Unix modes: the kind is unknown, the refusal is not
            return "a special file (a device, named pipe or socket)";
        }
    }

    /** The operating system's reason, without the path it repeats. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? "the file system refused it" : e.getMessage();
    }

    private static InvalidDocumentException refused(String source, InvalidDocumentException.Kind kind, String message,
            String documentName) {
        return new InvalidDocumentException(source, kind, List.of(Problem.at(DocPath.ROOT, Location.UNKNOWN, message)), documentName);
    }
}
