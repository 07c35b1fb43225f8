package org.journeyaudit.engine.evidence;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Location;

/**
 * A log in XES (IEEE 1849), read as a stream of XML elements, also gzip-compressed ({@code .xes.gz}). A trace is a
 * case: its {@code concept:name} is the case id (a mapping may name it {@code case:concept:name}, as process-mining
 * tools write it, or {@code concept:name}). Each event's own attributes ({@code string}, {@code date}, {@code int},
 * {@code float}, {@code boolean}, {@code id}) are its columns: by default {@code concept:name} is the activity,
 * {@code time:timestamp} the time, {@code org:resource} the resource and {@code org:group} the actor. Nested attributes,
 * lists and the log's global and classifier declarations are not read. No DTD and no external entity is ever read.
 */
final class XesEventLog implements EventLog {

    private static final Set<String> ATTRIBUTES = Set.of("string", "date", "int", "float", "boolean", "id");
    private static final String CASE_PREFIX = "case:";
    /** Distinct attribute keys kept for the list of columns. */
    private static final int KEYS_KEPT = 1_000;
    private static final int PROGRESS_EVENTS = 10_000;

    private final LogSource file;
    private final LogMapping mapping;
    private final Set<String> keys = new LinkedHashSet<>();

    XesEventLog(LogSource file, LogMapping mapping) {
        this.file = file;
        this.mapping = mapping;
    }

    @Override
    public List<String> columns() {
        return List.copyOf(keys);
    }

    @Override
    public void read(LogSink sink) {
        Map<LogRole, String> keyOf = keyOfRoles();
        RowReader rows = rowReader(keyOf);
        each(sink, (line, caseId, event) -> rows.read(line,
                role -> role == LogRole.CASE ? blankAsNull(caseId) : blankAsNull(event.get(keyOf.get(role))), sink));
        namedKeysFound();
    }

    /**
     * An XES log declares no columns: an attribute the mapping names is known to be missing only once no event has had
     * it. That is then the mapping's problem at the place it names the attribute, as a missing CSV column is.
     */
    private void namedKeysFound() {
        if (keys.isEmpty() || keys.size() >= KEYS_KEPT) {
            return; // no event read, or more keys than are kept: absence cannot be told
        }
        List<org.journeyaudit.engine.document.Problem> problems = new ArrayList<>();
        for (Map.Entry<LogRole, String> named : mapping.columns().entrySet()) {
            if (named.getKey() != LogRole.CASE && !keys.contains(named.getValue())) {
                org.journeyaudit.engine.document.Problem place = mapping.columnAt().get(named.getKey());
                problems.add(new org.journeyaudit.engine.document.Problem(place.pointer(), place.yamlPath(), place.location(),
                        "no event of the log " + file.name() + " has the attribute '" + named.getValue() + "'"
                                + org.journeyaudit.engine.document.NearestName.among(named.getValue(), keys)
                                        .map(n -> "; did you mean '" + n + "'?").orElse("")
                                + "; its events' attributes are: " + String.join(", ", keys)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(mapping.source(), InvalidDocumentException.Kind.INVALID, problems,
                    LogMappingReader.DOCUMENT_NAME);
        }
    }

    @Override
    public void tally(ColumnTally tally) {
        String caseColumn = CASE_PREFIX + caseKey();
        each(new LogSink() {
            @Override
            public void event(LogEvent event) {
            }

            @Override
            public void unread(UnreadRow row) {
            }
        }, (line, caseId, event) -> {
            tally.add(caseColumn, blankAsNull(caseId));
            event.forEach((key, value) -> tally.add(key, blankAsNull(value)));
        });
    }

    /** What is done with one event: its line, its trace's case id, its attributes by key. */
    private interface EventHandler {
        void accept(long line, String caseId, Map<String, String> attributes);
    }

    private void each(LogSink sink, EventHandler handler) {
        String source = file.name();
        LogFiles.Opened opened = LogFiles.open(file);
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        String caseKey = caseKey();
        XMLStreamReader xml = null;
        long line = 1;
        try {
            xml = factory.createXMLStreamReader(opened.in(), "UTF-8");
            int depth = 0;
            int traceDepth = -1;
            int eventDepth = -1;
            String caseId = null;
            Map<String, String> event = new java.util.LinkedHashMap<>();
            long eventLine = 0;
            long count = 0;
            Set<String> seenKeys = new java.util.HashSet<>();
            while (xml.hasNext()) {
                int type = xml.next();
                line = xml.getLocation().getLineNumber();
                if (type == XMLStreamConstants.DTD) {
                    // entities could make a few bytes expand to gigabytes, and XES needs none: the declaration is refused
                    throw LogFiles.refused(source, InvalidDocumentException.Kind.MALFORMED, LogFiles.line(line), "the log declares a "
                            + "DOCTYPE (ending at line " + line + "); an XES log has none, and entities in a log are never expanded");
                }
                if (type == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = xml.getLocalName();
                    if (name.equals("trace") && traceDepth < 0) {
                        traceDepth = depth;
                        caseId = null;
                    } else if (name.equals("event") && traceDepth > 0 && eventDepth < 0) {
                        eventDepth = depth;
                        event.clear();
                        eventLine = line;
                    } else if (ATTRIBUTES.contains(name)) {
                        String key = xml.getAttributeValue(null, "key");
                        String value = xml.getAttributeValue(null, "value");
                        if (key != null && eventDepth > 0 && depth == eventDepth + 1) {
                            event.put(key, value);
                            if (keys.size() < KEYS_KEPT && seenKeys.add(key)) {
                                keys.add(key);
                            }
                        } else if (key != null && eventDepth < 0 && depth == traceDepth + 1 && key.equals(caseKey)) {
                            caseId = value;
                        }
                    }
                } else if (type == XMLStreamConstants.END_ELEMENT) {
                    if (depth == eventDepth) {
                        eventDepth = -1;
                        handler.accept(eventLine, caseId, event);
                        if (++count % PROGRESS_EVENTS == 0) {
                            sink.progress(opened.counted().bytes(), opened.size());
                        }
                    } else if (depth == traceDepth) {
                        traceDepth = -1;
                    }
                    depth--;
                }
            }
            sink.progress(opened.counted().bytes(), opened.size());
        } catch (XMLStreamException broken) {
            long at = broken.getLocation() != null && broken.getLocation().getLineNumber() > 0 ? broken.getLocation().getLineNumber() : line;
            throw LogFiles.refused(source, InvalidDocumentException.Kind.MALFORMED, LogFiles.line(at),
                    "the log is not well-formed XES (XML) at line " + at + ": " + reason(broken));
        } finally {
            close(xml, opened);
        }
    }

    private RowReader rowReader;

    /** One reader for the whole log; its columns are the attribute keys the roles read. */
    private RowReader rowReader(Map<LogRole, String> keyOf) {
        if (rowReader == null) {
            List<String> header = new ArrayList<>();
            for (LogRole role : LogRole.values()) {
                header.add(keyOf.getOrDefault(role, ""));
            }
            rowReader = new RowReader(LogColumns.of(header, withoutColumnChecks(), file.name()), mapping.timestampFormat(),
                    mapping.handleTimeUnit());
        }
        return rowReader;
    }

    /** The mapping's columns are attribute keys, found or not per event: each role's column is its own key here. */
    private LogMapping withoutColumnChecks() {
        Map<LogRole, String> columns = new java.util.EnumMap<>(LogRole.class);
        keyOfRoles().forEach(columns::put);
        Map<LogRole, org.journeyaudit.engine.document.Problem> at = new java.util.EnumMap<>(LogRole.class);
        columns.keySet().forEach(role -> at.put(role, mapping.columnAt().getOrDefault(role,
                org.journeyaudit.engine.document.Problem.at(org.journeyaudit.engine.document.DocPath.ROOT, Location.UNKNOWN, ""))));
        return new LogMapping(mapping.source(), columns, at, mapping.timestampFormat(), null, true, mapping.repeatWithinDays(),
                mapping.stages(), mapping.steps(), mapping.actors(), mapping.channels(), mapping.stageOfStep(), mapping.handleTimeUnit());
    }

    /** The event attribute key each role reads: the mapping's, or XES's standard one. */
    private Map<LogRole, String> keyOfRoles() {
        Map<LogRole, String> keyOf = new java.util.EnumMap<>(LogRole.class);
        keyOf.put(LogRole.CASE, "case:" + caseKey());
        keyOf.put(LogRole.ACTIVITY, "concept:name");
        keyOf.put(LogRole.TIMESTAMP, "time:timestamp");
        keyOf.put(LogRole.RESOURCE, "org:resource");
        keyOf.put(LogRole.ACTOR, "org:group");
        keyOf.put(LogRole.LEVEL, "level");
        keyOf.put(LogRole.CHANNEL, "channel");
        keyOf.put(LogRole.HANDLE_TIME, "handleTime");
        mapping.columns().forEach((role, key) -> {
            if (role != LogRole.CASE) {
                keyOf.put(role, key);
            }
        });
        return keyOf;
    }

    /** The trace attribute that names the case: {@code concept:name} unless the mapping names another. */
    private String caseKey() {
        String named = mapping.column(LogRole.CASE);
        if (named == null) {
            return "concept:name";
        }
        return named.startsWith(CASE_PREFIX) ? named.substring(CASE_PREFIX.length()) : named;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The parser's complaint without its position prefix, which the message gives as a line. */
    private static String reason(XMLStreamException broken) {
        String message = broken.getMessage() == null ? "" : broken.getMessage();
        int at = message.indexOf("Message: ");
        String reason = at >= 0 ? message.substring(at + "Message: ".length()) : message;
        return reason.isBlank() ? "the XML is broken" : reason.strip();
    }

    private static void close(XMLStreamReader xml, LogFiles.Opened opened) {
        try {
            if (xml != null) {
                xml.close();
            }
        } catch (XMLStreamException ignored) {
            // the stream below is closed next
        }
        try {
            opened.in().close();
        } catch (IOException ignored) {
            // nothing was written; a failed close of a read loses nothing
        }
    }
}
