package org.journeyaudit.engine.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Location;
import org.journeyaudit.engine.journey.Journey;
import org.junit.jupiter.api.Test;

/** A log sent as bytes under its sender's file name: read as a file is, named as sent, guarded against hostile packing. */
class SentLogTest {

    private final Journey journey = EvidenceLogs.complaint();

    private static LogSource sent(String name, byte[] bytes, long maxUnpacked) {
        return LogSource.sent(name, () -> new ByteArrayInputStream(bytes), bytes.length, maxUnpacked);
    }

    private static List<LogEvent> events(LogSource source, LogMapping mapping) {
        List<LogEvent> events = new ArrayList<>();
        EventLog.open(source, mapping).read(new LogSink() {
            @Override
            public void event(LogEvent event) {
                events.add(event);
            }

            @Override
            public void unread(UnreadRow row) {
            }
        });
        return events;
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(packed)) {
            out.write(plain);
        }
        return packed.toByteArray();
    }

    @Test
    void aSentCompressedCsvIsReadAsTheSameFileWouldBe() throws IOException {
        byte[] csv = "Ticket,Time,Status\nT-1,2025-03-01T09:00:00,take-call\n".getBytes(StandardCharsets.UTF_8);

        List<LogEvent> events = events(sent("march.csv.gz", gzip(csv), 1_000), LogMappingReader.byNames(journey));

        assertThat(events).containsExactly(new LogEvent(2, "T-1", 1740819600L, "take-call", null, null, null, null));
    }

    @Test
    void aLogThatUnpacksPastTheBoundIsRefusedBeforeItIsInflatedWhole() throws IOException {
        byte[] plain = new byte[50_000_000];
        java.util.Arrays.fill(plain, (byte) 'a');
        byte[] bomb = gzip(plain);

        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class,
                () -> events(sent("bomb.csv.gz", bomb, 1_000_000), LogMappingReader.byNames(journey)));

        assertThat(bomb.length).isLessThan(100_000);
        assertThat(refused.kind()).isEqualTo(InvalidDocumentException.Kind.TOO_LARGE);
        assertThat(refused.source()).isEqualTo("bomb.csv.gz");
        assertThat(refused.problems().get(0).message()).isEqualTo("the compressed log unpacks to more than 1000000 bytes, "
                + "the most a compressed log may unpack to; send a smaller log");
    }

    @Test
    void anXesLogDeclaringEntitiesIsRefusedWithoutExpandingThem() {
        byte[] laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE log [
                  <!ENTITY lol "lol">
                  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
                ]>
                <log><trace><string key="concept:name" value="T-1"/>
                <event><string key="concept:name" value="&lol9;"/><date key="time:timestamp" value="2025-03-01T09:00:00Z"/></event>
                </trace></log>
                """.getBytes(StandardCharsets.UTF_8);

        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class,
                () -> events(sent("laughs.xes", laughs, LogSource.UNBOUNDED), LogMappingReader.byNames(journey)));

        assertThat(refused.kind()).isEqualTo(InvalidDocumentException.Kind.MALFORMED);
        assertThat(refused.source()).isEqualTo("laughs.xes");
        assertThat(refused.problems().get(0).location()).isEqualTo(new Location(12, 0));
        assertThat(refused.problems().get(0).message()).isEqualTo("the log declares a DOCTYPE (ending at line 12); an XES log "
                + "has none, and entities in a log are never expanded");
    }

    @Test
    void aSentLogThatIsNotCsvIsRefusedUnderItsSentName() {
        byte[] broken = "Ticket,Time,Status\nT-1,\"2025-03-01,take-call\n".getBytes(StandardCharsets.UTF_8);

        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class,
                () -> events(sent("march.csv", broken, LogSource.UNBOUNDED), LogMappingReader.byNames(journey)));

        assertThat(refused.source()).isEqualTo("march.csv");
        assertThat(refused.problems().get(0).location()).isEqualTo(new Location(2, 0));
        assertThat(refused.problems().get(0).message()).isEqualTo("the log is not valid CSV at or after line 2: a quoted value "
                + "is not closed, or text follows its closing quote");
    }
}
