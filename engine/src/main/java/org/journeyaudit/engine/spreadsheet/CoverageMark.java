package org.journeyaudit.engine.spreadsheet;

import java.util.Map;
import java.util.Optional;

/**
 * A cell of a coverage matrix: {@code +} (the stage is served on the channel: {@code present}), {@code -}
 * ({@code absent}) or {@code N/A} ({@code not-applicable}), and the words and ticks consultants write for
 * them in English and Russian. An empty cell says nothing: the stage has no touchpoint on that channel.
 */
final class CoverageMark {

    private static final Map<String, String> MARKS = Map.ofEntries(
            Map.entry("+", "present"), Map.entry("да", "present"), Map.entry("yes", "present"), Map.entry("y", "present"),
            Map.entry("✓", "present"), Map.entry("✔", "present"), Map.entry("есть", "present"), Map.entry("present", "present"),
            Map.entry("-", "absent"), Map.entry("–", "absent"), Map.entry("—", "absent"), Map.entry("нет", "absent"),
            Map.entry("no", "absent"), Map.entry("n", "absent"), Map.entry("✗", "absent"), Map.entry("✘", "absent"),
            Map.entry("absent", "absent"),
            Map.entry("n/a", "not-applicable"), Map.entry("na", "not-applicable"), Map.entry("н/п", "not-applicable"),
            Map.entry("неприменимо", "not-applicable"), Map.entry("не применимо", "not-applicable"),
            Map.entry("not applicable", "not-applicable"), Map.entry("not-applicable", "not-applicable"));

    private CoverageMark() {
    }

    /** The touchpoint status the mark stands for. */
    static Optional<String> of(String cell) {
        return Optional.ofNullable(MARKS.get(cell.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ")));
    }

    /** How a status is written back into a matrix. */
    static String written(String status) {
        return switch (status) {
            case "present" -> "+";
            case "absent" -> "-";
            default -> "N/A";
        };
    }
}
