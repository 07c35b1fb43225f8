package org.journeyaudit.service.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The audits of stored versions, kept in the database beside the versions they audited. */
@Component
class AuditRuns {

    private static final String COLUMNS = "audit_id, journey_key, version, profile, as_of, audited_at, engine_version, findings, "
            + "annual_savings, currency";

    private final JdbcClient jdbc;

    AuditRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AuditRun record(AuditRun run) {
        Instant at = run.auditedAt().truncatedTo(ChronoUnit.MILLIS);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO audit_run (journey_key, version, profile, as_of, audited_at, engine_version, findings, annual_savings, "
                + "currency, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(run.key(), run.version(), run.profile(), run.asOf(), OffsetDateTime.ofInstant(at, ZoneOffset.UTC), run.engineVersion(),
                        run.findings(), run.annualSavings(), run.currency(), run.report())
                .update(key, "audit_id");
        return new AuditRun(key.getKey().longValue(), run.key(), run.version(), run.profile(), run.asOf(), at, run.engineVersion(),
                run.findings(), run.annualSavings(), run.currency(), run.report());
    }

    Optional<AuditRun> find(String key, long auditId) {
        return jdbc.sql("SELECT " + COLUMNS + ", report FROM audit_run WHERE journey_key = ? AND audit_id = ?").params(key, auditId)
                .query((rs, row) -> runOf(rs, rs.getString("report"))).optional();
    }

    /** The journey's audits, oldest first, without their reports: the points of its trend. */
    List<AuditRun> history(String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_run WHERE journey_key = ? ORDER BY audit_id").param(key)
                .query((rs, row) -> runOf(rs, null)).list();
    }

    private static AuditRun runOf(ResultSet rs, String report) throws SQLException {
        return new AuditRun(rs.getLong("audit_id"), rs.getString("journey_key"), rs.getInt("version"), rs.getString("profile"),
                rs.getObject("as_of", java.time.LocalDate.class), rs.getObject("audited_at", OffsetDateTime.class).toInstant(),
                rs.getString("engine_version"), rs.getInt("findings"), rs.getBigDecimal("annual_savings"), rs.getString("currency"), report);
    }
}
