package org.journeyaudit.engine.rulebase;

import java.util.List;

/**
 * A trusted rule pack cannot be loaded: its DRL does not compile, a rule lacks its page, a page lacks a
 * heading, an id does not match its file or repeats another rule's. Each error names its file (and line
 * where there is one), as {@code DIR/family/slug.drl:12: message}; loading stops at start-up.
 */
public class RulePackException extends RuntimeException {

    private final List<String> errors;

    public RulePackException(List<String> errors) {
        super(String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    /** Every error found, one line each, in file and line order. */
    public List<String> errors() {
        return errors;
    }
}
