package org.journeyaudit.service.registry;

import java.util.regex.Pattern;

import org.journeyaudit.service.problem.ProblemType;
import org.journeyaudit.service.problem.RefusedException;

/** The forms of what a registry path names: a journey's key and a version's number. */
final class RegistryKeys {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private RegistryKeys() {
    }

    static void check(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new RefusedException(ProblemType.BAD_REQUEST, "'" + key + "' is not a journey key: expected 1 to 64 lower-case "
                    + "letters, digits and hyphens, starting with a letter or digit");
        }
    }

    /** A version's number, or null for {@code latest}. */
    static Integer version(String version) {
        if ("latest".equals(version)) {
            return null;
        }
        if (!version.matches("[1-9][0-9]{0,8}")) {
            throw new RefusedException(ProblemType.BAD_REQUEST, "'" + version + "' is not a version: expected a number from 1, "
                    + "or 'latest'");
        }
        return Integer.valueOf(version);
    }
}
