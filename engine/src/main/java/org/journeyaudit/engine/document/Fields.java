package org.journeyaudit.engine.document;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.journeyaudit.engine.document.DocNode.Field;
import org.journeyaudit.engine.document.DocNode.ListNode;
import org.journeyaudit.engine.document.DocNode.ObjectNode;
import org.journeyaudit.engine.document.DocNode.ScalarNode;
import org.journeyaudit.engine.document.DocNode.ScalarType;
import org.journeyaudit.engine.journey.DocumentEnum;

/**
 * Reads the fields of one object of a document. Every wrong value is recorded as a problem and read
 * as absent, so that one pass finds everything wrong with the document.
 */
public final class Fields {

    private final ObjectNode node;
    private final Problems problems;
    private final DocumentLimits limits;

    private Fields(ObjectNode node, Problems problems, DocumentLimits limits) {
        this.node = node;
        this.problems = problems;
        this.limits = limits;
    }

    /** The object's fields, after reporting those not among {@code known}; null if it is no object. */
    public static Fields of(DocNode node, Set<String> known, Problems problems) {
        return of(node, known, problems, DocumentLimits.DEFAULT);
    }

    /** As {@link #of(DocNode, Set, Problems)}, texts bounded by {@code limits}. */
    public static Fields of(DocNode node, Set<String> known, Problems problems, DocumentLimits limits) {
        if (!(node instanceof ObjectNode object)) {
            problems.add(node, "expected an object, found " + node.describe());
            return null;
        }
        for (Field field : object.fields().values()) {
            if (!known.contains(field.name())) {
                problems.add(field.value().path(), field.nameLocation(),
                        "unknown field '" + shown(field.name()) + "'" + NearestName.hint(field.name(), known.stream().sorted().toList()));
            }
        }
        return new Fields(object, problems, limits);
    }

    public ObjectNode node() {
        return node;
    }

    public DocPath path(String name) {
        return node.path().field(name);
    }

    /** The value of a field, or null when absent or written as null. */
    public DocNode value(String name) {
        Field field = node.fields().get(name);
        if (field == null || field.value() instanceof ScalarNode scalar && scalar.type() == ScalarType.NULL) {
            return null;
        }
        return field.value();
    }

    /** A text of at most {@link DocumentLimits#maxTextLength()} characters. */
    public String text(String name) {
        return text(name, limits.maxTextLength());
    }

    /** An id, or a name other parts refer to (a channel, an actor, a system): at most {@link DocumentLimits#maxIdLength()} characters. */
    public String identifier(String name) {
        return text(name, limits.maxIdLength());
    }

    private String text(String name, int max) {
        DocNode value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof ScalarNode scalar) {
            // a number or boolean where text is expected keeps the text it was written as
            return withinLength(value, "'" + name + "'", scalar.text(), max);
        }
        problems.add(value, "expected a text, found " + value.describe());
        return null;
    }

    /** The text, or null (with its problem recorded) when it is longer than {@code max}. */
    private String withinLength(DocNode at, String what, String text, int max) {
        if (text.length() > max) {
            problems.add(at, what + " is at most " + figure(max) + " characters, found " + figure(text.length()));
            return null;
        }
        return text;
    }

    /** An optional reason: absent is fine, but one that is written must say something. */
    public String reason(String name) {
        String text = text(name);
        if (text != null && text.isBlank()) {
            problems.add(value(name), "'" + name + "' must not be blank: say why, or leave the field out");
            return null;
        }
        return text;
    }

    public String requiredText(String name) {
        return required(name, text(name));
    }

    public String requiredIdentifier(String name) {
        return required(name, identifier(name));
    }

    private String required(String name, String text) {
        DocNode value = value(name);
        if (text == null && value == null) {
            problems.add(node, "missing required field '" + name + "'");
        } else if (text != null && text.isBlank()) {
            problems.add(value, "'" + name + "' must not be blank");
            return null;
        }
        return text;
    }

    /** A number within {@code range}; anything else (out of range, infinite, not a number) is a problem. */
    public Double number(String name, NumberRange range) {
        return bounded(name, range, () -> "'" + name + "' must be " + range.describe());
    }

    /** A share of cases, from 0 to 1. */
    public Double rate(String name) {
        return bounded(name, ValueRanges.RATE, () -> "'" + name + "' is a share of cases and must be between 0 and 1");
    }

    private Double bounded(String name, NumberRange range, Supplier<String> rule) {
        DocNode value = value(name);
        if (value == null) {
            return null;
        }
        return number(value, range, rule);
    }

    /**
     * The number a node holds when it lies within {@code range}; otherwise null, after recording the
     * problem: "expected a number" for a text, list or object, {@code rule + ", found " + text} for a
     * number outside the range, infinite or not a number.
     */
    public Double number(DocNode value, NumberRange range, String rule) {
        return number(value, range, () -> rule);
    }

    /** As {@link #number(DocNode, NumberRange, String)}; the rule is written only for a value that breaks it (most never do). */
    private Double number(DocNode value, NumberRange range, Supplier<String> rule) {
        if (!(value instanceof ScalarNode scalar && (scalar.type() == ScalarType.INTEGER || scalar.type() == ScalarType.DECIMAL))) {
            problems.add(value, "expected a number, found " + value.describe());
            return null;
        }
        java.math.BigDecimal number = range.within(scalar.text());
        if (number == null) {
            problems.add(value, rule.get() + ", found " + shown(scalar.text()));
            return null;
        }
        return number.doubleValue();
    }

    public Integer integer(String name, int min, int max) {
        DocNode value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof ScalarNode scalar && scalar.type() == ScalarType.INTEGER) {
            java.math.BigDecimal number = NumberRange.of(min, max).within(scalar.text());
            if (number == null) {
                problems.add(value, "'" + name + "' must be a whole number from " + min + " to " + max + ", found " + shown(scalar.text()));
                return null;
            }
            return number.intValueExact();
        }
        problems.add(value, "expected a whole number from " + min + " to " + max + ", found " + value.describe());
        return null;
    }

    /** A value as written, cut where it would swamp the message. */
    static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    public Boolean bool(String name) {
        DocNode value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof ScalarNode scalar && scalar.type() == ScalarType.BOOLEAN) {
            return Boolean.valueOf(scalar.text());
        }
        problems.add(value, "expected true or false, found " + value.describe());
        return null;
    }

    public LocalDate date(String name) {
        DocNode value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof ScalarNode scalar && scalar.type() == ScalarType.TEXT) {
            LocalDate date = null;
            try {
                date = LocalDate.parse(scalar.text());
            } catch (DateTimeParseException e) {
                // the message below
            }
            if (date != null && (date.isBefore(ValueRanges.FIRST_DATE) || date.isAfter(ValueRanges.LAST_DATE))) {
                problems.add(value, "'" + name + "' must be a date from " + ValueRanges.FIRST_DATE + " to " + ValueRanges.LAST_DATE
                        + ", found " + shown(scalar.text()));
                return null;
            }
            if (date != null) {
                return date;
            }
        }
        problems.add(value, "expected a date written YYYY-MM-DD, found " + value.describe());
        return null;
    }

    /** An ISO-8601 duration such as PT20M, PT72H or P6D. */
    public Duration duration(String name) {
        DocNode value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof ScalarNode scalar && scalar.type() == ScalarType.TEXT) {
            try {
                Duration duration = Duration.parse(scalar.text());
                if (duration.isNegative()) {
                    problems.add(value, "'" + name + "' must not be negative, found " + shown(scalar.text()));
                    return null;
                }
                if (duration.compareTo(ValueRanges.LONGEST_SLA) > 0) {
                    problems.add(value, "'" + name + "' must be at most " + ValueRanges.LONGEST_SLA.toDays() + " days (P"
                            + ValueRanges.LONGEST_SLA.toDays() + "D), found " + shown(scalar.text()));
                    return null;
                }
                return duration;
            } catch (DateTimeParseException e) {
                // fall through to the message below
            }
        }
        problems.add(value, "expected an ISO-8601 duration such as PT20M, PT72H or P6D, found " + value.describe());
        return null;
    }

    public <E extends Enum<E> & DocumentEnum> E word(String name, Class<E> type) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        List<String> words = DocumentEnum.words(type);
        return DocumentEnum.fromWord(type, text).orElseGet(() -> {
            problems.add(value(name), "'" + shown(text) + "' is not a valid " + name + NearestName.hint(text, words));
            return null;
        });
    }

    /** A list of texts, each at most {@link DocumentLimits#maxTextLength()} characters. */
    public List<String> texts(String name) {
        return texts(name, limits.maxTextLength());
    }

    /** A list of ids or item keys, each at most {@link DocumentLimits#maxIdLength()} characters. */
    public List<String> identifiers(String name) {
        return texts(name, limits.maxIdLength());
    }

    private List<String> texts(String name, int max) {
        return list(name, item -> {
            if (item instanceof ScalarNode scalar && scalar.type() != ScalarType.NULL) {
                if (scalar.text().isBlank()) {
                    problems.add(item, "an entry of '" + name + "' must not be blank");
                    return null;
                }
                return withinLength(item, "an entry of '" + name + "'", scalar.text(), max);
            }
            problems.add(item, "expected a text, found " + item.describe());
            return null;
        });
    }

    /** A list whose entries are read by {@code reader}; entries it cannot read (null) are left out. */
    public <T> List<T> list(String name, Function<DocNode, T> reader) {
        DocNode value = value(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof ListNode list)) {
            problems.add(value, "expected a list, found " + value.describe());
            return List.of();
        }
        List<T> read = new ArrayList<>();
        for (DocNode item : list.items()) {
            T entry = reader.apply(item);
            if (entry != null) {
                read.add(entry);
            }
        }
        return read;
    }

    /** A map of names to scalar values, each value kept as the text it was written as. */
    public Map<String, String> textMap(String name) {
        Map<String, String> read = new LinkedHashMap<>();
        forEachEntry(name, (key, value) -> {
            if (value instanceof ScalarNode scalar && scalar.type() != ScalarType.NULL) {
                String text = withinLength(value, "'" + shown(key) + "'", scalar.text(), limits.maxTextLength());
                if (text != null) {
                    read.put(key, text);
                }
            } else {
                problems.add(value, "expected a text for '" + key + "', found " + value.describe());
            }
        });
        return read;
    }

    /** A map of names to numbers, each within {@code range}. */
    public Map<String, Double> numberMap(String name, NumberRange range) {
        Map<String, Double> read = new LinkedHashMap<>();
        forEachEntry(name, (key, value) -> {
            if (value instanceof ScalarNode scalar && (scalar.type() == ScalarType.INTEGER || scalar.type() == ScalarType.DECIMAL)) {
                Double number = number(value, range, () -> "'" + key + "' must be " + range.describe());
                if (number != null) {
                    read.put(key, number);
                }
            } else {
                problems.add(value, "expected a number for '" + key + "', found " + value.describe());
            }
        });
        return read;
    }

    private void forEachEntry(String name, java.util.function.BiConsumer<String, DocNode> reader) {
        DocNode value = value(name);
        if (value == null) {
            return;
        }
        if (!(value instanceof ObjectNode object)) {
            problems.add(value, "expected a map of names to values, found " + value.describe());
            return;
        }
        object.fields().values().forEach(field -> reader.accept(field.name(), field.value()));
    }

    private static String figure(int count) {
        return String.format(java.util.Locale.ROOT, "%,d", count);
    }

    public static String format(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number) : String.valueOf(number);
    }
}
