package org.journeyaudit.engine.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads a document file's bytes, refusing a file over the size limit before reading it. */
final class DocumentFiles {

    private DocumentFiles() {
    }

    static byte[] read(Path file, DocumentLimits limits, String documentName) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw new InvalidDocumentException(source, InvalidDocumentException.Kind.TOO_LARGE, List.of(Problem.at(DocPath.ROOT,
                        Location.UNKNOWN, "the document is " + size + " bytes; the limit is " + limits.maxBytes() + " bytes")), documentName);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidDocumentException(source, InvalidDocumentException.Kind.UNREADABLE,
                    List.of(Problem.at(DocPath.ROOT, Location.UNKNOWN, "no such file")), documentName);
        } catch (IOException e) {
            throw new InvalidDocumentException(source, InvalidDocumentException.Kind.UNREADABLE,
                    List.of(Problem.at(DocPath.ROOT, Location.UNKNOWN, "cannot read the file: " + e.getMessage())), documentName);
        }
    }
}
