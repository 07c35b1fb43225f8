package org.journeyaudit.service.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.journeyaudit.service.problem.RefusedException;
import org.journeyaudit.service.problem.ProblemType;
import org.springframework.stereotype.Component;

/**
 * Who may write to the registry, and read it when reading is protected: a request bearing the token whose SHA-256 is
 * configured. The hashes are compared in constant time, so the answer's timing tells nothing of how close a guess was.
 */
@Component
class RegistryToken {

    private static final String BEARER = "bearer ";

    private final RegistryProperties properties;

    RegistryToken(RegistryProperties properties) {
        this.properties = properties;
    }

    void requireWrite(String authorization) {
        require(authorization, "writing to the registry");
    }

    void requireRead(String authorization) {
        if (properties.readProtected()) {
            require(authorization, "reading the registry");
        }
    }

    private void require(String authorization, String what) {
        if (properties.writeTokenSha256() == null) {
            throw new RefusedException(ProblemType.UNAUTHORIZED, what + " needs a token, and the service has none configured: "
                    + "set journey-audit.registry.write-token-sha256 to the SHA-256 of a token (printf %s \"$TOKEN\" | sha256sum)");
        }
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            throw new RefusedException(ProblemType.UNAUTHORIZED, what + " needs the header 'Authorization: Bearer <token>'");
        }
        byte[] given = sha256(authorization.substring(BEARER.length()).trim());
        byte[] expected = HexFormat.of().parseHex(properties.writeTokenSha256());
        if (!MessageDigest.isEqual(given, expected)) {
            throw new RefusedException(ProblemType.UNAUTHORIZED, what + " needs the service's token; the one sent is not it");
        }
    }

    static byte[] sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }
}
