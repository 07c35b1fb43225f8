package org.journeyaudit.engine.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.journeyaudit.engine.change.ChangeRequestReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document file is read only when it is a regular file, and never beyond the size limit, whatever its size claims. */
class DocumentFilesTest {

    private static String refusal(Runnable read) {
        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class, read::run);
        assertThat(refused.problems()).hasSize(1);
        return refused.kind() + " " + refused.problems().get(0).message();
    }

    @Test
    void aFileWhoseSizeSaysNothingIsStillReadNoFurtherThanTheLimit() throws Exception {
        Path status = Path.of("/proc/self/status"); // a regular file that reports 0 bytes and holds about a kilobyte
        assumeTrue(Files.isReadable(status) && Files.size(status) == 0, "a Linux /proc file system");
        JourneyReader reader = new JourneyReader(new DocumentLimits(100, 32));
        assertThat(refusal(() -> reader.read(status))).isEqualTo("TOO_LARGE the document is more than 100 bytes; the limit is 100 bytes");
    }

    @Test
    void everyReaderRefusesWhatIsNotARegularFile(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));
        String device = "UNREADABLE the path is a device (the link leads to /dev/zero), not a regular file; only regular files are read";
        assertThat(refusal(() -> new JourneyReader().read(link))).isEqualTo(device);
        assertThat(refusal(() -> new ChangeRequestReader().read(link))).isEqualTo(device);
        assertThat(refusal(() -> new DocumentParser(DocumentLimits.DEFAULT).parse(link))).isEqualTo(device);
        assertThat(refusal(() -> new JourneyReader().read(dir)))
                .isEqualTo("UNREADABLE the path is a directory, not a regular file; only regular files are read");
        assertThat(refusal(() -> new JourneyReader().read(dir.resolve("missing.yaml")))).isEqualTo("UNREADABLE no such file");
    }

    @Test
    void aFileWithinTheLimitIsReadWhole(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("j.yaml"), "id: j\nstages:\n  - id: s\n");
        long size = Files.size(file);
        assertThat(new JourneyReader(new DocumentLimits(size, 32)).read(file).id()).isEqualTo("j");
        assertThat(refusal(() -> new JourneyReader(new DocumentLimits(size - 1, 32)).read(file)))
                .isEqualTo("TOO_LARGE the document is 24 bytes; the limit is 23 bytes");
    }
}
