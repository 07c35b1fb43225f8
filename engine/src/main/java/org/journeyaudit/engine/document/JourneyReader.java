package org.journeyaudit.engine.document;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.journeyaudit.engine.journey.Barrier;
import org.journeyaudit.engine.journey.Channel;
import org.journeyaudit.engine.journey.ChannelMode;
import org.journeyaudit.engine.journey.Decision;
import org.journeyaudit.engine.journey.Economics;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Measurement;
import org.journeyaudit.engine.journey.Sla;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.StepKind;
import org.journeyaudit.engine.journey.Touchpoint;
import org.journeyaudit.engine.journey.TouchpointStatus;

/**
 * Reads a journey document (YAML or JSON, one schema) into a {@link Journey}, or fails with every
 * problem the document has, each located.
 */
public final class JourneyReader {

    static final Set<String> JOURNEY_FIELDS = Set.of("id", "name", "version", "owner", "key", "segment", "product",
            "currency", "economics", "measurement", "metrics", "channels", "stages");
    static final Set<String> ECONOMICS_FIELDS = Set.of("costPerMinute", "monthsPerYear");
    static final Set<String> MEASUREMENT_FIELDS = Set.of("lastMeasured", "lastAnalysed", "lastReviewed");
    static final Set<String> CHANNEL_FIELDS = Set.of("id", "name", "mode", "costPerMinute");
    static final Set<String> STAGE_FIELDS = Set.of("id", "name", "goal", "emotion", "pains", "barriers", "touchpoints",
            "steps", "decisions");
    static final Set<String> BARRIER_FIELDS = Set.of("text", "solution");
    static final Set<String> TOUCHPOINT_FIELDS = Set.of("channel", "status", "reason", "volumePerMonth", "handleSeconds",
            "transfers", "notifies", "info", "infoVerified", "outcome", "outcomeReason", "sla");
    static final Set<String> SLA_FIELDS = Set.of("standard", "target");
    static final Set<String> STEP_FIELDS = Set.of("id", "name", "actor", "system", "kind", "minutes", "waitMinutes",
            "asksCustomer", "uses", "produces", "recontactRate", "automated");
    static final Set<String> DECISION_FIELDS = Set.of("id", "name", "uses");

    private final DocumentParser parser;

    public JourneyReader(DocumentLimits limits) {
        this.parser = new DocumentParser(limits);
    }

    public JourneyReader() {
        this(DocumentLimits.DEFAULT);
    }

    public Journey read(Path file) {
        byte[] content = DocumentFiles.read(file, parser.limits(), InvalidDocumentException.JOURNEY_DOCUMENT);
        return read(file.toString(), content, DocumentFormat.ofFileName(file.getFileName().toString()));
    }

    public Journey read(String source, byte[] content, DocumentFormat format) {
        DocumentParser.Parsed parsed = parser.parse(source, content, format);
        return read(source, parsed.root(), parsed.problems());
    }

    /** Parses a document without reading it as a journey: for documents that hold several journeys. */
    public DocumentParser.Parsed parse(String source, byte[] content, DocumentFormat format) {
        return parser.parse(source, content, format);
    }

    /**
     * Reads a journey from a node of a parsed document; problems are located by the node's own path
     * ({@code /journeys/2/stages/0/id}), and {@code earlier} ones (from parsing) are reported with them.
     */
    public Journey read(String source, DocNode node, List<Problem> earlier) {
        Problems problems = new Problems();
        earlier.forEach(problems::add);
        Binding binding = new Binding(problems);
        Journey journey = binding.journey(node);
        if (journey != null) {
            new JourneyValidator(journey, binding.origins, problems).validate();
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(source, InvalidDocumentException.Kind.INVALID, problems.list());
        }
        return journey;
    }

    /** One reading of one document: the model, and where each of its parts was written. */
    private static final class Binding {
        private final Problems problems;
        private final Map<Object, DocNode> origins = new IdentityHashMap<>();

        Binding(Problems problems) {
            this.problems = problems;
        }

        private <T> T remember(T part, DocNode node) {
            if (part != null) {
                origins.put(part, node);
            }
            return part;
        }

        Journey journey(DocNode node) {
            Fields f = Fields.of(node, JOURNEY_FIELDS, problems);
            if (f == null) {
                return null;
            }
            Boolean key = f.bool("key");
            Journey journey = new Journey(
                    f.requiredText("id"),
                    f.text("name"),
                    f.text("version"),
                    f.text("owner"),
                    key != null && key,
                    f.text("segment"),
                    f.text("product"),
                    f.text("currency"),
                    economics(f.value("economics")),
                    measurement(f.value("measurement")),
                    f.numberMap("metrics"),
                    f.list("channels", this::channel),
                    f.list("stages", this::stage));
            if (f.value("stages") == null) {
                problems.add(node, "missing required field 'stages': a journey needs at least one stage");
            }
            return remember(journey, node);
        }

        private Economics economics(DocNode node) {
            if (node == null) {
                return null;
            }
            Fields f = Fields.of(node, ECONOMICS_FIELDS, problems);
            return f == null ? null : new Economics(f.nonNegative("costPerMinute"), f.integer("monthsPerYear", 1, 12));
        }

        private Measurement measurement(DocNode node) {
            if (node == null) {
                return null;
            }
            Fields f = Fields.of(node, MEASUREMENT_FIELDS, problems);
            return f == null ? null : new Measurement(f.date("lastMeasured"), f.date("lastAnalysed"), f.date("lastReviewed"));
        }

        private Channel channel(DocNode node) {
            Fields f = Fields.of(node, CHANNEL_FIELDS, problems);
            if (f == null) {
                return null;
            }
            ChannelMode mode = f.word("mode", ChannelMode.class);
            if (f.value("mode") == null) {
                problems.add(node, "missing required field 'mode' (assisted or self-service)");
            }
            return remember(new Channel(f.requiredText("id"), f.text("name"), mode, f.nonNegative("costPerMinute")), node);
        }

        private Stage stage(DocNode node) {
            Fields f = Fields.of(node, STAGE_FIELDS, problems);
            if (f == null) {
                return null;
            }
            return remember(new Stage(
                    f.requiredText("id"),
                    f.text("name"),
                    f.text("goal"),
                    f.integer("emotion", -3, 3),
                    f.texts("pains"),
                    f.list("barriers", this::barrier),
                    f.list("touchpoints", this::touchpoint),
                    f.list("steps", this::step),
                    f.list("decisions", this::decision)), node);
        }

        private Barrier barrier(DocNode node) {
            Fields f = Fields.of(node, BARRIER_FIELDS, problems);
            return f == null ? null : remember(new Barrier(f.requiredText("text"), f.text("solution")), node);
        }

        private Touchpoint touchpoint(DocNode node) {
            Fields f = Fields.of(node, TOUCHPOINT_FIELDS, problems);
            if (f == null) {
                return null;
            }
            TouchpointStatus status = f.word("status", TouchpointStatus.class);
            if (f.value("status") == null) {
                problems.add(node, "missing required field 'status' (present, absent or not-applicable)");
            }
            return remember(new Touchpoint(
                    f.requiredText("channel"),
                    status,
                    f.text("reason"),
                    f.nonNegative("volumePerMonth"),
                    f.nonNegative("handleSeconds"),
                    f.nonNegative("transfers"),
                    f.bool("notifies"),
                    f.textMap("info"),
                    f.date("infoVerified"),
                    f.text("outcome"),
                    f.text("outcomeReason"),
                    sla(f.value("sla"))), node);
        }

        private Sla sla(DocNode node) {
            if (node == null) {
                return null;
            }
            Fields f = Fields.of(node, SLA_FIELDS, problems);
            return f == null ? null : new Sla(f.duration("standard"), f.duration("target"));
        }

        private Step step(DocNode node) {
            Fields f = Fields.of(node, STEP_FIELDS, problems);
            if (f == null) {
                return null;
            }
            Boolean automated = f.bool("automated");
            StepKind kind = f.word("kind", StepKind.class);
            return remember(new Step(
                    f.requiredText("id"),
                    f.text("name"),
                    f.requiredText("actor"),
                    f.text("system"),
                    kind == null && f.value("kind") == null ? StepKind.WORK : kind,
                    f.nonNegative("minutes"),
                    f.nonNegative("waitMinutes"),
                    f.texts("asksCustomer"),
                    f.texts("uses"),
                    f.texts("produces"),
                    f.rate("recontactRate"),
                    automated != null && automated), node);
        }

        private Decision decision(DocNode node) {
            Fields f = Fields.of(node, DECISION_FIELDS, problems);
            return f == null ? null : remember(new Decision(f.requiredText("id"), f.text("name"), f.texts("uses")), node);
        }
    }
}
