package org.journeyaudit.engine.rulebase;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.journeyaudit.engine.language.Figures;
import org.journeyaudit.engine.language.Language;

/**
 * A rule's message in one language, filled from a finding's evidence, so that a rule can be reworded or
 * translated without touching its logic and every figure is written by {@link Figures} in the report's language.
 *
 * <ul>
 * <li>{@code {name}}: the evidence entry: a number as a figure ({@code 13,700} / {@code 13 700}), a list as its
 * members ({@code a, b, c}; at most ten, then "and N more" / "и ещё N"), anything else as written. A dotted
 * name reads into a list member or a group: {@code {tellings.0.value}}.</li>
 * <li>{@code {name:format}}: {@code number}, {@code percent} (a share, in whole percent), {@code duration} (minutes, or an
 * ISO-8601 duration such as {@code PT72H}: "3 days" / "3 дня"), {@code date} ({@code 2026-11-22} / {@code 22.11.2026}),
 * {@code quoted} (each member in single quotes), {@code count} (a list's size, or the number),
 * {@code plural(one,few,many)} (the figure and the word that agrees with it: {@code plural(day,days)} /
 * {@code plural(день,дня,дней)}), {@code word(one,few,many)} (the word alone), {@code list(...)} and
 * {@code groups(...)} (each member, a group of entries, written by the template between the parentheses, joined
 * by commas or by semicolons; at most ten, then how many more).</li>
 * <li>{@code [name?text]}: the text only when the entry is given and not zero, empty or false; {@code [!name?text]}
 * only when it is not; {@code [name=value?text]} and {@code [name!=value?text]} compare the entry's text (a
 * list's size) with the value.</li>
 * </ul>
 * The text of a condition starts right after its {@code ?}. {@code {stage}} is the finding's stage when the evidence
 * has no entry of that name. A backslash writes the next character as it is ({@code \[}, <code>\{</code>).
 */
public final class MessageTemplate {

    /** How many members a message names before it counts the rest: a message never grows with the journey. */
    public static final int NAMED = 10;

    private static final Set<String> FORMATS = Set.of("number", "percent", "duration", "date", "quoted", "count", "plural", "word",
            "list", "groups");

    private final String text;
    private final List<Part> parts;

    private MessageTemplate(String text, List<Part> parts) {
        this.text = text;
        this.parts = parts;
    }

    /** Reads a template; a {@link TemplateException} says what is wrong and at which character. */
    public static MessageTemplate parse(String text) {
        return new MessageTemplate(text, new Parser(text).parts(false, false));
    }

    public String text() {
        return text;
    }

    /** The evidence entries the template reads, by their first name, in order (names inside list(...) belong to members). */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        collect(parts, names);
        return names;
    }

    /** The message for a finding's evidence (and stage) in a language; a placeholder without a value stays as written. */
    public String fill(Map<String, Object> evidence, String stage, Language language) {
        StringBuilder out = new StringBuilder();
        write(parts, new Scope(evidence, new Scope(java.util.Collections.singletonMap("stage", stage), null)), Figures.of(language), out);
        return out.toString();
    }

    @Override
    public String toString() {
        return text;
    }

    /** A template that cannot be read, with the 1-based character where the problem is. */
    public static final class TemplateException extends IllegalArgumentException {
        private final int column;

        TemplateException(String problem, int column) {
            super(problem + " (at character " + column + ")");
            this.column = column;
        }

        public int column() {
            return column;
        }
    }

    private sealed interface Part permits Text, Placeholder, Condition {
    }

    private record Text(String text) implements Part {
    }

    private record Placeholder(String path, String format, List<String> forms, List<Part> member) implements Part {
    }

    private record Condition(String path, boolean negated, String comparedWith, boolean equal, List<Part> body) implements Part {
    }

    /** Evidence names visible where a part is written: a member's entries first, then the finding's. */
    private record Scope(Map<String, Object> entries, Scope outer) {
        Object get(String path) {
            if (path.equals(".")) {
                return entries.containsKey(".") ? entries.get(".") : outer == null ? null : outer.get(path);
            }
            if (path.indexOf('.') < 0) {
                // most names are not dotted: no split for them (a message is written for every finding)
                Object value = entries.get(path);
                return value == null && outer != null && !entries.containsKey(path) ? outer.get(path) : value;
            }
            String[] names = path.split("\\.");
            Object value = entries.get(names[0]);
            if (value == null && outer != null && !entries.containsKey(names[0])) {
                return outer.get(path);
            }
            for (int i = 1; i < names.length && value != null; i++) {
                value = step(value, names[i]);
            }
            return value;
        }

        private static Object step(Object value, String name) {
            if (value instanceof Map<?, ?> map) {
                return map.get(name);
            }
            if (value instanceof List<?> list && name.chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(name);
                return index < list.size() ? list.get(index) : null;
            }
            return null;
        }
    }

    private static void collect(List<Part> parts, Set<String> names) {
        for (Part part : parts) {
            if (part instanceof Placeholder p) {
                names.add(first(p.path()));
            } else if (part instanceof Condition c) {
                names.add(first(c.path()));
                collect(c.body(), names);
            }
        }
    }

    private static String first(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }

    private static void write(List<Part> parts, Scope scope, Figures figures, StringBuilder out) {
        for (Part part : parts) {
            if (part instanceof Text t) {
                out.append(t.text());
            } else if (part instanceof Placeholder p) {
                Object value = scope.get(p.path());
                out.append(value == null ? "{" + p.path() + "}" : placeholder(p, value, scope, figures));
            } else if (part instanceof Condition c && holds(c, scope.get(c.path()))) {
                write(c.body(), scope, figures, out);
            }
        }
    }

    private static boolean holds(Condition condition, Object value) {
        if (condition.comparedWith() != null) {
            return value != null && plain(value).equals(condition.comparedWith()) == condition.equal();
        }
        return given(value) != condition.negated();
    }

    private static boolean given(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof java.util.Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return !value.toString().isEmpty();
    }

    /** How a value compares in a condition: a list by its size, a number without trailing zeros. */
    private static String plain(Object value) {
        if (value instanceof java.util.Collection<?> c) {
            return Integer.toString(c.size());
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static String placeholder(Placeholder p, Object value, Scope scope, Figures figures) {
        String format = p.format() == null ? "" : p.format();
        return switch (format) {
            case "percent" -> figures.percent(Math.round(number(value) * 100) / 100.0);
            case "duration" -> duration(value, figures);
            case "date" -> date(value, figures);
            case "quoted" -> value instanceof java.util.Collection<?> list
                    ? listed(list.stream().map(m -> "'" + shown(m, figures) + "'").toList(), ", ", figures)
                    : "'" + shown(value, figures) + "'";
            case "count" -> figures.number(count(value));
            case "plural" -> (value instanceof java.util.Collection<?> ? figures.number(count(value)) : figures.number(number(value))) + " "
                    + word(value, p.forms(), figures);
            case "word" -> word(value, p.forms(), figures);
            case "list", "groups" -> {
                List<String> written = new ArrayList<>();
                for (Object member : value instanceof java.util.Collection<?> list ? list : List.of(value)) {
                    StringBuilder one = new StringBuilder();
                    write(p.member(), new Scope(member instanceof Map<?, ?> m ? entries(m) : Map.of(".", member), scope), figures, one);
                    written.add(one.toString());
                }
                yield listed(written, format.equals("list") ? ", " : "; ", figures);
            }
            default -> shown(value, figures);
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entries(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static String shown(Object value, Figures figures) {
        if (value instanceof BigDecimal decimal) {
            return figures.number(decimal);
        }
        if (value instanceof Number n) {
            return figures.number(n.doubleValue());
        }
        if (value instanceof java.util.Collection<?> list) {
            return listed(list.stream().map(m -> shown(m, figures)).toList(), ", ", figures);
        }
        return value.toString();
    }

    /** Members joined, at most {@link #NAMED}, then how many more: "a, b and 3 more" / "a, b и ещё 3". */
    static String listed(List<String> members, String separator, Figures figures) {
        if (members.size() <= NAMED) {
            return String.join(separator, members);
        }
        String more = figures.number(members.size() - NAMED);
        String tail = figures.language() == Language.RU ? " и ещё " + more : " and " + more + " more";
        return String.join(separator, members.subList(0, NAMED)) + (separator.startsWith(";") ? ";" : "") + tail;
    }

    private static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(value.toString());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("'" + value + "' is not a number");
        }
    }

    private static long count(Object value) {
        return value instanceof java.util.Collection<?> c ? c.size() : Math.round(number(value));
    }

    /**
     * The form that agrees with a count; a fraction takes the second form in both languages ("1.5 days", "2,5 раза"),
     * as English and Russian grammar have it.
     */
    private static String word(Object value, List<String> forms, Figures figures) {
        if (!(value instanceof java.util.Collection<?>)) {
            double number = number(value);
            if (number != Math.rint(number)) {
                return forms.get(Math.min(1, forms.size() - 1));
            }
        }
        return figures.word(count(value), forms.toArray(String[]::new));
    }

    private static String date(Object value, Figures figures) {
        try {
            return figures.date(value instanceof LocalDate d ? d : LocalDate.parse(value.toString()));
        } catch (DateTimeParseException notADate) {
            return value.toString();
        }
    }

    /** A duration as people write it: "1 day 12 hours" / "1 день 12 часов"; minutes when given a number. */
    static String duration(Object value, Figures figures) {
        Duration duration;
        if (value instanceof Duration d) {
            duration = d;
        } else if (value instanceof Number n) {
            duration = Duration.ofSeconds(Math.round(n.doubleValue() * 60));
        } else {
            try {
                duration = Duration.parse(value.toString());
            } catch (DateTimeParseException notADuration) {
                return value.toString();
            }
        }
        boolean russian = figures.language() == Language.RU;
        List<String> parts = new ArrayList<>();
        add(parts, duration.toDays(), figures, russian ? new String[] {"день", "дня", "дней"} : new String[] {"day", "days"});
        add(parts, duration.toHoursPart(), figures, russian ? new String[] {"час", "часа", "часов"} : new String[] {"hour", "hours"});
        add(parts, duration.toMinutesPart(), figures,
                russian ? new String[] {"минута", "минуты", "минут"} : new String[] {"minute", "minutes"});
        add(parts, duration.toSecondsPart(), figures,
                russian ? new String[] {"секунда", "секунды", "секунд"} : new String[] {"second", "seconds"});
        return parts.isEmpty() ? (russian ? "0 минут" : "0 minutes") : String.join(" ", parts);
    }

    private static void add(List<String> parts, long amount, Figures figures, String[] forms) {
        if (amount > 0) {
            parts.add(figures.plural(amount, forms));
        }
    }

    /** Reads the template's text: literal text, {placeholders} and [conditions? text]. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        /** Parts up to the end, or up to the closing bracket of a condition or parenthesis of a member template. */
        List<Part> parts(boolean inCondition, boolean inMember) {
            List<Part> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            int depth = 0;
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '\\' && at + 1 < text.length()) {
                    literal.append(text.charAt(at + 1));
                    at += 2;
                    continue;
                }
                if (c == ']' && inCondition) {
                    break;
                }
                if (inMember && c == '(') {
                    depth++;
                } else if (inMember && c == ')') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                }
                if (c == '{' || c == '[') {
                    if (!literal.isEmpty()) {
                        parts.add(new Text(literal.toString()));
                        literal.setLength(0);
                    }
                    parts.add(c == '{' ? placeholder() : condition(inMember));
                    continue;
                }
                if (c == '}') {
                    throw new TemplateException("'}' closes no placeholder", at + 1);
                }
                if (c == ']') {
                    throw new TemplateException("']' closes no condition", at + 1);
                }
                literal.append(c);
                at++;
            }
            if (!literal.isEmpty()) {
                parts.add(new Text(literal.toString()));
            }
            return parts;
        }

        private Placeholder placeholder() {
            int start = at++;
            String path = name(start);
            String format = null;
            List<String> forms = List.of();
            List<Part> member = List.of();
            if (at < text.length() && text.charAt(at) == ':') {
                at++;
                int formatStart = at;
                while (at < text.length() && Character.isLetter(text.charAt(at))) {
                    at++;
                }
                format = text.substring(formatStart, at);
                if (!FORMATS.contains(format)) {
                    throw new TemplateException("unknown format '" + format + "' in a placeholder; the formats are "
                            + String.join(", ", FORMATS.stream().sorted().toList()), formatStart + 1);
                }
                boolean opens = at < text.length() && text.charAt(at) == '(';
                boolean needs = format.equals("plural") || format.equals("word") || format.equals("list") || format.equals("groups");
                if (needs != opens) {
                    throw new TemplateException(needs ? "format '" + format + "' needs its forms or template in parentheses"
                            : "format '" + format + "' takes nothing in parentheses", at + 1);
                }
                if (opens) {
                    at++;
                    if (format.equals("list") || format.equals("groups")) {
                        member = parts(false, true);
                    } else {
                        int close = text.indexOf(')', at);
                        if (close < 0) {
                            throw new TemplateException("the forms of '" + format + "' are not closed by ')'", start + 1);
                        }
                        forms = List.of(text.substring(at, close).split(",", -1));
                        if (forms.stream().anyMatch(String::isBlank)) {
                            throw new TemplateException("a form of '" + format + "' is empty", at + 1);
                        }
                        at = close;
                    }
                    if (at >= text.length() || text.charAt(at) != ')') {
                        throw new TemplateException("'(' of format '" + format + "' is not closed", start + 1);
                    }
                    at++;
                }
            }
            if (at >= text.length() || text.charAt(at) != '}') {
                throw new TemplateException("placeholder '{" + path + "' is not closed by '}'", start + 1);
            }
            at++;
            return new Placeholder(path, format, forms, member);
        }

        private Condition condition(boolean inMember) {
            int start = at++;
            boolean negated = at < text.length() && text.charAt(at) == '!';
            if (negated) {
                at++;
            }
            String path = name(start);
            String comparedWith = null;
            boolean equal = true;
            if (!negated && (text.startsWith("=", at) || text.startsWith("!=", at))) {
                equal = text.charAt(at) == '=';
                at += equal ? 1 : 2;
                int question = text.indexOf('?', at);
                if (question < 0) {
                    throw new TemplateException("condition '[" + path + "' has no '?' before its text", start + 1);
                }
                comparedWith = text.substring(at, question).strip();
                at = question;
            }
            if (at >= text.length() || text.charAt(at) != '?') {
                throw new TemplateException("condition '[" + path + "' has no '?' before its text", start + 1);
            }
            at++;
            List<Part> body = parts(true, inMember);
            if (at >= text.length() || text.charAt(at) != ']') {
                throw new TemplateException("condition '[" + path + "' is not closed by ']'", start + 1);
            }
            at++;
            return new Condition(path, negated, comparedWith, equal, body);
        }

        /** An evidence name: letters, digits, '-', '_' and '.' between names; '.' alone is a member itself. */
        private String name(int start) {
            int nameStart = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || "._-".indexOf(text.charAt(at)) >= 0)) {
                at++;
            }
            String name = text.substring(nameStart, at);
            if (name.isEmpty()) {
                throw new TemplateException("'" + text.charAt(start) + "' is not followed by an evidence name", start + 1);
            }
            return name;
        }
    }
}
