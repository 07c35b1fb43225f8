package org.journeyaudit.engine.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.journey.Journey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped mapping for the BPI Challenge 2013 incidents log and its illustrative journey: both valid, and a few
 * rows written as that log's CSV export writes them read into the figures the mapping promises (the team's line from
 * its name, Sub Status as the step).
 */
class Bpi2013MappingTest {

    private static final Path DIR = Path.of("../samples/evidence/bpi2013");

    @TempDir
    Path dir;

    @Test
    void rowsInTheLogsShapeReadAsEscalationsAndPingPong() {
        Journey journey = new JourneyReader().read(DIR.resolve("incident-handling.yaml"));
        LogMapping mapping = new LogMappingReader().read(DIR.resolve("mapping.yaml"), journey);
        Path log = EvidenceLogs.write(dir, "incidents.csv", """
                SR Number;Change Date+Time;Status;Sub Status;ACT;Involved ST;Owner First Name
                1-364285768;2010-03-31T15:59:42+01:00;Accepted;In Progress;;V30;Frederic
                1-364285768;2010-03-31T16:00:56+01:00;Accepted;In Progress;;V30;Frederic
                1-364285768;2010-03-31T16:45:48+01:00;Queued;Awaiting Assignment;;V5 3rd;Frederic
                1-364285768;2010-04-06T15:44:07+01:00;Accepted;In Progress;;V5 3rd;Anne Claire
                1-364285768;2010-04-06T15:44:38+01:00;Queued;Awaiting Assignment;;V30;Anne Claire
                1-364285768;2010-04-06T15:44:47+01:00;Accepted;In Progress;;V30;Frederic
                1-364285768;2010-04-06T15:46:00+01:00;Completed;Resolved;;V30;Frederic
                1-467153946;2010-05-06T10:20:14+01:00;Accepted;In Progress;;G97;Magnus
                1-467153946;2010-05-06T10:30:02+01:00;Queued;Awaiting Assignment;;G96 2nd;Magnus
                1-467153946;2010-05-07T09:01:47+01:00;Accepted;Wait - User;;G96 2nd;Pierre
                1-467153946;2010-05-10T11:12:09+01:00;Completed;Closed;;G96 2nd;Pierre
                """);

        ObservedMeasures measures = ObservedMeasures.of(journey, EventLog.open(log, mapping), mapping);

        StageObservation whole = measures.whole();
        assertThat(whole.cases()).isEqualTo(2);
        assertThat(whole.events()).isEqualTo(11);
        assertThat(measures.unreadRows()).isZero();
        // 1st line (V30) -> 3rd line (V5 3rd) -> 1st line, and 1st line (G97) -> 2nd line (G96 2nd):
        // three handovers, one case handed back, two escalations
        assertThat(whole.handovers()).isEqualTo(3);
        assertThat(whole.pingPongCases()).isEqualTo(1);
        assertThat(whole.returns()).isEqualTo(1);
        assertThat(whole.escalations()).isEqualTo(2);
        assertThat(whole.escalatedCases()).isEqualTo(2);
        assertThat(measures.actors()).extracting(ActorObservation::name).containsExactly("1st line", "2nd line", "3rd line");
    }
}
