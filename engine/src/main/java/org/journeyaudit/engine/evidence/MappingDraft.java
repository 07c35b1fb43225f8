package org.journeyaudit.engine.evidence;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.journeyaudit.engine.journey.Journey;

/**
 * A first mapping of a log to a journey, to be completed by hand: each role's column guessed from the columns' names
 * (a usual name first, then a word in it: "Change Date+Time" holds the timestamp, "Involved ST" the actor), and the
 * values of the activity, actor and channel columns that already name a step, stage, actor or channel of the journey;
 * the values that name none are listed with their rows for the consultant to map.
 */
public record MappingDraft(Map<LogRole, String> columns, Map<String, List<String>> steps, Map<String, List<String>> stages,
        Map<String, List<String>> actors, Map<String, List<String>> channels, Map<LogRole, Map<String, Long>> unmatched) {

    /** Words that show a column's role when it has no usual name, in the order roles take columns. */
    private static final Map<LogRole, List<String>> WORDS = words();

    private static Map<LogRole, List<String>> words() {
        Map<LogRole, List<String>> words = new LinkedHashMap<>();
        // first, so that the "time" of a timestamp's words does not take "Talk Time (sec)"; whole phrases, so that
        // "Handled By" (a person) and "Duration" (often a ticket's lifetime) are not taken for the handling time
        words.put(LogRole.HANDLE_TIME, List.of("handle time", "handling time", "talk time", "aht", "время обработки",
                "время разговора", "длительность разговора", "длительность обработки"));
        words.put(LogRole.CASE, List.of("case", "ticket", "incident", "sr number", "request", "number"));
        words.put(LogRole.TIMESTAMP, List.of("timestamp", "date", "time"));
        words.put(LogRole.ACTIVITY, List.of("activity", "status", "event", "action", "operation"));
        words.put(LogRole.LEVEL, List.of("level", "tier", "line"));
        words.put(LogRole.ACTOR, List.of("team", "group", "involved st", "department", "queue", "org"));
        words.put(LogRole.RESOURCE, List.of("resource", "agent", "user", "operator", "owner", "employee"));
        words.put(LogRole.CHANNEL, List.of("channel", "medium", "source"));
        return words;
    }

    public static MappingDraft of(ColumnTally tally, Journey journey) {
        Map<LogRole, String> columns = new EnumMap<>(LogRole.class);
        Set<String> taken = new HashSet<>();
        for (LogRole role : LogRole.values()) {
            tally.columns().stream().filter(c -> !taken.contains(c) && role.usuallyNamed(c)).findFirst().ifPresent(c -> {
                columns.put(role, c);
                taken.add(c);
            });
        }
        for (Map.Entry<LogRole, List<String>> role : WORDS.entrySet()) {
            if (columns.containsKey(role.getKey())) {
                continue;
            }
            for (String word : role.getValue()) {
                String found = tally.columns().stream().filter(c -> !taken.contains(c) && c.toLowerCase(Locale.ROOT).contains(word))
                        .findFirst().orElse(null);
                if (found != null) {
                    columns.put(role.getKey(), found);
                    taken.add(found);
                    break;
                }
            }
        }
        LogMapping byNames = LogMappingReader.byNames(journey);
        Map<String, List<String>> steps = new LinkedHashMap<>();
        Map<String, List<String>> stages = new LinkedHashMap<>();
        Map<String, List<String>> actors = new LinkedHashMap<>();
        Map<String, List<String>> channels = new LinkedHashMap<>();
        Map<LogRole, Map<String, Long>> unmatched = new EnumMap<>(LogRole.class);
        String activity = columns.get(LogRole.ACTIVITY);
        if (activity != null) {
            tally.values(activity).forEach((value, rows) -> {
                String step = byNames.steps().element(value);
                String stage = step == null ? byNames.stages().element(value) : null;
                if (step != null) {
                    steps.computeIfAbsent(step, s -> new java.util.ArrayList<>()).add(value);
                } else if (stage != null) {
                    stages.computeIfAbsent(stage, s -> new java.util.ArrayList<>()).add(value);
                } else {
                    unmatched.computeIfAbsent(LogRole.ACTIVITY, r -> new LinkedHashMap<>()).put(value, rows);
                }
            });
        }
        String actor = columns.getOrDefault(LogRole.ACTOR, columns.get(LogRole.RESOURCE));
        LogRole actorRole = columns.containsKey(LogRole.ACTOR) ? LogRole.ACTOR : LogRole.RESOURCE;
        match(tally, actor, byNames.actors(), actors, unmatched, actorRole);
        match(tally, columns.get(LogRole.CHANNEL), byNames.channels(), channels, unmatched, LogRole.CHANNEL);
        return new MappingDraft(columns, steps, stages, actors, channels, unmatched);
    }

    private static void match(ColumnTally tally, String column, ValueMap names, Map<String, List<String>> matched,
            Map<LogRole, Map<String, Long>> unmatched, LogRole role) {
        if (column == null) {
            return;
        }
        tally.values(column).forEach((value, rows) -> {
            String element = names.element(value);
            if (element != null) {
                matched.computeIfAbsent(element, e -> new java.util.ArrayList<>()).add(value);
            } else {
                unmatched.computeIfAbsent(role, r -> new LinkedHashMap<>()).put(value, rows);
            }
        });
    }
}
