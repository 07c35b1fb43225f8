package org.journeyaudit.engine.check;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.journeyaudit.engine.document.DocNode;
import org.journeyaudit.engine.document.DocNode.Field;
import org.journeyaudit.engine.document.DocNode.ListNode;
import org.journeyaudit.engine.document.DocNode.ObjectNode;
import org.journeyaudit.engine.document.DocNode.ScalarNode;
import org.journeyaudit.engine.document.DocNode.ScalarType;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.DocumentLimits;
import org.journeyaudit.engine.document.DocumentParser;
import org.journeyaudit.engine.document.Fields;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.NearestName;
import org.journeyaudit.engine.document.NumberRange;
import org.journeyaudit.engine.document.Problems;
import org.journeyaudit.engine.document.ValueRanges;
import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.journey.ChannelMode;
import org.journeyaudit.engine.journey.DocumentEnum;
import org.journeyaudit.engine.journey.TouchpointStatus;

/**
 * Reads checks files (YAML or JSON) and the {@code checks} of a request into {@link CustomChecks}:
 *
 * <pre>
 * checks:
 *   - id: status-in-chat
 *     title: Key journeys answer status questions in the chat
 *     severity: error
 *     message: "Journey {journey}: stage {stage} is not served on {channel} ({value})"
 *     select: {journey: {key: true}}
 *     require: {present-on: {stage: check-status, channel: chat}}
 * </pre>
 *
 * Everything is checked against closed lists (fields, element kinds, operators, allow-listed fields,
 * severities, placeholders); every problem is located, with the nearest valid name, and reported at once.
 * A file with any problem yields no check at all.
 */
public final class CheckReader {

    static final Set<String> FILE_FIELDS = Set.of("checks");
    static final Set<String> CHECK_FIELDS = Set.of("id", "title", "description", "severity", "message", "select", "require");
    static final int MAX_ID = 64;
    static final int MAX_TITLE = 200;
    static final int MAX_MESSAGE = 500;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_NAME = 100;
    private static final NumberRange MAX_HANDOFFS = NumberRange.of(0, 9999);

    private static final Map<Target, Set<String>> FILTERS = Map.of(
            Target.JOURNEY, Set.of("key"),
            Target.STAGE, Set.of("id", "nameContains"),
            Target.TOUCHPOINT, Set.of("stage", "channel", "channelMode", "status"),
            Target.ITEM, Set.of("key"));

    private final DocumentParser parser;
    private final DocumentLimits limits;

    public CheckReader(DocumentLimits limits) {
        this.parser = new DocumentParser(limits);
        this.limits = limits;
    }

    public CheckReader() {
        this(DocumentLimits.DEFAULT);
    }

    /** A checks file; {@code taken} are the custom rule ids of files read before it, which it may not repeat. */
    public CustomChecks read(Path file, Collection<String> taken) {
        return read(file.toString(), parser.parse(file), taken);
    }

    /** A checks document given as its content. */
    public CustomChecks read(String source, byte[] content, DocumentFormat format, Collection<String> taken) {
        return read(source, parser.parse(source, content, format), taken);
    }

    private CustomChecks read(String source, DocumentParser.Parsed parsed, Collection<String> taken) {
        Problems problems = new Problems();
        parsed.problems().forEach(problems::add);
        Fields f = Fields.of(parsed.root(), FILE_FIELDS, problems);
        List<CustomCheck> checks = List.of();
        if (f != null) {
            DocNode list = f.value("checks");
            if (list == null) {
                problems.add(f.node(), "missing required field 'checks': a list of checks");
            } else {
                checks = checks(list, source, taken, problems, limits.maxChecks());
            }
        }
        return result(source, checks, problems);
    }

    /** The checks of a request body's {@code checks} list, located where they are in the body. */
    public CustomChecks read(String source, DocNode list, Collection<String> taken) {
        Problems problems = new Problems();
        return result(source, checks(list, source, taken, problems, limits.maxChecks()), problems);
    }

    private static CustomChecks result(String source, List<CustomCheck> checks, Problems problems) {
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(source, InvalidDocumentException.Kind.INVALID, problems.list(), "checks document");
        }
        return new CustomChecks(checks);
    }

    private static List<CustomCheck> checks(DocNode node, String source, Collection<String> taken, Problems problems, int maxChecks) {
        if (!(node instanceof ListNode list)) {
            problems.add(node, "expected a list of checks, found " + node.describe());
            return List.of();
        }
        if (list.items().size() > maxChecks) {
            problems.add(node, "'checks' holds " + String.format(java.util.Locale.ROOT, "%,d", list.items().size())
                    + " entries; at most " + String.format(java.util.Locale.ROOT, "%,d", maxChecks) + " checks are given at once");
            return List.of();
        }
        Set<String> seen = new HashSet<>(taken);
        List<CustomCheck> checks = new ArrayList<>();
        for (DocNode item : list.items()) {
            CustomCheck check = check(item, source, seen, problems);
            if (check != null) {
                checks.add(check);
            }
        }
        return checks;
    }

    private static CustomCheck check(DocNode node, String source, Set<String> seen, Problems problems) {
        Fields f = Fields.of(node, CHECK_FIELDS, problems);
        if (f == null) {
            return null;
        }
        String id = id(f, seen, problems);
        String title = limited(f, "title", MAX_TITLE, true, problems);
        String description = limited(f, "description", MAX_DESCRIPTION, false, problems);
        String message = limited(f, "message", MAX_MESSAGE, true, problems);
        Severity severity = f.word("severity", Severity.class);
        if (f.value("severity") == null) {
            problems.add(f.node(), "missing required field 'severity': error, warning or info");
        }
        Field select = single(f, "select", DocumentEnum.words(Target.class), "the elements it judges: one of "
                + String.join(", ", DocumentEnum.words(Target.class)), problems);
        Target target = select == null ? null : DocumentEnum.fromWord(Target.class, select.name()).orElseThrow();
        Selector selector = select == null ? null : selector(target, select.value(), problems);
        // the condition is read whenever the kind of element is known, so that its problems are reported too
        Condition condition = target == null ? null : condition(f, target, problems);
        if (message != null && condition != null) {
            placeholders(message, f.value("message"), target, condition.operator(), problems);
        }
        if (id == null || title == null || message == null || severity == null || selector == null || condition == null) {
            return null;
        }
        return new CustomCheck(id, title, description, severity, message, selector, condition, source);
    }

    /** Lower-case words joined by single hyphens, as built-in rule slugs are. */
    private static String id(Fields f, Set<String> seen, Problems problems) {
        String id = f.requiredText("id");
        if (id == null) {
            return null;
        }
        boolean wellFormed = id.length() <= MAX_ID && !id.startsWith("-") && !id.endsWith("-") && !id.contains("--")
                && id.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-');
        if (!wellFormed) {
            problems.add(f.value("id"), "'" + abbreviate(id) + "' is not a check id: write lower-case letters and digits joined by single "
                    + "hyphens, at most " + MAX_ID + " characters (the check becomes rule " + CustomCheck.FAMILY + "/<id>)");
            return null;
        }
        if (!seen.add(id)) {
            problems.add(f.value("id"), "check id '" + id + "' is used by another check; ids are unique");
            return null;
        }
        return id;
    }

    private static String limited(Fields f, String name, int max, boolean required, Problems problems) {
        String text = required ? f.requiredText(name) : f.text(name);
        if (text != null && text.length() > max) {
            problems.add(f.value(name), "'" + name + "' is at most " + max + " characters, found " + text.length());
            return null;
        }
        return text;
    }

    /** The one field of a {@code select} or {@code require} object, or null with its problem recorded. */
    private static Field single(Fields f, String name, List<String> valid, String what, Problems problems) {
        DocNode node = f.value(name);
        if (node == null) {
            problems.add(f.node(), "missing required field '" + name + "': " + what);
            return null;
        }
        if (!(node instanceof ObjectNode object) || object.fields().isEmpty()) {
            problems.add(node, "expected an object with one of " + String.join(", ", valid) + ", found " + node.describe());
            return null;
        }
        Field chosen = null;
        for (Field field : object.fields().values()) {
            if (!valid.contains(field.name())) {
                problems.add(field.value().path(), field.nameLocation(), "unknown " + (name.equals("select") ? "element kind" : "operator")
                        + " '" + abbreviate(field.name()) + "'" + NearestName.hint(field.name(), valid));
            } else if (chosen != null) {
                problems.add(field.value().path(), field.nameLocation(), "'" + name + "' takes one " + (name.equals("select")
                        ? "element kind" : "operator") + "; '" + chosen.name() + "' is already given");
            } else {
                chosen = field;
            }
        }
        return chosen;
    }

    private static Selector selector(Target target, DocNode value, Problems problems) {
        if (value instanceof ScalarNode scalar && scalar.type() == ScalarType.NULL) {
            return new Selector(target, null, null, null, null, null, null, null); // every element of the kind
        }
        int before = problems.count();
        Fields f = Fields.of(value, FILTERS.get(target), problems);
        if (f == null) {
            return null;
        }
        Boolean key = target == Target.JOURNEY ? f.bool("key") : null;
        String stage = text(f, target == Target.STAGE ? "id" : "stage", problems);
        String nameContains = text(f, "nameContains", problems);
        String channel = text(f, "channel", problems);
        ChannelMode mode = f.word("channelMode", ChannelMode.class);
        TouchpointStatus status = f.word("status", TouchpointStatus.class);
        String item = target == Target.ITEM ? text(f, "key", problems) : null;
        if (problems.count() > before) {
            return null;
        }
        return new Selector(target, key, stage, nameContains, channel, mode, status, item);
    }

    /** A name or id: not blank, at most {@link #MAX_NAME} characters; matched literally. */
    private static String text(Fields f, String name, Problems problems) {
        String text = f.text(name);
        if (text != null && (text.isBlank() || text.length() > MAX_NAME)) {
            problems.add(f.value(name), "'" + name + "' is a text of 1 to " + MAX_NAME + " characters");
            return null;
        }
        return text;
    }

    private static Condition condition(Fields check, Target target, Problems problems) {
        List<String> operators = DocumentEnum.words(Operator.class);
        Field field = single(check, "require", operators, "the condition: one of " + String.join(", ", operators), problems);
        if (field == null) {
            return null;
        }
        Operator operator = DocumentEnum.fromWord(Operator.class, field.name()).orElseThrow();
        DocNode value = field.value();
        if (!operator.judges(target)) {
            String judged = Arrays.stream(Target.values()).filter(operator::judges).map(Target::word).reduce((a, b) -> a + " or " + b)
                    .orElseThrow();
            problems.add(value.path(), field.nameLocation(), "'" + operator.word() + "' judges a " + judged + "; this check selects "
                    + target.word() + " elements");
            return null;
        }
        return switch (operator) {
            case PRESENT_ON -> presentOn(value, target, problems);
            case SAME_ON_ALL_CHANNELS -> {
                if (value instanceof ScalarNode s && s.type() == ScalarType.BOOLEAN && s.text().equals("true")) {
                    yield new Condition(operator, null, null, null, null, null);
                }
                problems.add(value, "'same-on-all-channels' takes true, found " + value.describe());
                yield null;
            }
            case MAX_HANDOFFS -> {
                BigDecimal max = value instanceof ScalarNode s && s.type() == ScalarType.INTEGER ? MAX_HANDOFFS.within(s.text()) : null;
                if (max != null) {
                    yield new Condition(operator, null, null, max.intValueExact(), null, null);
                }
                problems.add(value, "'max-handoffs' takes a whole number from 0 to 9999, found " + value.describe());
                yield null;
            }
            case EQUALS, NOT_EQUALS, AT_LEAST, AT_MOST -> comparison(operator, value, target, problems);
        };
    }

    private static Condition presentOn(DocNode value, Target target, Problems problems) {
        Set<String> known = target == Target.JOURNEY ? Set.of("stage", "channel") : Set.of("channel");
        int before = problems.count();
        Fields f = Fields.of(value, known, problems);
        if (f == null) {
            return null;
        }
        String stage = target == Target.JOURNEY ? text(f, "stage", problems) : null;
        String channel = text(f, "channel", problems);
        if (target == Target.JOURNEY && f.value("stage") == null) {
            problems.add(value, "missing required field 'stage': the stage that must be present on the channel");
        }
        if (f.value("channel") == null) {
            problems.add(value, "missing required field 'channel': the channel the stage must be present on");
        }
        return problems.count() > before ? null : new Condition(Operator.PRESENT_ON, stage, channel, null, null, null);
    }

    private static Condition comparison(Operator operator, DocNode value, Target target, Problems problems) {
        int before = problems.count();
        Fields f = Fields.of(value, Set.of("field", "value"), problems);
        if (f == null) {
            return null;
        }
        String name = f.text("field");
        List<String> names = CheckField.names(target);
        CheckField field = null;
        if (name == null) {
            if (f.value("field") == null) {
                problems.add(value, "missing required field 'field': one of " + String.join(", ", names));
            }
        } else {
            field = CheckField.of(target, name).orElse(null);
            if (field == null) {
                problems.add(f.value("field"), "'" + abbreviate(name) + "' is not a field a check over " + target.word()
                        + " elements may compare" + NearestName.hint(name, names));
            }
        }
        DocNode operand = f.value("value");
        if (operand == null) {
            problems.add(value, "missing required field 'value': what the field is compared with");
        }
        if (field == null || operand == null || problems.count() > before) {
            return null;
        }
        if ((operator == Operator.AT_LEAST || operator == Operator.AT_MOST) && field.type() != CheckField.Type.NUMBER) {
            problems.add(f.value("field"), "'" + operator.word() + "' compares numbers; '" + name + "' is not a number, use equals or not-equals");
            return null;
        }
        Object expected = operand(field, operand, problems);
        return expected == null ? null : new Condition(operator, null, null, null, field, expected);
    }

    /** The value to compare with, of the field's type. */
    private static Object operand(CheckField field, DocNode node, Problems problems) {
        ScalarNode scalar = node instanceof ScalarNode s ? s : null;
        switch (field.type()) {
            case NUMBER -> {
                if (scalar != null && (scalar.type() == ScalarType.INTEGER || scalar.type() == ScalarType.DECIMAL)) {
                    BigDecimal number = ValueRanges.CHECK_OPERAND.within(scalar.text());
                    if (number == null) {
                        problems.add(node, "'" + field.fieldName() + "' is compared with a number " + ValueRanges.CHECK_OPERAND.describe()
                                + ", found " + abbreviate(scalar.text()));
                    }
                    return number == null ? null : number.doubleValue();
                }
            }
            case BOOLEAN -> {
                if (scalar != null && scalar.type() == ScalarType.BOOLEAN) {
                    return Boolean.valueOf(scalar.text());
                }
            }
            case TEXT -> {
                if (scalar != null && scalar.type() == ScalarType.TEXT && !scalar.text().isBlank() && scalar.text().length() <= MAX_NAME) {
                    return scalar.text();
                }
            }
            case STATUS -> {
                if (scalar != null && scalar.type() == ScalarType.TEXT) {
                    List<String> words = DocumentEnum.words(TouchpointStatus.class);
                    if (words.contains(scalar.text())) {
                        return scalar.text();
                    }
                    problems.add(node, "'" + abbreviate(scalar.text()) + "' is not a status" + NearestName.hint(scalar.text(), words));
                    return null;
                }
            }
        }
        String expected = switch (field.type()) {
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case TEXT -> "a text of 1 to " + MAX_NAME + " characters";
            case STATUS -> "present, absent or not-applicable";
        };
        problems.add(node, "'" + field.fieldName() + "' is compared with " + expected + ", found " + node.describe());
        return null;
    }

    /** Every {@code {word}} of the message must be a placeholder this check fills; other braces are plain text. */
    private static void placeholders(String message, DocNode at, Target target, Operator operator, Problems problems) {
        List<String> available = CustomCheck.placeholders(target, operator);
        int from = 0;
        while ((from = message.indexOf('{', from)) >= 0) {
            int end = message.indexOf('}', from);
            if (end < 0) {
                return;
            }
            String name = message.substring(from + 1, end);
            boolean word = !name.isEmpty() && name.chars().allMatch(Character::isLetter);
            if (word && !available.contains(name)) {
                problems.add(at, CustomCheck.PLACEHOLDERS.contains(name)
                        ? "'{" + name + "}' has no value in a check over " + target.word() + " elements with '" + operator.word()
                                + "'; it can use " + braces(available)
                        : "unknown placeholder '{" + name + "}'" + NearestName.among(name, available).map(n -> "; did you mean '{" + n + "}'?")
                                .orElse("; it can use " + braces(available)));
            }
            from = end;
        }
    }

    private static String braces(List<String> names) {
        return String.join(", ", names.stream().map(n -> "{" + n + "}").toList());
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
