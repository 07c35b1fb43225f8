package org.journeyaudit.spark;

import java.util.Iterator;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.spark.rows.AuditedJourney;

/**
 * Audits the documents of one partition on an executor. The rule base is never sent from the driver (a knowledge
 * base is not meant to be serialized): each executor JVM builds it once, on first use, through the engine's own
 * lazy holder, and every journey is audited in a session of its own, taken from that rule base's pool.
 */
final class PartitionAudit implements MapPartitionsFunction<Row, AuditedJourney> {

    private static final long serialVersionUID = 1L;

    private final AuditSettings settings;

    PartitionAudit(AuditSettings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<AuditedJourney> call(Iterator<Row> documents) {
        DocumentAudit audit = new DocumentAudit(RuleBase.builtIn(), settings);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return documents.hasNext();
            }

            @Override
            public AuditedJourney next() {
                Row row = documents.next();
                return audit.audit(row.getString(0), (byte[]) row.get(1));
            }
        };
    }
}
