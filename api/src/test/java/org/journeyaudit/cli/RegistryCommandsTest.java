package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * push, pull and history against a real service's registry: a consultant's files and the team's registry kept in step,
 * and every refusal in words that say how to go on, with the local file untouched.
 */
@SpringBootTest(classes = org.journeyaudit.service.JourneyAuditService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:registry-commands-test;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                // the SHA-256 of "consultant-token"
                "journey-audit.registry.write-token-sha256=569a25c2804421499dd9f5b343ac34912c68924e1c94183e680d3b79403a678c"})
class RegistryCommandsTest {

    @LocalServerPort
    int port;

    @TempDir
    Path folder;

    private Path tokenFile;
    private String registry;

    @BeforeEach
    void token() throws Exception {
        tokenFile = folder.resolve("token");
        Files.writeString(tokenFile, "consultant-token\n");
        registry = "http://127.0.0.1:" + port;
    }

    private CliRun push(Path file, String... more) {
        String[] args = new String[6 + more.length];
        args[0] = "push";
        args[1] = file.toString();
        args[2] = "--registry";
        args[3] = registry;
        args[4] = "--token-file";
        args[5] = tokenFile.toString();
        System.arraycopy(more, 0, args, 6, more.length);
        return CliRun.run(args);
    }

    @Test
    void pushStoresVersionsFromTheOneLastSeenAndPullBringsThemBack() throws Exception {
        Path mine = folder.resolve("mine");
        Files.createDirectories(mine);
        Path file = Files.copy(Path.of("../samples/utility-meter-dispute.yaml"), mine.resolve("utility-meter-dispute.yaml"));

        CliRun first = push(file, "--author", "Olga Petrova", "--comment", "as mapped at the workshop");
        assertThat(first.err()).isEmpty();
        assertThat(first.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(first.out()).isEqualTo("utility-meter-dispute.yaml: stored as utility-meter-dispute version 1 in " + registry + "\n");
        assertThat(Files.readString(mine.resolve(".journey-audit/registry.properties"))).contains(
                "utility-meter-dispute.yaml@http\\://127.0.0.1\\:" + port + ".etag=\"utility-meter-dispute-v1\"",
                "utility-meter-dispute.yaml@http\\://127.0.0.1\\:" + port + ".key=utility-meter-dispute",
                "utility-meter-dispute.yaml@http\\://127.0.0.1\\:" + port + ".version=1");

        assertThat(push(file).out()).isEqualTo("utility-meter-dispute.yaml: unchanged, utility-meter-dispute version 1 in " + registry + "\n");

        // a colleague pulls version 1 into her own folder
        Path theirs = folder.resolve("theirs");
        CliRun pulled = CliRun.run("pull", "utility-meter-dispute", "--registry", registry, "-o", theirs.resolve("meter.yaml").toString());
        assertThat(pulled.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(pulled.out()).isEqualTo(theirs.resolve("meter.yaml") + ": utility-meter-dispute version 1 from " + registry + "\n");
        assertThat(Files.readString(theirs.resolve("meter.yaml"))).isEqualTo(Files.readString(file));

        // the first consultant changes the map and pushes version 2
        Files.writeString(file, Files.readString(file) + "# reviewed with billing\n");
        assertThat(push(file).out()).isEqualTo("utility-meter-dispute.yaml: stored as utility-meter-dispute version 2 in " + registry + "\n");

        // the colleague's change, made from version 1, is refused and her file is left as it was
        String hers = Files.readString(theirs.resolve("meter.yaml")) + "# her change\n";
        Files.writeString(theirs.resolve("meter.yaml"), hers);
        CliRun stale = push(theirs.resolve("meter.yaml"));
        assertThat(stale.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(stale.err()).startsWith("journey-audit: meter.yaml was not stored: If-Match names \"utility-meter-dispute-v1\", but "
                + "the latest version of 'utility-meter-dispute' is \"utility-meter-dispute-v2\" (2, by ");
        assertThat(stale.err()).endsWith("  pull the latest version (journey-audit pull utility-meter-dispute --registry " + registry
                + " -o utility-meter-dispute-latest.yaml), bring your change onto it and push that file; meter.yaml is unchanged\n");
        assertThat(Files.readString(theirs.resolve("meter.yaml"))).isEqualTo(hers);

        CliRun overwrite = CliRun.run("pull", "utility-meter-dispute", "--registry", registry, "-o", theirs.resolve("meter.yaml").toString());
        assertThat(overwrite.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(overwrite.err()).startsWith("journey-audit: " + theirs.resolve("meter.yaml") + " exists: pull to another file with -o, "
                + "or write over it with --force (its local changes are lost)\n");

        // the pulled latest version, with her change brought onto it, is stored under the journey's key
        Path latest = theirs.resolve("utility-meter-dispute-latest.yaml");
        assertThat(CliRun.run("pull", "utility-meter-dispute", "--registry", registry, "-o", latest.toString()).exitCode()).isEqualTo(0);
        Files.writeString(latest, Files.readString(latest) + "# her change\n");
        assertThat(push(latest).out()).isEqualTo("utility-meter-dispute-latest.yaml: stored as utility-meter-dispute version 3 in "
                + registry + "\n");

        CliRun history = CliRun.run("history", "utility-meter-dispute", "--registry", registry);
        assertThat(history.exitCode()).isEqualTo(ExitCode.OK);
        String[] lines = history.out().split("\n");
        assertThat(lines[0]).isEqualTo("utility-meter-dispute in " + registry + ": 3 versions");
        assertThat(lines[1]).startsWith("  v3  ").contains("  " + System.getProperty("user.name"));
        assertThat(lines[3]).startsWith("  v1  ").endsWith("  Olga Petrova  as mapped at the workshop");
        assertThat(lines[4]).isEqualTo("No audits kept.");
    }

    @Test
    void anInvalidDocumentIsNotSentAndNothingIsWrittenBeside() throws Exception {
        Path file = folder.resolve("broken.yaml");
        Files.writeString(file, "id: broken\nname: Broken\nstages: 3\n");
        CliRun refused = push(file);
        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(refused.err()).startsWith(file + " is invalid and was not pushed:\n");
        assertThat(folder.resolve(".journey-audit")).doesNotExist();
    }

    @Test
    void aPushWithoutTheTokenOrToARegistryThatIsNotThereSaysSo() throws Exception {
        Path file = Files.copy(Path.of("../samples/bank-card-loss.yaml"), folder.resolve("bank-card-loss.yaml"));
        CliRun anonymous = CliRun.run("push", file.toString(), "--registry", registry);
        assertThat(anonymous.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(anonymous.err()).isEqualTo("journey-audit: bank-card-loss.yaml was not stored: writing to the registry needs the header "
                + "'Authorization: Bearer <token>' (give the token in JOURNEY_AUDIT_TOKEN or --token-file)\n");

        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        CliRun nobody = CliRun.run("push", file.toString(), "--registry", "http://127.0.0.1:" + closed, "--token-file", tokenFile.toString());
        assertThat(nobody.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(nobody.err()).isEqualTo("journey-audit: the registry at http://127.0.0.1:" + closed + "/ cannot be reached: nothing "
                + "listens there (is the service running? journey-audit serve)\n");
        assertThat(folder.resolve(".journey-audit")).doesNotExist();

        CliRun unknown = CliRun.run("pull", "no-such-journey", "--registry", registry, "-o", folder.resolve("x.yaml").toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(unknown.err()).isEqualTo("journey-audit: no-such-journey was not pulled: the registry holds no journey 'no-such-journey'\n");
    }

    @Test
    void aRegistryDirectoryIsRestoredIntoTheServiceAndExportedBackTheSame() throws Exception {
        Path local = folder.resolve("local");
        Path file = Files.copy(Path.of("../samples/insurance-insured-event.yaml"), folder.resolve("insurance-insured-event.yaml"));
        assertThat(CliRun.run("push", file.toString(), "--registry", local.toString(), "--author", "Anna", "--comment", "claims map")
                .exitCode()).isEqualTo(0);
        Files.writeString(file, Files.readString(file) + "# agreed with claims\n");
        assertThat(CliRun.run("push", file.toString(), "--registry", local.toString(), "--author", "Anna").exitCode()).isEqualTo(0);

        CliRun restored = CliRun.run("registry-import", "--from", local.toString(), "--registry", registry, "--token-file",
                tokenFile.toString());
        assertThat(restored.err()).isEmpty();
        assertThat(restored.out()).isEqualTo("restored 1 journey, 2 versions from " + local + " into " + registry + "\n");

        Path backup = folder.resolve("backup");
        CliRun exported = CliRun.run("registry-export", "--registry", registry, "--to", backup.toString());
        assertThat(exported.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(exported.out()).startsWith("exported ").endsWith(" from " + registry + " to " + backup + "\n");
        // every version as it was kept: author, time, comment, bytes
        assertThat(backup.resolve("journeys/insurance-insured-event/versions.yaml"))
                .hasSameTextualContentAs(local.resolve("journeys/insurance-insured-event/versions.yaml"));
        assertThat(backup.resolve("journeys/insurance-insured-event/v1.yaml"))
                .hasSameTextualContentAs(local.resolve("journeys/insurance-insured-event/v1.yaml"));
        assertThat(backup.resolve("journeys/insurance-insured-event/v2.yaml")).hasSameTextualContentAs(file);

        CliRun again = CliRun.run("registry-import", "--from", local.toString(), "--registry", registry, "--token-file", tokenFile.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(again.err()).isEqualTo("journey-audit: version 1 of insurance-insured-event was not restored: version 1 of "
                + "'insurance-insured-event' cannot be restored: the registry holds versions 1 to 2, so it takes version 3 next "
                + "(0 versions restored before it)\n");

        CliRun notEmpty = CliRun.run("registry-export", "--registry", registry, "--to", backup.toString());
        assertThat(notEmpty.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(notEmpty.err()).startsWith("journey-audit: --to: " + backup + " exists and is not an empty directory; export into a "
                + "new one\n");
    }
}
