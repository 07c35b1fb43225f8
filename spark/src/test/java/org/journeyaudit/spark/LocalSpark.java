package org.journeyaudit.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The Spark the tests run on: two local cores, a couple of shuffle partitions (the tests' data is small) and no web UI,
 * one session for every test of the JVM.
 */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .appName("journey-audit-tests")
                    .master("local[2]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
        }
        return session;
    }
}
