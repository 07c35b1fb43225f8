package org.journeyaudit.service.registry;

import java.util.HexFormat;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code journey-audit.registry.*}: {@code data-dir} (default {@code ./data}), where the embedded database keeps its file
 * unless {@code spring.datasource.url} names another database; {@code write-token-sha256}, the hex SHA-256 of the token
 * that writing needs (only the hash is configured, so the configuration never holds the token; none configured: every
 * write is refused, saying how to configure one); {@code read-protected} (default false), whether reading needs the
 * token too.
 */
@ConfigurationProperties("journey-audit.registry")
public record RegistryProperties(@DefaultValue("./data") String dataDir, String writeTokenSha256, @DefaultValue("false") boolean readProtected) {

    public RegistryProperties {
        if (writeTokenSha256 != null && !writeTokenSha256.isBlank()) {
            String hash = writeTokenSha256.trim().toLowerCase(Locale.ROOT);
            if (hash.length() != 64 || !hash.chars().allMatch(HexFormat::isHexDigit)) {
                throw new IllegalArgumentException("journey-audit.registry.write-token-sha256 must be the 64 hexadecimal digits of "
                        + "the token's SHA-256 (printf %s \"$TOKEN\" | sha256sum), found " + writeTokenSha256.length() + " characters");
            }
            writeTokenSha256 = hash;
        } else {
            writeTokenSha256 = null;
        }
    }
}
