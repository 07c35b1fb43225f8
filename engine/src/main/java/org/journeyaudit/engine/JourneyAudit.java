package org.journeyaudit.engine;

/** The tool as its reports name it (SARIF's driver, the command line's --version). */
public final class JourneyAudit {

    public static final String VERSION = "0.1.0";

    private JourneyAudit() {
    }
}
