package org.journeyaudit.engine.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.journeyaudit.engine.fact.ObservedHandover;
import org.journeyaudit.engine.fact.ObservedLevel;
import org.journeyaudit.engine.fact.ObservedStage;
import org.journeyaudit.engine.fact.ObservedStepRecord;
import org.journeyaudit.engine.fact.ObservedVolume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facts the evidence rules judge, built from a small log written by hand, with their exact figures. */
class EvidenceFactsTest {

    @TempDir
    Path dir;

    @Test
    void eachStageGivesItsObservedHandoversItsDesignedStepsRecordsAndItsCasesOverTheStandard() {
        ObservedMeasures measures = EvidenceLogs.measure(dir, """
                case,timestamp,activity,actor
                c1,2025-03-01 09:00:00,take-call,L1
                c1,2025-03-01 09:10:00,check-history,L2
                c1,2025-03-01 14:20:00,register-ticket,L1
                c2,2025-03-01 10:00:00,take-call,L1
                c2,2025-03-01 10:05:00,check-history,L2
                """);

        assertThat(EvidenceFacts.of(new Evidence(EvidenceLogs.complaint(), "log.csv", measures))).containsExactly(
                new ObservedHandover("register", 0, "L1", "L2", 2, 2, true),
                new ObservedHandover("register", 0, "L2", "L1", 1, 2, false),
                new ObservedStepRecord("register", 0, "take-call", 2, 2, false, null),
                new ObservedStepRecord("register", 0, "register-ticket", 1, 2, false, null),
                new ObservedStepRecord("register", 0, "check-history", 2, 2, false, null),
                // both cases go from line 1 to line 2, which the stage's design has
                new ObservedLevel("register", 0, 2, 2, 2, true),
                // the log runs from 09:00 to 14:20, 5 h 20 min: 16/72 of a day; the stage gives no casesPerMonth
                new ObservedVolume("register", 0, 2, 16 / 72.0, null, "log.csv"),
                // c1 spends 5 h 20 min at the stage, over its longest standard of 4 h; c2 5 min
                new ObservedStage("register", 0, 2, 1, Duration.ofHours(4)),
                new ObservedStepRecord("resolve", 1, "analyse", 0, 0, false, null),
                new ObservedStepRecord("resolve", 1, "decide", 0, 0, false, null),
                new ObservedStepRecord("resolve", 1, "answer", 0, 0, false, null),
                new ObservedVolume("resolve", 1, 0, 16 / 72.0, null, "log.csv"),
                new ObservedStage("resolve", 1, 0, 0, Duration.ofDays(2)));
    }
}
