package org.journeyaudit.engine.finding;

/**
 * A journey element a finding involves: its kind, its id ({@code ask-photo}; a touchpoint as
 * {@code stage@channel}, a barrier as {@code stage#n}) and the part it plays in the finding, its role
 * ({@code subject}, {@code repeat}, {@code first} ...; none where one element is like the others). Written, in
 * every report, as kind and id: {@code step:ask-photo}; the role never changes how an element is written.
 */
public record ElementRef(ElementKind kind, String id, String role) {

    public ElementRef {
        if (kind == null || id == null) {
            throw new IllegalArgumentException("an element reference needs a kind and an id");
        }
    }

    /**
     * Reads the written form {@code kind:id}, with a role or none; an unknown kind is refused with the kinds
     * there are, so that a rule pack naming one learns of it on its first finding.
     */
    public static ElementRef parse(String written, String role) {
        int colon = written == null ? -1 : written.indexOf(':');
        ElementKind kind = colon < 0 ? null : ElementKind.of(written.substring(0, colon)).orElse(null);
        if (kind == null) {
            throw new IllegalArgumentException("element '" + written + "' is not written as kind:id with a kind of "
                    + String.join(", ", ElementKind.words()));
        }
        return new ElementRef(kind, written.substring(colon + 1), role);
    }

    public boolean plays(String asked) {
        return asked.equals(role);
    }

    /** The written form, {@code step:ask-photo}: what reports print and what targets are named by. */
    @Override
    public String toString() {
        return kind.word() + ":" + id;
    }
}
