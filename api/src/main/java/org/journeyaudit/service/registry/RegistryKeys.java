package org.journeyaudit.service.registry;

import org.journeyaudit.engine.registry.JourneyKey;

import org.journeyaudit.service.problem.ProblemType;
import org.journeyaudit.service.problem.RefusedException;

/** The forms of what a registry path names: a journey's key and a version's number. */
final class RegistryKeys {

    private RegistryKeys() {
    }

    static void check(String key) {
        if (!JourneyKey.valid(key)) {
            throw new RefusedException(ProblemType.BAD_REQUEST, "'" + key + "' is not a journey key: expected " + JourneyKey.FORM_WORDS);
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
