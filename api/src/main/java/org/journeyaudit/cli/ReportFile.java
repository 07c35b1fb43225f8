package org.journeyaudit.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes a report file whole or not at all: the report goes to a temporary file beside the target, which
 * is then moved over it, so a failed write leaves the previous report as it was and no temporary file.
 */
final class ReportFile {

    /** Why a report could not be written, in plain words ("permission denied"). */
    static final class CannotWrite extends Exception {
        CannotWrite(String reason) {
            super(reason, null, false, false);
        }
    }

    private ReportFile() {
    }

    static void write(Path target, byte[] content) throws CannotWrite {
        Path destination = destination(target);
        Path directory = destination.toAbsolutePath().getParent();
        String shownDirectory = target.getParent() == null ? directory.toString() : target.getParent().toString();
        if (!Files.isDirectory(directory)) {
            throw new CannotWrite(Files.exists(directory) ? shownDirectory + " is not a directory"
                    : "the directory " + shownDirectory + " does not exist");
        }
        if (Files.exists(destination) && !Files.isRegularFile(destination) && !Files.isDirectory(destination)) {
            throw new CannotWrite("it is not a regular file (a device, named pipe or socket); leave out -o to write to standard output");
        }
        Path temporary = directory.resolve("." + destination.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(content);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true); // on the disk before it replaces the previous report
            }
            keepPermissions(destination, temporary);
            move(temporary, destination);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the reason to report is the write's, not the clean-up's
            }
            throw new CannotWrite(reason(e, shownDirectory));
        }
    }

    /** A link named by {@code -o} stays a link: the file it leads to is replaced. */
    private static Path destination(Path target) {
        if (Files.isSymbolicLink(target) && Files.exists(target)) {
            try {
                return target.toRealPath();
            } catch (IOException e) {
                return target;
            }
        }
        return target;
    }

    /** A report written again keeps who may read it. */
    private static void keepPermissions(Path previous, Path replacement) throws IOException {
        if (Files.isRegularFile(previous) && Files.getFileStore(previous).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(previous));
        }
    }

    private static void move(Path temporary, Path destination) throws IOException {
        try {
            Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The operating system's reason in plain words, without the paths its message repeats. */
    static String reason(IOException e, String directory) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the directory " + directory + " does not exist";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "it is a directory";
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return "the file system refused it";
        }
        return switch (reason.strip().toLowerCase(Locale.ROOT)) {
            case "no space left on device" -> "no space left on the device";
            case "disk quota exceeded" -> "the disk quota is exceeded";
            case "read-only file system" -> "the file system is read-only";
            case "is a directory", "directory not empty" -> "it is a directory";
            case "permission denied", "operation not permitted" -> "permission denied";
            case "file name too long" -> "the file name is too long";
            default -> reason.strip().toLowerCase(Locale.ROOT);
        };
    }
}
