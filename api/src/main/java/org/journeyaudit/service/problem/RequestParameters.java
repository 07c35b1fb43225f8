package org.journeyaudit.service.problem;

import org.journeyaudit.engine.audit.RequestField;

/** The query parameter each part of an audit request is given in, as the service's answers name it. */
public final class RequestParameters {

    private RequestParameters() {
    }

    public static String name(RequestField field) {
        return switch (field) {
            case AS_OF -> "asOf";
            case FAIL_ON -> "failOn";
            case PROFILE -> "profile";
            case PARAMETER -> "param";
            case EFFORT -> "effort";
            case LANGUAGE -> "lang";
            case MAX_AUDIT_SECONDS -> "maxAuditSeconds";
            case MAX_RULE_FIRINGS -> "maxRuleFirings";
        };
    }
}
