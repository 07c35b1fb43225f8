package org.journeyaudit.engine.change;

/**
 * One name a change request lists under {@code touches}, and where it is written ({@code touches.systems[0]})
 * so that every match can say which reference caused it. A stage is named with its journey:
 * {@code insurance-insured-event/file-claim}.
 */
public record Touch(TouchKind kind, String name, String reference) {

    /** The journey id of a stage reference; null for other kinds. */
    public String journey() {
        return kind == TouchKind.STAGE ? name.substring(0, name.indexOf('/')) : null;
    }

    /** The stage id of a stage reference; null for other kinds. */
    public String stage() {
        return kind == TouchKind.STAGE ? name.substring(name.indexOf('/') + 1) : null;
    }

    @Override
    public String toString() {
        return kind.word() + " '" + name + "' (" + reference + ")";
    }
}
