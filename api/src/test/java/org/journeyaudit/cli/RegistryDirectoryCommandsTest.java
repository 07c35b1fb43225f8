package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** push, pull and history with a registry directory: a consultant's local registry, kept and checked as the service's is. */
class RegistryDirectoryCommandsTest {

    @TempDir
    Path folder;

    @Test
    void aDirectoryKeepsVersionsAndRefusesAChangeFromAnOldOne() throws Exception {
        Path registry = folder.resolve("registry");
        String name = registry.toAbsolutePath().normalize().toString();
        Path mine = Files.createDirectories(folder.resolve("mine"));
        Path file = Files.copy(Path.of("../samples/bank-card-loss.yaml"), mine.resolve("bank-card-loss.yaml"));

        CliRun first = CliRun.run("push", file.toString(), "--registry", registry.toString(), "--author", "Olga Petrova", "--comment",
                "first map");
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).isEqualTo("bank-card-loss.yaml: stored as bank-card-loss version 1 in " + name + "\n");
        assertThat(Files.readString(registry.resolve("registry.yaml"))).isEqualTo("format: journey-audit-registry/1\n");
        assertThat(registry.resolve("journeys/bank-card-loss/v1.yaml")).hasSameTextualContentAs(file);
        assertThat(CliRun.run("push", file.toString(), "--registry", registry.toString()).out())
                .isEqualTo("bank-card-loss.yaml: unchanged, bank-card-loss version 1 in " + name + "\n");

        Path theirs = folder.resolve("theirs").resolve("card.yaml");
        assertThat(CliRun.run("pull", "bank-card-loss", "--registry", registry.toString(), "-o", theirs.toString()).out())
                .isEqualTo(theirs + ": bank-card-loss version 1 from " + name + "\n");

        Files.writeString(file, Files.readString(file) + "# after the workshop\n");
        assertThat(CliRun.run("push", file.toString(), "--registry", registry.toString()).out())
                .isEqualTo("bank-card-loss.yaml: stored as bank-card-loss version 2 in " + name + "\n");

        String hers = Files.readString(theirs) + "# her change\n";
        Files.writeString(theirs, hers);
        CliRun stale = CliRun.run("push", theirs.toString(), "--registry", registry.toString());
        assertThat(stale.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(stale.err()).isEqualTo("journey-audit: card.yaml was not stored: journey 'bank-card-loss' is at version 2, your copy "
                + "is based on version 1: pull it, merge your changes, push again; card.yaml is unchanged\n");
        assertThat(Files.readString(theirs)).isEqualTo(hers);
        assertThat(registry.resolve("journeys/bank-card-loss/v3.yaml")).doesNotExist();

        CliRun history = CliRun.run("history", "bank-card-loss", "--registry", registry.toString());
        String[] lines = history.out().split("\n");
        assertThat(lines[0]).isEqualTo("bank-card-loss in " + name + ": 2 versions");
        assertThat(lines[1]).startsWith("  v2  ");
        assertThat(lines[2]).startsWith("  v1  ").endsWith("  Olga Petrova  first map");
        assertThat(lines[3]).isEqualTo("No audits kept.");

        CliRun unknown = CliRun.run("pull", "no-such-journey", "--registry", registry.toString(), "-o", folder.resolve("x.yaml").toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(unknown.err()).isEqualTo("journey-audit: no-such-journey was not pulled: the registry holds no journey 'no-such-journey'\n");
    }
}
