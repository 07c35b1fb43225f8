package org.journeyaudit.spark;

import java.util.Comparator;

import org.apache.spark.Partitioner;

/**
 * Where a row of the log goes: the case it belongs to (null for a row that could not be read as an event) and its
 * line. Rows are sent to partitions by case, so that every event of a case is in one partition, and sorted there by
 * case and then by line: the order one pass over the log reads a case's events in (an event earlier in time than the
 * case's previous one stays where the log has it, to be told as the single pass tells it; events at the same time keep
 * the log's order).
 */
record CaseLine(String caseId, long line) implements java.io.Serializable {

    /** Rows no case owns first, then by case, each case's rows in the log's order. */
    static final Comparator<CaseLine> LOG_ORDER = (Comparator<CaseLine> & java.io.Serializable) (a, b) -> {
        if (a.caseId == null || b.caseId == null) {
            return a.caseId == b.caseId ? Long.compare(a.line, b.line) : a.caseId == null ? -1 : 1;
        }
        int byCase = a.caseId.compareTo(b.caseId);
        return byCase != 0 ? byCase : Long.compare(a.line, b.line);
    };

    /** A case's rows to the partition of the case; a row without a case to that of its line. */
    static final class ByCase extends Partitioner {

        private static final long serialVersionUID = 1L;

        private final int partitions;

        ByCase(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            CaseLine row = (CaseLine) key;
            return Math.floorMod(row.caseId == null ? Long.hashCode(row.line) : row.caseId.hashCode(), partitions);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ByCase by && by.partitions == partitions;
        }

        @Override
        public int hashCode() {
            return partitions;
        }
    }
}
