package org.journeyaudit.service.registry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The registry's HTTP tests again on a real PostgreSQL, in a database of their own made for the run. The server is
 * named by {@code JOURNEY_AUDIT_TEST_POSTGRES} (a JDBC URL of a database the user may create databases from, with
 * {@code user} and {@code password} in it); {@code .ci/run} starts Debian's PostgreSQL and sets it. Without it the
 * tests are skipped on a developer's machine, and fail under CI, where skipping would hide that they never ran.
 */
@EnabledIf(value = "serverOrCi", disabledReason = "JOURNEY_AUDIT_TEST_POSTGRES is not set: the registry's PostgreSQL tests need a server (see .ci/run)")
class RegistryOnPostgresHttpTest extends RegistryHttpTest {

    static final String SERVER = "JOURNEY_AUDIT_TEST_POSTGRES";

    static boolean serverOrCi() {
        String server = System.getenv(SERVER);
        return server != null && !server.isBlank() || "true".equals(System.getenv("CI"));
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws Exception {
        String server = System.getenv(SERVER);
        if (server == null || server.isBlank()) {
            throw new IllegalStateException(SERVER + " is not set: .ci/run starts PostgreSQL and sets it");
        }
        String database = "registry_test_" + Long.toString(System.currentTimeMillis(), 36) + "_" + ProcessHandle.current().pid();
        try (Connection admin = DriverManager.getConnection(server); Statement create = admin.createStatement()) {
            create.execute("CREATE DATABASE " + database);
        }
        int query = server.indexOf('?');
        String base = query < 0 ? server : server.substring(0, query);
        String url = base.substring(0, base.lastIndexOf('/') + 1) + database + (query < 0 ? "" : server.substring(query));
        registry.add("spring.datasource.url", () -> url);
    }
}
