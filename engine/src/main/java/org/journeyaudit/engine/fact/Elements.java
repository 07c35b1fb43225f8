package org.journeyaudit.engine.fact;

/**
 * How findings and recommendations name the parts of a journey they concern: a kind, a colon and the
 * id ({@code step:ask-photo}, {@code item:defect.photo}); a touchpoint by its stage and channel
 * ({@code touchpoint:file-claim@phone}). This is the written form; a finding holds each element as a typed
 * {@link org.journeyaudit.engine.finding.ElementRef} with its role, and writes it back in this form.
 */
public final class Elements {

    private Elements() {
    }

    public static String step(String id) {
        return "step:" + id;
    }

    public static String item(String key) {
        return "item:" + key;
    }

    public static String channel(String id) {
        return "channel:" + id;
    }

    public static String stage(String id) {
        return "stage:" + id;
    }

    public static String actor(String name) {
        return "actor:" + name;
    }

    public static String system(String name) {
        return "system:" + name;
    }

    public static String decision(String id) {
        return "decision:" + id;
    }

    public static String touchpoint(String stage, String channel) {
        return "touchpoint:" + stage + "@" + channel;
    }

    public static String barrier(String stage, int index) {
        return "barrier:" + stage + "#" + (index + 1);
    }

    public static String journey(String id) {
        return "journey:" + id;
    }

    /** Steps named by id, in id order: rules collect them in no promised order, reports must not vary. */
    public static java.util.List<String> steps(java.util.Collection<?> ids) {
        return sorted(ids).stream().map(Elements::step).toList();
    }

    /** Items named by key, in key order. */
    public static java.util.List<String> items(java.util.Collection<?> keys) {
        return sorted(keys).stream().map(Elements::item).toList();
    }

    /** What a rule collected, as text in natural order, without repeats. */
    public static java.util.List<String> sorted(java.util.Collection<?> values) {
        return values.stream().map(Object::toString).distinct().sorted().toList();
    }

    /** The elements of one kind, in their order: {@code ofKind(elements, "step")}. */
    public static java.util.List<String> ofKind(java.util.List<String> elements, String kind) {
        return elements.stream().filter(e -> kind(e).equals(kind)).toList();
    }

    public static String kind(String element) {
        int colon = element.indexOf(':');
        return colon < 0 ? "" : element.substring(0, colon);
    }

    public static String id(String element) {
        return element.substring(element.indexOf(':') + 1);
    }
}
