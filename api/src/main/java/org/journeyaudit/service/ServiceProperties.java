package org.journeyaudit.service;

import java.time.Duration;
import java.util.List;

import org.journeyaudit.engine.audit.AuditBudget;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code journey-audit.max-body-size}: the largest request body accepted (default 5MB), refused with 413
 * before it is parsed; {@code journey-audit.max-journeys-per-batch}: how many journeys one batch may hold;
 * {@code journey-audit.rule-packs}: the directories of trusted rule packs loaded at start-up (none by
 * default). Packs come only from this configuration: a request never names, sends or loads one.
 * {@code journey-audit.audit.*}: what one audit may spend (see {@link Audit}); {@code journey-audit.evidence.*}: how
 * large an event log sent to {@code POST /api/evidence} may be (see {@link Evidence}).
 */
@ConfigurationProperties("journey-audit")
public record ServiceProperties(@DefaultValue("5MB") DataSize maxBodySize, @DefaultValue("200") int maxJourneysPerBatch,
        List<String> rulePacks, @DefaultValue Audit audit, @DefaultValue Evidence evidence) {

    /**
     * {@code journey-audit.evidence.max-log-size} (default 50MB): the largest event log part accepted, refused with 413;
     * {@code journey-audit.evidence.max-unpacked-log-size} (default 500MB): what a gzip-compressed log may unpack to, so a
     * few kilobytes that inflate to gigabytes are refused (413) as soon as they pass it. The journey and mapping parts
     * keep {@code journey-audit.max-body-size}. {@code journey-audit.evidence.max-events} (default 5000000) and
     * {@code max-cases} (default 1000000): how many events and cases one request's log may hold, refused (413) at the
     * first row past either, since short rows put many events in few bytes and every case costs memory until the end.
     */
    public record Evidence(@DefaultValue("50MB") DataSize maxLogSize, @DefaultValue("500MB") DataSize maxUnpackedLogSize,
            @DefaultValue("5000000") long maxEvents, @DefaultValue("1000000") long maxCases) {

        public Evidence {
            if (maxLogSize.toBytes() <= 0) {
                throw new IllegalArgumentException("journey-audit.evidence.max-log-size must be positive, found " + maxLogSize);
            }
            if (maxUnpackedLogSize.toBytes() <= 0) {
                throw new IllegalArgumentException("journey-audit.evidence.max-unpacked-log-size must be positive, found "
                        + maxUnpackedLogSize);
            }
            if (maxEvents <= 0) {
                throw new IllegalArgumentException("journey-audit.evidence.max-events must be positive, found " + maxEvents);
            }
            if (maxCases <= 0) {
                throw new IllegalArgumentException("journey-audit.evidence.max-cases must be positive, found " + maxCases);
            }
        }
    }

    public ServiceProperties {
        rulePacks = rulePacks == null ? List.of() : List.copyOf(rulePacks);
    }

    /**
     * {@code journey-audit.audit.max-duration} (default 10s) and {@code journey-audit.audit.max-rule-firings}
     * (default 200000): the wall-clock time and the rule firings one audit may spend; a journey that needs
     * more is refused with 422 {@code /problems/audit-too-large}. {@code journey-audit.audit.workers}: how
     * many audits run at once (default: one per processor); {@code journey-audit.audit.queue}: how many more
     * may wait for a worker (default 100) before the service answers 503 {@code /problems/service-busy}.
     */
    public record Audit(@DefaultValue("10s") Duration maxDuration, @DefaultValue("200000") long maxRuleFirings,
            @DefaultValue("0") int workers, @DefaultValue("100") int queue) {

        public Audit {
            if (maxDuration.isNegative() || maxDuration.isZero()) {
                throw new IllegalArgumentException("journey-audit.audit.max-duration must be positive, found " + maxDuration);
            }
            if (maxRuleFirings <= 0) {
                throw new IllegalArgumentException("journey-audit.audit.max-rule-firings must be positive, found " + maxRuleFirings);
            }
            if (workers < 0) {
                throw new IllegalArgumentException("journey-audit.audit.workers must be 0 (one per processor) or more, found " + workers);
            }
            if (queue < 0) {
                throw new IllegalArgumentException("journey-audit.audit.queue must be 0 or more, found " + queue);
            }
        }

        public AuditBudget budget() {
            return new AuditBudget(maxDuration, maxRuleFirings);
        }

        /**
         * How long a request that audits may wait for its answer: the time the audit may take and 5 s more for
         * waiting for a worker; after that it is answered 503 and its audit, if it still runs, is interrupted.
         */
        public Duration answerDeadline() {
            return maxDuration.plusSeconds(5);
        }

        /** The configured number of workers, or one per processor. */
        public int workerCount() {
            return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
        }
    }
}
