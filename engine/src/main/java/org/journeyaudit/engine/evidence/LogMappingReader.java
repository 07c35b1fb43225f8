package org.journeyaudit.engine.evidence;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.journeyaudit.engine.document.DocNode;
import org.journeyaudit.engine.document.DocPath;
import org.journeyaudit.engine.document.Location;
import org.journeyaudit.engine.document.DocNode.ListNode;
import org.journeyaudit.engine.document.DocNode.ObjectNode;
import org.journeyaudit.engine.document.DocNode.ScalarNode;
import org.journeyaudit.engine.document.DocNode.ScalarType;
import org.journeyaudit.engine.document.DocumentFiles;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.DocumentLimits;
import org.journeyaudit.engine.document.DocumentParser;
import org.journeyaudit.engine.document.Fields;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.NearestName;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.document.Problems;
import org.journeyaudit.engine.journey.Actor;
import org.journeyaudit.engine.journey.Channel;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;

/**
 * Reads an evidence mapping (YAML or JSON) against the journey it maps to, or fails with every problem of the file,
 * each located, unknown fields named with the nearest known one:
 *
 * <pre>
 * columns: {case: SR Number, timestamp: Change Date+Time, activity: Status, actor: Involved ST, level: ST Level}
 * timestampFormat: yyyy-MM-dd HH:mm:ss
 * delimiter: ";"
 * sortedByCase: true
 * repeatWithinDays: 7
 * handleTimeUnit: minutes
 * steps:    {register: Registered, analyse: [Analysed, Reviewed], answer: {pattern: "Answer.*"}}
 * actors:   {L1: Service desk, L2: {pattern: "Org line B.*"}}
 * channels: {phone: [Phone, Call]}
 * </pre>
 *
 * {@code stages} maps activity values to stages when steps do not say it (a value mapped to a step belongs to the
 * step's stage). A kind the mapping leaves out maps values by the elements' own ids and names.
 */
public final class LogMappingReader {

    /** What the refused file is, as messages name it. */
    public static final String DOCUMENT_NAME = "evidence mapping";
    static final Set<String> MAPPING_FIELDS = Set.of("columns", "timestampFormat", "delimiter", "sortedByCase", "repeatWithinDays",
            "handleTimeUnit", "stages", "steps", "actors", "channels");
    private static final Set<String> PATTERN_FIELDS = Set.of("pattern");
    /** Values and patterns one element may list: more than any log has for one step or team. */
    static final int MOST_VALUES = 1_000;

    private final DocumentParser parser = new DocumentParser(DocumentLimits.DEFAULT);

    /** The mapping in the file, checked against the journey. */
    public LogMapping read(Path file, Journey journey) {
        byte[] content = DocumentFiles.read(file, DocumentLimits.DEFAULT, DOCUMENT_NAME);
        return read(file.toString(), content, DocumentFormat.ofFileName(file.getFileName().toString()), journey);
    }

    /** The mapping in {@code content}, in {@code format}, named {@code source} in messages, checked against the journey. */
    public LogMapping read(String source, byte[] content, DocumentFormat format, Journey journey) {
        if (content.length > DocumentLimits.DEFAULT.maxBytes()) {
            throw new InvalidDocumentException(source, InvalidDocumentException.Kind.TOO_LARGE, List.of(Problem.at(DocPath.ROOT,
                    Location.UNKNOWN, "the mapping is " + content.length + " bytes; the limit is " + DocumentLimits.DEFAULT.maxBytes()
                            + " bytes")), DOCUMENT_NAME);
        }
        DocumentParser.Parsed parsed;
        try {
            parsed = parser.parse(source, content, format);
        } catch (InvalidDocumentException malformed) {
            throw new InvalidDocumentException(source, malformed.kind(), malformed.problems(), DOCUMENT_NAME);
        }
        Problems problems = new Problems();
        parsed.problems().forEach(problems::add);
        Fields f = Fields.of(parsed.root(), MAPPING_FIELDS, problems);
        LogMapping mapping = f == null ? null : read(source, f, journey, problems);
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(source, InvalidDocumentException.Kind.INVALID, problems.list(), DOCUMENT_NAME);
        }
        return mapping;
    }

    /** The mapping used without a file: columns found by their usual names, values matched by the elements' names. */
    public static LogMapping byNames(Journey journey) {
        return new LogMapping(null, Map.of(), Map.of(), TimestampFormat.ISO, null, false, LogMapping.REPEAT_WITHIN_DAYS,
                ValueMap.byName(stageNames(journey)), ValueMap.byName(stepNames(journey)), ValueMap.byName(actorNames(journey)),
                ValueMap.byName(channelNames(journey)), stageOfStep(journey));
    }

    private LogMapping read(String source, Fields f, Journey journey, Problems problems) {
        Map<LogRole, String> columns = new EnumMap<>(LogRole.class);
        Map<LogRole, Problem> columnAt = new EnumMap<>(LogRole.class);
        DocNode columnsNode = f.value("columns");
        if (columnsNode == null) {
            problems.add(f.node(), "missing required field 'columns': which column holds the case, timestamp and activity");
        } else {
            Fields c = Fields.of(columnsNode, Set.copyOf(LogRole.fields()), problems);
            if (c != null) {
                for (LogRole role : LogRole.values()) {
                    String column = role.required() ? c.requiredIdentifier(role.field()) : c.identifier(role.field());
                    if (column != null) {
                        columns.put(role, column);
                        DocNode at = c.value(role.field());
                        columnAt.put(role, Problem.at(at.path(), at.location(), ""));
                    }
                }
            }
        }
        TimestampFormat format = TimestampFormat.ISO;
        String formatText = f.text("timestampFormat");
        if (formatText != null) {
            try {
                format = TimestampFormat.of(formatText);
            } catch (IllegalArgumentException invalid) {
                problems.add(f.value("timestampFormat"), invalid.getMessage());
            }
        }
        Character delimiter = delimiter(f, problems);
        Boolean sorted = f.bool("sortedByCase");
        Integer window = f.integer("repeatWithinDays", 1, 366);
        HandleTimeUnit unit = f.word("handleTimeUnit", HandleTimeUnit.class);
        Map<String, String> stageOfStep = stageOfStep(journey);
        ValueMap stages = values(f, "stages", "stage", stageNames(journey), journey.stages().stream().map(Stage::id).toList(),
                id -> id, problems);
        ValueMap steps = values(f, "steps", "step", stepNames(journey), List.copyOf(stageOfStep.keySet()), id -> id, problems);
        List<String> actors = journey.actorNames().all();
        ValueMap actorMap = values(f, "actors", "actor", actorNames(journey), actors, journey.actorNames()::of, problems);
        ValueMap channels = values(f, "channels", "channel", channelNames(journey), journey.channels().stream().map(Channel::id).toList(),
                id -> id, problems);
        return new LogMapping(source, columns, columnAt, format, delimiter, Boolean.TRUE.equals(sorted),
                window == null ? LogMapping.REPEAT_WITHIN_DAYS : window, stages, steps, actorMap, channels, stageOfStep, unit);
    }

    private static Character delimiter(Fields f, Problems problems) {
        String text = f.text("delimiter");
        if (text == null) {
            return null;
        }
        return switch (text) {
            case ",", ";" -> text.charAt(0);
            case "\t", "tab" -> '\t';
            default -> {
                problems.add(f.value("delimiter"), "'delimiter' must be \",\", \";\" or tab, found '" + text + "'");
                yield null;
            }
        };
    }

    /**
     * The map of one kind: each key an element the journey has (its id, or for actors its name), each value a text, a
     * list of texts and {@code {pattern: ...}}, or one {@code {pattern: ...}}. Without the field, values map by name.
     */
    private static ValueMap values(Fields f, String field, String kind, Map<String, String> byName, List<String> elements,
            Function<String, String> canonical, Problems problems) {
        DocNode node = f.value(field);
        if (node == null) {
            return ValueMap.byName(byName);
        }
        ValueMap map = ValueMap.empty();
        if (!(node instanceof ObjectNode object)) {
            problems.add(node, "expected a map of " + kind + "s to log values, found " + node.describe());
            return map;
        }
        Map<String, String> known = new HashMap<>();
        elements.forEach(e -> known.put(kind.equals("actor") ? Actor.key(e) : e, e));
        for (DocNode.Field entry : object.fields().values()) {
            String element = known.get(kind.equals("actor") ? Actor.key(entry.name()) : entry.name());
            if (element == null) {
                problems.add(entry.value().path(), entry.nameLocation(), "the journey has no " + kind + " '" + entry.name() + "'"
                        + NearestName.hint(entry.name(), elements));
                continue;
            }
            String target = canonical.apply(element);
            DocNode value = entry.value();
            List<DocNode> items = value instanceof ListNode list ? list.items() : List.of(value);
            if (items.size() > MOST_VALUES) {
                problems.add(value, "a " + kind + " lists at most " + MOST_VALUES + " values and patterns, found " + items.size());
                continue;
            }
            if (items.isEmpty()) {
                problems.add(value, "the " + kind + " '" + entry.name() + "' lists no value; give a value, a list or {pattern: ...}");
            }
            for (DocNode item : items) {
                valueOrPattern(item, target, kind, map, problems);
            }
        }
        return map;
    }

    private static void valueOrPattern(DocNode item, String element, String kind, ValueMap map, Problems problems) {
        if (item instanceof ScalarNode scalar && scalar.type() != ScalarType.NULL) {
            if (scalar.text().length() > DocumentLimits.DEFAULT.maxTextLength()) {
                problems.add(item, "a log value is at most " + DocumentLimits.DEFAULT.maxTextLength() + " characters, found "
                        + scalar.text().length());
            } else {
                map.exact(scalar.text(), element);
            }
            return;
        }
        if (item instanceof ObjectNode) {
            Fields p = Fields.of(item, PATTERN_FIELDS, problems);
            String text = p == null ? null : p.requiredText("pattern");
            if (text != null) {
                try {
                    map.pattern(ValuePattern.compile(text), element);
                } catch (IllegalArgumentException invalid) {
                    problems.add(p.value("pattern"), invalid.getMessage());
                }
            }
            return;
        }
        problems.add(item, "expected a log value or {pattern: ...} for the " + kind + ", found " + item.describe());
    }

    private static Map<String, String> stageNames(Journey journey) {
        Map<String, String> names = new LinkedHashMap<>();
        journey.stages().forEach(s -> names.putIfAbsent(s.id(), s.id()));
        journey.stages().forEach(s -> names.putIfAbsent(s.displayName(), s.id()));
        return names;
    }

    private static Map<String, String> stepNames(Journey journey) {
        Map<String, String> names = new LinkedHashMap<>();
        journey.stages().forEach(s -> s.steps().forEach(step -> names.putIfAbsent(step.id(), step.id())));
        journey.stages().forEach(s -> s.steps().forEach(step -> names.putIfAbsent(step.displayName(), step.id())));
        return names;
    }

    private static Map<String, String> actorNames(Journey journey) {
        Map<String, String> names = new LinkedHashMap<>();
        journey.actorNames().all().forEach(a -> names.put(Actor.key(a), a));
        return names;
    }

    private static Map<String, String> channelNames(Journey journey) {
        Map<String, String> names = new LinkedHashMap<>();
        journey.channels().forEach(c -> names.putIfAbsent(c.id(), c.id()));
        journey.channels().forEach(c -> {
            if (c.name() != null) {
                names.putIfAbsent(c.name(), c.id());
            }
        });
        return names;
    }

    /** Each step's stage: the first stage that has a step of that id. */
    static Map<String, String> stageOfStep(Journey journey) {
        Map<String, String> stageOf = new LinkedHashMap<>();
        for (Stage stage : journey.stages()) {
            for (Step step : stage.steps()) {
                stageOf.putIfAbsent(step.id(), stage.id());
            }
        }
        return stageOf;
    }
}
