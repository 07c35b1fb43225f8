package org.journeyaudit.engine.change;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.journeyaudit.engine.document.DocNode.ScalarNode;
import org.journeyaudit.engine.document.DocNode.ScalarType;
import org.journeyaudit.engine.document.DocNode;
import org.journeyaudit.engine.document.DocumentFiles;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.DocumentLimits;
import org.journeyaudit.engine.document.DocumentParser;
import org.journeyaudit.engine.document.Fields;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.document.Problems;
import org.journeyaudit.engine.fact.JourneyFacts;
import org.journeyaudit.engine.journey.DocumentEnum;

/**
 * Reads a change request document (YAML or JSON) into a {@link ChangeRequest}, or fails with every
 * problem it has, each located, exactly as journeys are read. What the request names is checked
 * against the journeys later, by the impact analysis: a request is valid on its own.
 */
public final class ChangeRequestReader {

    /** How messages name the document this reader refuses. */
    public static final String DOCUMENT_NAME = "change request";

    static final Set<String> CHANGE_FIELDS = Set.of("id", "title", "type", "description", "plannedDate", "classification", "touches");
    static final Set<String> CLASSIFICATION_FIELDS = Set.of("significance", "reason");
    static final Set<String> TOUCHES_FIELDS = Set.of("channels", "systems", "actors", "products", "items", "stages");
    /** Names in one list of 'touches': a change touching more is described better by what it does not touch. */
    static final int MAX_TOUCHES_PER_LIST = 1000;

    private final DocumentParser parser;

    public ChangeRequestReader(DocumentLimits limits) {
        this.parser = new DocumentParser(limits);
    }

    public ChangeRequestReader() {
        this(DocumentLimits.DEFAULT);
    }

    public ChangeRequest read(Path file) {
        byte[] content = DocumentFiles.read(file, parser.limits(), DOCUMENT_NAME);
        return read(file.toString(), content, DocumentFormat.ofFileName(file.getFileName().toString()));
    }

    public ChangeRequest read(String source, byte[] content, DocumentFormat format) {
        DocumentParser.Parsed parsed;
        try {
            parsed = parser.parse(source, content, format);
        } catch (InvalidDocumentException e) {
            throw new InvalidDocumentException(e.source(), e.kind(), e.problems(), DOCUMENT_NAME);
        }
        return read(source, parsed.root(), parsed.problems());
    }

    /**
     * Reads a change request from a node of a parsed document; problems are located by the node's own
     * path ({@code /change/touches/stages/0}), and {@code earlier} ones (from parsing) are reported with them.
     */
    public ChangeRequest read(String source, DocNode node, List<Problem> earlier) {
        Problems problems = new Problems();
        earlier.forEach(problems::add);
        ChangeRequest change = change(node, problems, parser.limits());
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(source, InvalidDocumentException.Kind.INVALID, problems.list(), DOCUMENT_NAME);
        }
        return change;
    }

    private static ChangeRequest change(DocNode node, Problems problems, DocumentLimits limits) {
        Fields f = Fields.of(node, CHANGE_FIELDS, problems, limits);
        if (f == null) {
            return null;
        }
        ChangeType type = f.word("type", ChangeType.class);
        if (f.value("type") == null) {
            problems.add(node, "missing required field 'type' (" + String.join(", ", DocumentEnum.words(ChangeType.class)) + ")");
        }
        Significance forced = null;
        String reason = null;
        DocNode classification = f.value("classification");
        if (classification != null) {
            Fields c = Fields.of(classification, CLASSIFICATION_FIELDS, problems, limits);
            if (c != null) {
                forced = c.word("significance", Significance.class);
                if (c.value("significance") == null) {
                    problems.add(classification, "missing required field 'significance' (significant or operational)");
                }
                reason = c.text("reason");
                if (c.value("reason") == null) {
                    problems.add(classification, "missing required field 'reason': say why the standard's classification "
                            + "does not fit this change");
                } else if (reason != null && reason.isBlank()) {
                    problems.add(c.value("reason"), "'reason' must not be blank");
                    reason = null;
                }
            }
        }
        List<Touch> touches = touches(f, node, problems, limits);
        String description = f.text("description");
        return new ChangeRequest(f.requiredText("id"), f.requiredText("title"), type, description == null ? null : description.strip(),
                f.date("plannedDate"), forced, reason, touches);
    }

    private static List<Touch> touches(Fields change, DocNode changeNode, Problems problems, DocumentLimits limits) {
        DocNode node = change.value("touches");
        if (node == null) {
            problems.add(changeNode, "missing required field 'touches': name at least one channel, system, actor, product, "
                    + "item or stage the change touches");
            return List.of();
        }
        Fields f = Fields.of(node, TOUCHES_FIELDS, problems, limits);
        if (f == null) {
            return List.of();
        }
        List<Touch> touches = new ArrayList<>();
        boolean anyEntry = false;
        for (TouchKind kind : TouchKind.values()) {
            Map<String, DocNode> seen = new HashMap<>();
            if (f.value(kind.field()) instanceof DocNode.ListNode list && list.items().size() > MAX_TOUCHES_PER_LIST) {
                problems.add(list, "'" + kind.field() + "' holds " + String.format(java.util.Locale.ROOT, "%,d", list.items().size())
                        + " entries; a change request names at most " + String.format(java.util.Locale.ROOT, "%,d", MAX_TOUCHES_PER_LIST)
                        + " in each list");
                anyEntry = true;
                continue;
            }
            List<DocNode> entries = f.list(kind.field(), entry -> entry);
            anyEntry |= !entries.isEmpty();
            for (DocNode entry : entries) {
                String name = name(kind, entry, problems, limits);
                if (name == null) {
                    continue;
                }
                DocNode first = seen.putIfAbsent(JourneyFacts.fold(name), entry);
                if (first != null) {
                    problems.add(entry, "'" + name + "' is listed twice under '" + kind.field() + "' (first at "
                            + first.path().yamlPath() + "); list it once");
                    continue;
                }
                touches.add(new Touch(kind, name.strip(), entry.path().yamlPath()));
            }
        }
        if (!anyEntry && f.node().fields().keySet().stream().allMatch(TOUCHES_FIELDS::contains)) {
            problems.add(node, "'touches' names nothing; name at least one channel, system, actor, product, item or stage "
                    + "the change touches");
        }
        return touches;
    }

    /** The entry's text, or null (with its problem recorded) when it is no usable name. */
    private static String name(TouchKind kind, DocNode entry, Problems problems, DocumentLimits limits) {
        if (!(entry instanceof ScalarNode scalar) || scalar.type() == ScalarType.NULL) {
            problems.add(entry, "expected a text, found " + entry.describe());
            return null;
        }
        String text = scalar.text();
        if (text.isBlank()) {
            problems.add(entry, "an entry of '" + kind.field() + "' must not be blank");
            return null;
        }
        // a stage is named with its journey: two identifiers and a slash
        int longest = kind == TouchKind.STAGE ? 2 * limits.maxIdLength() + 1 : limits.maxIdLength();
        if (text.length() > longest) {
            problems.add(entry, "an entry of '" + kind.field() + "' is at most " + longest + " characters, found "
                    + String.format(java.util.Locale.ROOT, "%,d", text.length()));
            return null;
        }
        if (kind == TouchKind.STAGE && !text.strip().matches("[^/\\s][^/]*/[^/]*[^/\\s]")) {
            problems.add(entry, "'" + text + "' is not a journey-qualified stage id; write JOURNEY/STAGE, "
                    + "e.g. insurance-insured-event/file-claim");
            return null;
        }
        return text;
    }
}
