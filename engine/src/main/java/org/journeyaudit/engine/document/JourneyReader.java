package org.journeyaudit.engine.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.journeyaudit.engine.journey.Barrier;
import org.journeyaudit.engine.journey.Channel;
import org.journeyaudit.engine.document.DocNode.ListNode;
import org.journeyaudit.engine.document.DocNode.ScalarNode;
import org.journeyaudit.engine.document.DocNode.ScalarType;
import org.journeyaudit.engine.journey.ChannelKind;
import org.journeyaudit.engine.journey.ChannelMode;
import org.journeyaudit.engine.journey.ContactType;
import org.journeyaudit.engine.journey.Decision;
import org.journeyaudit.engine.journey.Economics;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Measurement;
import org.journeyaudit.engine.journey.Sla;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.DocumentEnum;
import org.journeyaudit.engine.journey.MandateKind;
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
            "currency", "economics", "measurement", "metrics", "channels", "stages", "suppressions", "equivalents", "links");
    static final Set<String> LINK_FIELDS = Set.of("journey", "relation", "stage");
    static final Set<String> ECONOMICS_FIELDS = Set.of("costPerMinute", "monthsPerYear", "backstageCostPerMinute",
            "recontactAvoidableShare", "selfServiceShare", "secondsPerTransfer", "secondsPerQuestion");
    static final Set<String> MEASUREMENT_FIELDS = Set.of("lastMeasured", "lastAnalysed", "lastReviewed");
    static final Set<String> CHANNEL_FIELDS = Set.of("id", "name", "mode", "costPerMinute", "kind");
    static final Set<String> STAGE_FIELDS = Set.of("id", "name", "goal", "emotion", "pains", "barriers", "touchpoints",
            "steps", "decisions", "outcomes", "casesPerMonth", "optional", "share", "next", "ends", "needs24x7", "customerSteps", "requiredInfo",
            "contactReasons");
    static final Set<String> NEXT_FIELDS = Set.of("stage", "share");
    static final Set<String> CUSTOMER_STEP_FIELDS = Set.of("id", "name", "channel", "minutes", "waitMinutes", "effort");
    static final Set<String> CONTACT_REASON_FIELDS = Set.of("perMonth", "kind", "cause", "barrier", "mandated", "mandateReason");
    static final Set<String> REQUIRED_INFO_FIELDS = Set.of("item", "source", "reason", "atMost");
    static final Set<String> CALLBACK_FIELDS = Set.of("window");
    static final Set<String> QUEUE_FIELDS = Set.of("answerSeconds", "abandonment");
    static final Set<String> BARRIER_FIELDS = Set.of("text", "solution");
    static final Set<String> TOUCHPOINT_FIELDS = Set.of("channel", "status", "reason", "volumePerMonth", "handleSeconds",
            "transfers", "notifies", "info", "infoVerified", "outcome", "outcomeReason", "sla", "infoReasons", "contactType", "hours", "callback",
            "queue");
    static final Set<String> SLA_FIELDS = Set.of("standard", "target");
    static final Set<String> STEP_FIELDS = Set.of("id", "name", "actor", "system", "kind", "minutes", "waitMinutes",
            "asksCustomer", "uses", "produces", "recontactRate", "automated", "mandated", "mandateReason", "repeatReason",
            "handoffReason", "costPerMinute", "casesPerMonth", "duringContact", "partner", "ola", "caseReference", "pauses");
    static final Set<String> DECISION_FIELDS = Set.of("id", "name", "uses");
    static final Set<String> SUPPRESSION_FIELDS = Set.of("rule", "element", "reason", "expires");
    static final Set<String> SIDECAR_FIELDS = Set.of("suppressions");
    /** A rule id as the catalogue writes them, {@code family/slug}; custom checks are {@code custom/<id>}. */
    private static final java.util.regex.Pattern RULE_ID = java.util.regex.Pattern.compile("[a-z][a-z0-9-]*/[a-z0-9][a-z0-9-]*");

    private final DocumentParser parser;

    public JourneyReader(DocumentLimits limits) {
        this.parser = new DocumentParser(limits);
    }

    public JourneyReader() {
        this(DocumentLimits.DEFAULT);
    }

    /** The suppressions file beside a journey document: {@code claim.yaml} has {@code claim.suppressions.yaml}. */
    public static Path sidecarOf(Path journeyFile) {
        String name = journeyFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return journeyFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".suppressions.yaml");
    }

    public static boolean isSidecar(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".suppressions.yaml");
    }

    /** A journey document and, when there is one beside it, its suppressions file. */
    public Journey readWithSidecar(Path file) {
        Journey journey = read(file);
        Path sidecar = sidecarOf(file);
        // any file by that name is read, so that a pipe or a device there is refused rather than ignored
        return Files.exists(sidecar) ? readSuppressions(sidecar, journey) : journey;
    }

    /**
     * Adds the suppressions of a file ({@code suppressions: [...]}, as in the journey document) to a journey;
     * fails with every problem of the file, each located, when it is invalid or names elements the journey lacks.
     */
    public Journey readSuppressions(Path sidecar, Journey journey) {
        DocumentParser.Parsed parsed = parser.parse(sidecar);
        Problems problems = new Problems();
        parsed.problems().forEach(problems::add);
        if (parsed.root() instanceof DocNode.ObjectNode root) {
            int before = problems.count();
            new ElementCounts(parser.limits(), problems).suppressions(root);
            if (problems.count() > before) {
                throw new InvalidDocumentException(sidecar.toString(), InvalidDocumentException.Kind.INVALID, problems.list());
            }
        }
        Binding binding = new Binding(problems, sidecar.toString(), parser.limits());
        Fields f = Fields.of(parsed.root(), SIDECAR_FIELDS, problems, parser.limits());
        List<org.journeyaudit.engine.journey.Suppression> read = f == null ? List.of() : f.list("suppressions", binding::suppression);
        if (f != null && f.value("suppressions") == null) {
            problems.add(parsed.root(), "missing required field 'suppressions': a list of {rule, element, reason, expires}");
        }
        Journey with = journey.withSuppressions(read);
        new JourneyValidator(with, binding.origins, problems).suppressionTargets(read);
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(sidecar.toString(), InvalidDocumentException.Kind.INVALID, problems.list());
        }
        return with;
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
        if (new ElementCounts(parser.limits(), problems).exceeded(node)) {
            throw new InvalidDocumentException(source, InvalidDocumentException.Kind.INVALID, problems.list());
        }
        Binding binding = new Binding(problems, source, parser.limits());
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
        private final String source;
        private final DocumentLimits limits;

        Binding(Problems problems, String source, DocumentLimits limits) {
            this.problems = problems;
            this.source = source;
            this.limits = limits;
        }

        private Fields fields(DocNode node, Set<String> known) {
            return Fields.of(node, known, problems, limits);
        }

        private <T> T remember(T part, DocNode node) {
            if (part != null) {
                origins.put(part, node);
            }
            return part;
        }

        Journey journey(DocNode node) {
            Fields f = fields(node, JOURNEY_FIELDS);
            if (f == null) {
                return null;
            }
            Boolean key = f.bool("key");
            Journey journey = new Journey(
                    f.requiredIdentifier("id"),
                    f.text("name"),
                    f.text("version"),
                    f.text("owner"),
                    key != null && key,
                    f.text("segment"),
                    f.text("product"),
                    f.text("currency"),
                    economics(f.value("economics")),
                    measurement(f.value("measurement")),
                    f.numberMap("metrics", ValueRanges.METRIC),
                    f.list("channels", this::channel),
                    f.list("stages", this::stage),
                    f.list("suppressions", this::suppression),
                    f.list("equivalents", this::equivalentGroup),
                    f.list("links", this::link));
            if (f.value("stages") == null) {
                problems.add(node, "missing required field 'stages': a journey needs at least one stage");
            }
            return remember(journey, node);
        }

        private org.journeyaudit.engine.journey.JourneyLink link(DocNode node) {
            Fields f = fields(node, LINK_FIELDS);
            if (f == null) {
                return null;
            }
            org.journeyaudit.engine.journey.LinkRelation relation = f.word("relation", org.journeyaudit.engine.journey.LinkRelation.class);
            if (f.value("relation") == null) {
                problems.add(node, "missing required field 'relation' (pauses, paused-by, triggers or triggered-by)");
            }
            return remember(new org.journeyaudit.engine.journey.JourneyLink(f.requiredIdentifier("journey"), relation,
                    f.identifier("stage")), node);
        }

        private Economics economics(DocNode node) {
            if (node == null) {
                return null;
            }
            Fields f = fields(node, ECONOMICS_FIELDS);
            return f == null ? null : new Economics(f.number("costPerMinute", ValueRanges.COST_PER_MINUTE), f.integer("monthsPerYear", 1, 12),
                    f.number("backstageCostPerMinute", ValueRanges.COST_PER_MINUTE), f.number("recontactAvoidableShare", ValueRanges.RATE),
                    f.number("selfServiceShare", ValueRanges.RATE), f.number("secondsPerTransfer", ValueRanges.HANDLE_SECONDS),
                    f.number("secondsPerQuestion", ValueRanges.HANDLE_SECONDS));
        }

        private Measurement measurement(DocNode node) {
            if (node == null) {
                return null;
            }
            Fields f = fields(node, MEASUREMENT_FIELDS);
            return f == null ? null : new Measurement(f.date("lastMeasured"), f.date("lastAnalysed"), f.date("lastReviewed"));
        }

        private Channel channel(DocNode node) {
            Fields f = fields(node, CHANNEL_FIELDS);
            if (f == null) {
                return null;
            }
            ChannelMode mode = f.word("mode", ChannelMode.class);
            if (f.value("mode") == null) {
                problems.add(node, "missing required field 'mode' (assisted or self-service)");
            }
            return remember(new Channel(f.requiredIdentifier("id"), f.text("name"), mode, f.number("costPerMinute", ValueRanges.COST_PER_MINUTE),
                    f.word("kind", ChannelKind.class)), node);
        }

        /** A group of phrases that mean the same outcome or information value, as the journey's owners declare. */
        private List<String> equivalentGroup(DocNode node) {
            if (!(node instanceof ListNode list)) {
                problems.add(node, "expected a list of phrases that mean the same, found " + node.describe());
                return null;
            }
            List<String> phrases = new ArrayList<>();
            for (DocNode item : list.items()) {
                if (item instanceof ScalarNode scalar && scalar.type() != ScalarType.NULL && !scalar.text().isBlank()) {
                    if (scalar.text().length() > limits.maxTextLength()) {
                        problems.add(item, "a phrase of 'equivalents' is longer than " + limits.maxTextLength() + " characters");
                    } else {
                        phrases.add(scalar.text());
                    }
                } else {
                    problems.add(item, "expected a phrase (a text), found " + item.describe());
                }
            }
            if (phrases.size() == 1 && list.items().size() == 1) {
                problems.add(node, "a group of 'equivalents' needs at least two phrases that mean the same");
            }
            return phrases.size() < 2 ? null : phrases;
        }

        private Stage stage(DocNode node) {
            Fields f = fields(node, STAGE_FIELDS);
            if (f == null) {
                return null;
            }
            String id = f.requiredIdentifier("id");
            String name = f.text("name");
            String goal = f.text("goal");
            Integer emotion = f.integer("emotion", -3, 3);
            List<String> pains = f.texts("pains");
            List<Barrier> barriers = f.list("barriers", this::barrier);
            ContactReasons reasons = contactReasons(f, id, barriers);
            return remember(new Stage(
                    id,
                    name,
                    goal,
                    emotion,
                    pains,
                    barriers,
                    f.list("touchpoints", this::touchpoint),
                    f.list("steps", this::step),
                    f.list("decisions", this::decision),
                    f.identifiers("outcomes"),
                    f.number("casesPerMonth", ValueRanges.VOLUME_PER_MONTH),
                    Boolean.TRUE.equals(f.bool("optional")),
                    f.rate("share"),
                    f.list("next", this::stageLink),
                    Boolean.TRUE.equals(f.bool("ends")),
                    Boolean.TRUE.equals(f.bool("needs24x7")),
                    f.list("customerSteps", this::customerStep),
                    f.list("requiredInfo", this::requiredInfo),
                    reasons.counts(),
                    reasons.causes()), node);
        }

        /** A stage's contacts a month by reason, and the kind and cause the document gives for some of them. */
        private record ContactReasons(Map<String, Double> counts, Map<String, org.journeyaudit.engine.journey.ContactCause> causes) {
        }

        /**
         * Contacts by reason: each entry a number, or an object whose {@code perMonth} gives the number and whose
         * {@code kind} and cause say what demand it is. A cause is a policy in words or the text of a barrier of the same
         * stage, so that a reason is tied to its barrier by the document, never guessed from words.
         */
        private ContactReasons contactReasons(Fields f, String stage, List<Barrier> barriers) {
            Map<String, Double> counts = new java.util.LinkedHashMap<>();
            Map<String, org.journeyaudit.engine.journey.ContactCause> causes = new java.util.LinkedHashMap<>();
            if (!(f.value("contactReasons") instanceof DocNode.ObjectNode map)) {
                return new ContactReasons(f.numberMap("contactReasons", ValueRanges.VOLUME_PER_MONTH), causes);
            }
            for (DocNode.Field entry : map.fields().values()) {
                String reason = entry.name();
                DocNode value = entry.value();
                if (value instanceof DocNode.ObjectNode) {
                    Fields r = fields(value, CONTACT_REASON_FIELDS);
                    if (r.value("perMonth") == null) {
                        problems.add(value, "missing required field 'perMonth' (the contacts a month for '" + Fields.shown(reason) + "')");
                    } else {
                        Double count = r.number("perMonth", ValueRanges.VOLUME_PER_MONTH);
                        if (count != null) {
                            counts.put(reason, count);
                        }
                    }
                    causes.put(reason, contactCause(r, stage, barriers));
                } else if (value instanceof ScalarNode scalar && (scalar.type() == ScalarType.INTEGER || scalar.type() == ScalarType.DECIMAL)) {
                    Double count = f.number(value, ValueRanges.VOLUME_PER_MONTH, "'" + reason + "' must be " + ValueRanges.VOLUME_PER_MONTH.describe());
                    if (count != null) {
                        counts.put(reason, count);
                    }
                } else {
                    problems.add(value, "expected a number for '" + Fields.shown(reason) + "', or an object with 'perMonth', 'kind' and 'cause', found "
                            + value.describe());
                }
            }
            return new ContactReasons(counts, causes);
        }

        private org.journeyaudit.engine.journey.ContactCause contactCause(Fields r, String stage, List<Barrier> barriers) {
            org.journeyaudit.engine.journey.ContactReasonKind kind = r.word("kind", org.journeyaudit.engine.journey.ContactReasonKind.class);
            String policy = r.reason("cause");
            String barrier = r.reason("barrier");
            if (policy != null && barrier != null) {
                problems.add(r.value("barrier"), "give either 'cause' (a policy in words) or 'barrier' (the text of a barrier of the stage), not both");
                barrier = null;
            }
            if (barrier != null) {
                String written = barrier.strip();
                Barrier matched = barriers.stream().filter(b -> b != null && b.text() != null && b.text().strip().equalsIgnoreCase(written))
                        .findFirst().orElse(null);
                if (matched == null) {
                    problems.add(r.value("barrier"), "'" + Fields.shown(barrier) + "' is not a barrier of stage '" + Fields.shown(String.valueOf(stage))
                            + "'; name one of the stage's barriers by its text, as 'barriers' writes it");
                    barrier = null;
                } else {
                    barrier = matched.text();
                }
            }
            String mandatedWord = r.text("mandated");
            MandateKind mandated = mandatedWord == null ? null : DocumentEnum.fromWord(MandateKind.class, mandatedWord).orElse(null);
            if (mandatedWord != null && mandated == null) {
                problems.add(r.value("mandated"), "'" + Fields.shown(mandatedWord) + "' is not a kind of obligation"
                        + NearestName.hint(mandatedWord, DocumentEnum.words(MandateKind.class)));
            }
            String mandateReason = r.reason("mandateReason");
            if (r.value("mandated") != null && r.value("mandateReason") == null) {
                problems.add(r.value("mandated"), "a mandated policy needs a 'mandateReason' naming the rule that requires it, "
                        + "e.g. \"115-FZ: identification of the customer\"");
            }
            if (r.value("mandateReason") != null && r.value("mandated") == null) {
                problems.add(r.value("mandateReason"), "'mandateReason' needs 'mandated' (regulation, policy or contract)");
            }
            boolean causeGiven = r.value("cause") != null || r.value("barrier") != null || r.value("mandated") != null;
            if (kind == null && r.value("kind") == null && causeGiven) {
                // a cause is only ever given for contacts a policy or barrier makes
                kind = org.journeyaudit.engine.journey.ContactReasonKind.POLICY;
            }
            if (causeGiven && kind != null && kind != org.journeyaudit.engine.journey.ContactReasonKind.POLICY) {
                problems.add(r.value("kind"), "'cause', 'barrier' and 'mandated' say which policy makes customers call; they need kind 'policy', found '"
                        + kind.word() + "'");
            }
            return new org.journeyaudit.engine.journey.ContactCause(kind, policy, barrier, mandated, mandated == null ? null : mandateReason);
        }

        private org.journeyaudit.engine.journey.StageLink stageLink(DocNode node) {
            Fields f = fields(node, NEXT_FIELDS);
            return f == null ? null : remember(new org.journeyaudit.engine.journey.StageLink(f.requiredIdentifier("stage"), f.rate("share")), node);
        }

        private org.journeyaudit.engine.journey.CustomerStep customerStep(DocNode node) {
            Fields f = fields(node, CUSTOMER_STEP_FIELDS);
            return f == null ? null : remember(new org.journeyaudit.engine.journey.CustomerStep(f.requiredIdentifier("id"), f.text("name"),
                    f.identifier("channel"), f.number("minutes", ValueRanges.MINUTES), f.number("waitMinutes", ValueRanges.MINUTES),
                    f.word("effort", org.journeyaudit.engine.journey.Effort.class)), node);
        }

        private org.journeyaudit.engine.journey.RequiredInfo requiredInfo(DocNode node) {
            Fields f = fields(node, REQUIRED_INFO_FIELDS);
            if (f == null) {
                return null;
            }
            org.journeyaudit.engine.journey.InfoSource source = f.word("source", org.journeyaudit.engine.journey.InfoSource.class);
            if (f.value("source") == null) {
                problems.add(node, "missing required field 'source' (law, regulation, policy or contract)");
            }
            return remember(new org.journeyaudit.engine.journey.RequiredInfo(f.requiredIdentifier("item"), source, f.reason("reason"),
                    f.duration("atMost")), node);
        }

        private org.journeyaudit.engine.journey.ServiceHours hours(Fields f) {
            String text = f.text("hours");
            if (text == null) {
                return null;
            }
            try {
                return org.journeyaudit.engine.journey.ServiceHours.parse(text);
            } catch (org.journeyaudit.engine.journey.ServiceHours.Unreadable e) {
                problems.add(f.value("hours"), "'hours': " + e.getMessage());
                return null;
            }
        }

        private org.journeyaudit.engine.journey.Callback callback(DocNode node) {
            if (node == null) {
                return null;
            }
            Fields f = fields(node, CALLBACK_FIELDS);
            return f == null ? null : remember(new org.journeyaudit.engine.journey.Callback(f.duration("window")), node);
        }

        private org.journeyaudit.engine.journey.Queue queue(DocNode node) {
            if (node == null) {
                return null;
            }
            Fields f = fields(node, QUEUE_FIELDS);
            return f == null ? null : remember(new org.journeyaudit.engine.journey.Queue(f.number("answerSeconds", ValueRanges.HANDLE_SECONDS),
                    f.rate("abandonment")), node);
        }

        private Barrier barrier(DocNode node) {
            Fields f = fields(node, BARRIER_FIELDS);
            return f == null ? null : remember(new Barrier(f.requiredText("text"), f.text("solution")), node);
        }

        private Touchpoint touchpoint(DocNode node) {
            Fields f = fields(node, TOUCHPOINT_FIELDS);
            if (f == null) {
                return null;
            }
            TouchpointStatus status = f.word("status", TouchpointStatus.class);
            if (f.value("status") == null) {
                problems.add(node, "missing required field 'status' (present, absent or not-applicable)");
            }
            Map<String, String> info = f.textMap("info");
            return remember(new Touchpoint(
                    f.requiredIdentifier("channel"),
                    status,
                    f.text("reason"),
                    f.number("volumePerMonth", ValueRanges.VOLUME_PER_MONTH),
                    f.number("handleSeconds", ValueRanges.HANDLE_SECONDS),
                    f.number("transfers", ValueRanges.TRANSFERS),
                    f.bool("notifies"),
                    info,
                    f.date("infoVerified"),
                    f.text("outcome"),
                    f.text("outcomeReason"),
                    sla(f.value("sla")),
                    infoReasons(f, info),
                    f.word("contactType", ContactType.class),
                    hours(f),
                    callback(f.value("callback")),
                    queue(f.value("queue"))), node);
        }

        /** Reasons for information values, each for an item the touchpoint tells. */
        private Map<String, String> infoReasons(Fields f, Map<String, String> info) {
            Map<String, String> reasons = f.textMap("infoReasons");
            if (!reasons.isEmpty()) {
                for (String item : reasons.keySet()) {
                    if (!info.containsKey(item)) {
                        problems.add(f.value("infoReasons"), "'infoReasons' gives a reason for '" + item
                                + "', which this touchpoint's 'info' does not tell");
                    }
                }
            }
            return reasons;
        }

        private Sla sla(DocNode node) {
            if (node == null) {
                return null;
            }
            Fields f = fields(node, SLA_FIELDS);
            return f == null ? null : new Sla(f.duration("standard"), f.duration("target"));
        }

        private Step step(DocNode node) {
            Fields f = fields(node, STEP_FIELDS);
            if (f == null) {
                return null;
            }
            Boolean automated = f.bool("automated");
            StepKind kind = f.word("kind", StepKind.class);
            String mandatedWord = f.text("mandated");
            MandateKind mandated = mandatedWord == null ? null : DocumentEnum.fromWord(MandateKind.class, mandatedWord).orElse(null);
            if (mandatedWord != null && mandated == null) {
                problems.add(f.value("mandated"), "'" + Fields.shown(mandatedWord) + "' is not a kind of obligation"
                        + NearestName.hint(mandatedWord, DocumentEnum.words(MandateKind.class)));
            }
            String mandateReason = f.text("mandateReason");
            mandateReason = mandateReason == null || mandateReason.isBlank() ? null : mandateReason;
            // an obligation the report cannot name is no reason a consultant can give the client for keeping the step
            if (f.value("mandated") != null && mandateReason == null) {
                problems.add(f.value("mandated"), "a mandated step needs a 'mandateReason' naming the rule that requires it, "
                        + "e.g. \"PSD2 art. 97: strong customer authentication\"");
            }
            if (f.value("mandateReason") != null && f.value("mandated") == null) {
                problems.add(f.value("mandateReason"), "'mandateReason' needs 'mandated' (regulation, policy or contract)");
            }
            return remember(new Step(
                    f.requiredIdentifier("id"),
                    f.text("name"),
                    f.requiredIdentifier("actor"),
                    f.identifier("system"),
                    kind == null && f.value("kind") == null ? StepKind.WORK : kind,
                    f.number("minutes", ValueRanges.MINUTES),
                    f.number("waitMinutes", ValueRanges.MINUTES),
                    f.identifiers("asksCustomer"),
                    f.identifiers("uses"),
                    f.identifiers("produces"),
                    f.rate("recontactRate"),
                    automated != null && automated,
                    mandateReason == null ? null : mandated,
                    mandated == null ? null : mandateReason,
                    f.reason("repeatReason"),
                    f.reason("handoffReason"),
                    f.number("costPerMinute", ValueRanges.COST_PER_MINUTE),
                    f.number("casesPerMonth", ValueRanges.VOLUME_PER_MONTH),
                    Boolean.TRUE.equals(f.bool("duringContact")),
                    f.identifier("partner"),
                    f.duration("ola"),
                    f.bool("caseReference"),
                    f.identifiers("pauses")), node);
        }

        org.journeyaudit.engine.journey.Suppression suppression(DocNode node) {
            Fields f = fields(node, SUPPRESSION_FIELDS);
            if (f == null) {
                return null;
            }
            String rule = f.requiredIdentifier("rule");
            if (rule != null && !RULE_ID.matcher(rule).matches()) {
                problems.add(f.value("rule"), "'" + rule + "' is not a rule id; write family/slug, e.g. handoff/excess or custom/my-check");
                rule = null;
            }
            String element = f.requiredText("element");
            if (element != null && element.indexOf(':') <= 0) {
                problems.add(f.value("element"), "'" + Fields.shown(element) + "' is not an element; write kind:id, e.g. step:ask-photo, "
                        + "stage:file-claim, touchpoint:file-claim@chat or journey:" + "<id>");
                element = null;
            }
            String reason = f.requiredText("reason");
            java.time.LocalDate expires = f.date("expires");
            String origin = source + (node.location().known() ? ":" + node.location().line() : "");
            return remember(new org.journeyaudit.engine.journey.Suppression(rule, element, reason, expires, origin), node);
        }

        private Decision decision(DocNode node) {
            Fields f = fields(node, DECISION_FIELDS);
            return f == null ? null : remember(new Decision(f.requiredIdentifier("id"), f.text("name"), f.identifiers("uses")), node);
        }
    }
}
