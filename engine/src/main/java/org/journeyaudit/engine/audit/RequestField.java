package org.journeyaudit.engine.audit;

/**
 * The parts of an audit request a user gives as text. Each surface names them its own way (the command
 * line's {@code --as-of}, the service's {@code asOf} query parameter); the request's problems say which
 * part they are about, and the surface says where the user wrote it.
 */
public enum RequestField {
    /** The audit date. */
    AS_OF,
    /** The least severe finding that fails the audit. */
    FAIL_ON,
    /** The rule profile: a built-in name, or a file where files may be named. */
    PROFILE,
    /** A rule threshold replaced for this audit: {@code RULE.NAME=VALUE}. */
    PARAMETER,
    /** An action's effort replaced for this audit: {@code ACTION=EFFORT}. */
    EFFORT,
    /** The language the report is written in. */
    LANGUAGE,
    /** The most time one journey's audit may take, in seconds. */
    MAX_AUDIT_SECONDS,
    /** The most rule firings one journey's audit may spend. */
    MAX_RULE_FIRINGS
}
