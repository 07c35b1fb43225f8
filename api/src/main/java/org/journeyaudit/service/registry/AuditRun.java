package org.journeyaudit.service.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An audit of a stored version: when, with which profile, as of which date and by which engine, the findings it
 * raised and the annual savings of its recommendations (null where none is priced), with the whole JSON report.
 */
record AuditRun(long auditId, String key, int version, String profile, LocalDate asOf, Instant auditedAt, String engineVersion, int findings,
        BigDecimal annualSavings, String currency, String report) {
}
