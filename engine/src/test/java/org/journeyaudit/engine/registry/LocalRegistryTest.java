package org.journeyaudit.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalRegistryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T19:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static byte[] doc(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void storesVersionsInOrderAndSkipsUnchangedContent() throws Exception {
        LocalRegistry registry = LocalRegistry.open(dir, CLOCK);
        RegistryVersion first = registry.push("refund", doc("name: Refund\n"), "yaml", "anna", "first", 0);
        RegistryVersion same = registry.push("refund", doc("name: Refund\n"), "yaml", "boris", "again", 1);
        RegistryVersion second = registry.push("refund", doc("name: Refund v2\n"), "yaml", "boris", null, 1);

        assertThat(first).isEqualTo(new RegistryVersion("refund", 1, "anna", "first", "2026-11-28T19:00:00Z",
                LocalRegistry.sha256(doc("name: Refund\n")), "v1.yaml"));
        assertThat(same).isEqualTo(first);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.file()).isEqualTo("v2.yaml");
        assertThat(LocalRegistry.open(dir, CLOCK).versions("refund")).containsExactly(first, second);
        assertThat(new String(registry.document("refund", 2), StandardCharsets.UTF_8)).isEqualTo("name: Refund v2\n");
        assertThat(Files.readString(dir.resolve("registry.yaml"))).isEqualTo("format: journey-audit-registry/1\n");
    }

    @Test
    void refusesAPushFromAStaleCopy() {
        LocalRegistry registry = LocalRegistry.open(dir, CLOCK);
        registry.push("refund", doc("a: 1\n"), "yaml", "anna", null, 0);
        registry.push("refund", doc("a: 2\n"), "yaml", "anna", null, 1);

        assertThatThrownBy(() -> registry.push("refund", doc("a: 3\n"), "yaml", "boris", null, 1))
                .isInstanceOf(RegistryRefusal.class)
                .hasMessage("journey 'refund' is at version 2, your copy is based on version 1: pull it, merge your changes, push again");
        assertThat(registry.versions("refund")).hasSize(2);
    }

    @Test
    void refusesABadKeyAndADamagedDirectory() throws Exception {
        assertThatThrownBy(() -> LocalRegistry.checkKey("Refund_1"))
                .hasMessage("'Refund_1' is not a journey key: expected 1 to 64 lower-case letters, digits and hyphens, starting with a letter or digit");
        Files.writeString(dir.resolve("registry.yaml"), "format: other/2\n");
        assertThatThrownBy(() -> LocalRegistry.open(dir, CLOCK))
                .hasMessage(dir.resolve("registry.yaml") + ": format is other/2, expected journey-audit-registry/1");
    }
}
