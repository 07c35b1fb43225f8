package org.journeyaudit.engine.change;

/**
 * One classification of a change and why: by the standard (from the change's type) or by the change
 * request itself, where the user forces it. Raised by the classification rules of the rule pack.
 */
public record Classification(Significance significance, Source source, String reason) {

    /** Who classified the change. */
    public enum Source {
        /** The classification rules, following the standard. */
        STANDARD,
        /** The change request's own {@code classification}, which overrides the standard's. */
        CHANGE_REQUEST
    }

    public static Classification byStandard(Significance significance, String reason) {
        return new Classification(significance, Source.STANDARD, reason);
    }

    public static Classification byChangeRequest(Significance significance, String reason) {
        return new Classification(significance, Source.CHANGE_REQUEST, reason);
    }
}
