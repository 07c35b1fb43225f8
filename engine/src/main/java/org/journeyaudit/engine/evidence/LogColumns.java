package org.journeyaudit.engine.evidence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.document.DocPath;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Location;
import org.journeyaudit.engine.document.NearestName;
import org.journeyaudit.engine.document.Problem;

/**
 * Where each role's values are among a log's columns: the column the mapping names, or else the first column with one
 * of the role's usual names. A column the mapping names that the log lacks is a problem of the mapping, at the place it
 * is named, listing the columns the log has; a required role no column holds is one of the log.
 */
final class LogColumns {

    /** A role no column holds. */
    static final int ABSENT = -1;

    private final Map<LogRole, Integer> index = new EnumMap<>(LogRole.class);
    private final Map<LogRole, String> names = new EnumMap<>(LogRole.class);

    private LogColumns() {
    }

    static LogColumns of(List<String> header, LogMapping mapping, String logSource) {
        LogColumns columns = new LogColumns();
        List<Problem> mappingProblems = new ArrayList<>();
        List<Problem> logProblems = new ArrayList<>();
        List<String> trimmed = header.stream().map(String::trim).toList();
        for (LogRole role : LogRole.values()) {
            String named = mapping.column(role);
            int at = ABSENT;
            if (named != null) {
                at = trimmed.indexOf(named.trim());
                if (at < 0) {
                    Problem place = mapping.columnAt().get(role);
                    mappingProblems.add(new Problem(place.pointer(), place.yamlPath(), place.location(), "the log " + logSource
                            + " has no column '" + named + "'" + NearestName.among(named, trimmed).map(n -> "; did you mean '" + n + "'?")
                                    .orElse("") + "; its columns are: " + String.join(", ", trimmed)));
                }
            } else {
                for (int i = 0; i < trimmed.size() && at < 0; i++) {
                    if (role.usuallyNamed(trimmed.get(i))) {
                        at = i;
                    }
                }
                if (at < 0 && role.required()) {
                    logProblems.add(Problem.at(DocPath.ROOT, new Location(1, 0), "no column holds the " + role.field()
                            + "; name it under 'columns' of a mapping (--mapping); the log's columns are: " + String.join(", ", trimmed)));
                }
            }
            if (at >= 0) {
                columns.index.put(role, at);
                columns.names.put(role, trimmed.get(at));
            }
        }
        if (!mappingProblems.isEmpty()) {
            throw new InvalidDocumentException(mapping.source(), InvalidDocumentException.Kind.INVALID, mappingProblems,
                    LogMappingReader.DOCUMENT_NAME);
        }
        if (!logProblems.isEmpty()) {
            throw new InvalidDocumentException(logSource, InvalidDocumentException.Kind.INVALID, logProblems, EventLog.DOCUMENT_NAME);
        }
        return columns;
    }

    int index(LogRole role) {
        return index.getOrDefault(role, ABSENT);
    }

    /** The column's name in the log, for messages about its values. */
    String name(LogRole role) {
        return names.get(role);
    }
}
