package org.journeyaudit.engine.spreadsheet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.journeyaudit.engine.document.DocNode;
import org.journeyaudit.engine.document.DocNode.ListNode;
import org.journeyaudit.engine.document.DocNode.ObjectNode;
import org.journeyaudit.engine.document.DocNode.ScalarNode;
import org.journeyaudit.engine.document.DocumentLimits;
import org.journeyaudit.engine.document.DocumentParser;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.NearestName;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.journey.ChannelKind;
import org.journeyaudit.engine.journey.ChannelMode;
import org.journeyaudit.engine.journey.DocumentEnum;

/**
 * The row labels a journey map is read by, and what the channels it names are: the built-in English and
 * Russian labels of {@link RowLabel}, the channel words of {@link ChannelWords}, and what a label file adds:
 *
 * <pre>
 * labels:                       # more labels for a row, beside the built-in ones
 *   goal: [Задача клиента, Ожидание]
 *   pains: [Проблемы]
 * channels:                     # channels whose names say nothing of who serves them
 *   Голубиная почта: {mode: assisted}
 *   Выставка: {mode: self-service, kind: awareness}
 * </pre>
 */
public final class RowLabels {

    private static final List<String> FILE_FIELDS = List.of("labels", "channels");
    private static final List<String> CHANNEL_FIELDS = List.of("mode", "kind");

    private final Map<String, RowLabel> labels;
    private final Map<String, ChannelWords.Nature> channels;
    private final Map<String, ChannelWords.Nature> sheetChannels = new HashMap<>();

    private RowLabels(Map<String, RowLabel> labels, Map<String, ChannelWords.Nature> channels) {
        this.labels = labels;
        this.channels = channels;
    }

    /** The built-in labels and channel words alone. */
    public static RowLabels builtIn() {
        Map<String, RowLabel> labels = new HashMap<>();
        for (RowLabel label : RowLabel.values()) {
            label.builtIn().forEach(text -> labels.put(RowLabel.fold(text), label));
        }
        return new RowLabels(labels, Map.of());
    }

    /** The row a label names, case, spacing, hyphens and {@code ё} folded. */
    Optional<RowLabel> of(String label) {
        return Optional.ofNullable(labels.get(RowLabel.fold(label)));
    }

    /** Every label known, folded: for the nearest-name hint of an unknown one. */
    List<String> known() {
        return labels.keySet().stream().sorted().toList();
    }

    /** What a channel is: as the label file says, else as the workbook's channel sheet says, else as its name's words say. */
    Optional<ChannelWords.Nature> channel(String name) {
        ChannelWords.Nature given = channels.get(RowLabel.fold(name));
        if (given == null) {
            given = sheetChannels.get(RowLabel.fold(name));
        }
        return given != null ? Optional.of(given) : ChannelWords.of(name);
    }

    /** These labels with the channels a workbook's channel sheet describes. */
    RowLabels withSheetChannels(Map<String, ChannelWords.Nature> described) {
        RowLabels with = new RowLabels(labels, channels);
        with.sheetChannels.putAll(described);
        return with;
    }

    /** The built-in labels with those of a label file; refuses the file with every problem, located. */
    public static RowLabels read(Path file) {
        DocumentParser.Parsed parsed = new DocumentParser(DocumentLimits.DEFAULT).parse(file);
        String source = file.toString();
        List<Problem> problems = new ArrayList<>(parsed.problems());
        RowLabels builtIn = builtIn();
        Map<String, RowLabel> labels = new HashMap<>(builtIn.labels);
        Map<String, RowLabel> added = new HashMap<>();
        Map<String, ChannelWords.Nature> channels = new LinkedHashMap<>();
        if (parsed.root() instanceof ObjectNode root) {
            for (DocNode.Field field : root.fields().values()) {
                switch (field.name()) {
                    case "labels" -> labels(field.value(), labels, added, problems);
                    case "channels" -> channels(field.value(), channels, problems);
                    default -> problems.add(at(field.value(), "unknown field '" + field.name() + "'" + NearestName.hint(field.name(), FILE_FIELDS)));
                }
            }
        } else if (parsed.problems().isEmpty()) {
            problems.add(at(parsed.root(), "a label file is an object with 'labels' and 'channels'; found " + parsed.root().describe()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(source, InvalidDocumentException.Kind.INVALID, problems, "label file");
        }
        return new RowLabels(labels, channels);
    }

    private static void labels(DocNode node, Map<String, RowLabel> labels, Map<String, RowLabel> added, List<Problem> problems) {
        if (!(node instanceof ObjectNode rows)) {
            problems.add(at(node, "'labels' maps a row's field to its labels ({goal: [Задача клиента]}); found " + node.describe()));
            return;
        }
        List<String> words = Arrays.stream(RowLabel.values()).map(RowLabel::word).toList();
        for (DocNode.Field field : rows.fields().values()) {
            Optional<RowLabel> row = RowLabel.ofWord(field.name());
            if (row.isEmpty()) {
                problems.add(at(field.value(), "'" + field.name() + "' is no row of a journey map" + NearestName.hint(field.name(), words)));
                continue;
            }
            List<DocNode> given = field.value() instanceof ListNode list ? list.items() : List.of(field.value());
            for (DocNode item : given) {
                if (!(item instanceof ScalarNode scalar) || scalar.type() != DocNode.ScalarType.TEXT || scalar.text() == null
                        || scalar.text().isBlank()) {
                    problems.add(at(item, "a label is a text; found " + item.describe()));
                    continue;
                }
                String folded = RowLabel.fold(scalar.text());
                RowLabel before = added.get(folded);
                if (before != null && before != row.get()) {
                    problems.add(at(item, "the label '" + scalar.text() + "' is given for both '" + before.word() + "' and '"
                            + row.get().word() + "'; a label names one row"));
                    continue;
                }
                added.put(folded, row.get());
                labels.put(folded, row.get());
            }
        }
    }

    private static void channels(DocNode node, Map<String, ChannelWords.Nature> channels, List<Problem> problems) {
        if (!(node instanceof ObjectNode named)) {
            problems.add(at(node, "'channels' maps a channel's name to its mode ({Телефон: {mode: assisted}}); found " + node.describe()));
            return;
        }
        for (DocNode.Field field : named.fields().values()) {
            if (!(field.value() instanceof ObjectNode channel)) {
                problems.add(at(field.value(), "a channel is {mode: assisted|self-service, kind: service|awareness|partner}; found "
                        + field.value().describe()));
                continue;
            }
            ChannelMode mode = null;
            ChannelKind kind = ChannelKind.SERVICE;
            for (DocNode.Field part : channel.fields().values()) {
                String text = part.value() instanceof ScalarNode scalar ? scalar.text() : null;
                switch (part.name()) {
                    case "mode" -> {
                        mode = text == null ? null : DocumentEnum.fromWord(ChannelMode.class, text).orElse(null);
                        if (mode == null) {
                            problems.add(at(part.value(), "'" + text + "' is not a channel mode"
                                    + NearestName.hint(String.valueOf(text), DocumentEnum.words(ChannelMode.class))));
                        }
                    }
                    case "kind" -> {
                        kind = text == null ? null : DocumentEnum.fromWord(ChannelKind.class, text).orElse(null);
                        if (kind == null) {
                            problems.add(at(part.value(), "'" + text + "' is not a channel kind"
                                    + NearestName.hint(String.valueOf(text), DocumentEnum.words(ChannelKind.class))));
                        }
                    }
                    default -> problems.add(at(part.value(), "unknown field '" + part.name() + "'" + NearestName.hint(part.name(), CHANNEL_FIELDS)));
                }
            }
            if (!channel.fields().containsKey("mode")) {
                problems.add(at(channel, "missing required field 'mode' (assisted or self-service)"));
            } else if (mode != null && kind != null) {
                channels.put(RowLabel.fold(field.name()), new ChannelWords.Nature(mode, kind));
            }
        }
    }

    private static Problem at(DocNode node, String message) {
        return Problem.at(node.path(), node.location(), message);
    }
}
