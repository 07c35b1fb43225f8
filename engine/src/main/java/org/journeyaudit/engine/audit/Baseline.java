package org.journeyaudit.engine.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.journeyaudit.engine.document.DocNode;
import org.journeyaudit.engine.document.DocumentFiles;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.DocumentLimits;
import org.journeyaudit.engine.document.DocumentParser;
import org.journeyaudit.engine.document.Fields;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.document.Problems;
import org.journeyaudit.engine.finding.Finding;

/**
 * The findings a team knew of when it adopted the audit, keyed by rule, journey and elements ({@link FindingKey}), never by
 * message or line: an audit against it lists them apart as baselined, and only new findings fail it. Written and read as
 * YAML ({@code findings: [{rule, journey, elements}]}).
 */
public record Baseline(List<FindingKey> entries) {

    public static final String DOCUMENT_NAME = "baseline";
    private static final Set<String> FILE_FIELDS = Set.of("findings");
    private static final Set<String> ENTRY_FIELDS = Set.of("rule", "journey", "elements");

    public Baseline {
        entries = List.copyOf(new LinkedHashSet<>(entries));
    }

    /** The open findings of the audits, in report order. */
    public static Baseline of(List<Audit> audits) {
        List<FindingKey> keys = new ArrayList<>();
        audits.forEach(a -> a.findings().forEach(f -> keys.add(FindingKey.of(a.journey().id(), f))));
        return new Baseline(keys);
    }

    /** The audit with the findings of the baseline moved apart; those left keep their numbers, so recommendations still name them. */
    public Audit apply(Audit audit) {
        Set<FindingKey> known = Set.copyOf(entries);
        List<Finding> open = new ArrayList<>();
        List<Finding> baselined = new ArrayList<>();
        for (Finding finding : audit.findings()) {
            (known.contains(FindingKey.of(audit.journey().id(), finding)) ? baselined : open).add(finding);
        }
        return new Audit(audit.journey(), audit.asOf(), open, audit.recommendations(), audit.profile(), audit.suppressed(),
                audit.suppressionNotes(), baselined, audit.observed());
    }

    /** The entries that still match a finding of the audits (open or baselined); journeys not audited keep theirs. */
    public Baseline prunedBy(List<Audit> audits) {
        Set<String> audited = new LinkedHashSet<>();
        Set<FindingKey> found = new LinkedHashSet<>();
        for (Audit audit : audits) {
            audited.add(audit.journey().id());
            audit.findings().forEach(f -> found.add(FindingKey.of(audit.journey().id(), f)));
            audit.baselined().forEach(f -> found.add(FindingKey.of(audit.journey().id(), f)));
        }
        return new Baseline(entries.stream().filter(e -> !audited.contains(e.journey()) || found.contains(e)).toList());
    }

    /** The baseline as YAML; every value quoted, so that no element id is read back as anything else. */
    public String yaml() {
        StringBuilder out = new StringBuilder("# Known findings: an audit with --baseline lists them apart and fails only on new ones.\n");
        if (entries.isEmpty()) {
            return out.append("findings: []\n").toString();
        }
        out.append("findings:\n");
        for (FindingKey entry : entries) {
            out.append("  - rule: ").append(quoted(entry.rule())).append('\n');
            out.append("    journey: ").append(quoted(entry.journey())).append('\n');
            out.append("    elements: [").append(String.join(", ", entry.elements().stream().map(Baseline::quoted).toList())).append("]\n");
        }
        return out.toString();
    }

    /** A double-quoted YAML scalar. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Reads a baseline file; {@link InvalidDocumentException}, each problem located, when it is missing or invalid. */
    public static Baseline read(Path file) {
        DocumentLimits limits = DocumentLimits.DEFAULT;
        byte[] content = DocumentFiles.read(file, limits, DOCUMENT_NAME);
        return read(file.toString(), content, DocumentFormat.ofFileName(file.getFileName().toString()));
    }

    public static Baseline read(String source, byte[] content, DocumentFormat format) {
        DocumentLimits limits = DocumentLimits.DEFAULT;
        DocumentParser.Parsed parsed = new DocumentParser(limits).parse(source, content, format);
        return read(source, parsed.root(), parsed.problems());
    }

    /**
     * A baseline given as a part of a larger document (a request's {@code baseline}): its problems are located by the
     * part's own paths ({@code /baseline/findings/0/rule}).
     */
    public static Baseline read(String source, DocNode root) {
        return read(source, root, List.of());
    }

    private static Baseline read(String source, DocNode root, List<Problem> parseProblems) {
        DocumentLimits limits = DocumentLimits.DEFAULT;
        Problems problems = new Problems();
        parseProblems.forEach(problems::add);
        Fields f = Fields.of(root, FILE_FIELDS, problems, limits);
        List<FindingKey> entries = List.of();
        if (f != null) {
            if (f.value("findings") == null) {
                problems.add(f.node(), "missing required field 'findings': a list of {rule, journey, elements}");
            } else {
                entries = f.list("findings", node -> entry(node, problems, limits));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(source, InvalidDocumentException.Kind.INVALID, problems.list(), DOCUMENT_NAME);
        }
        return new Baseline(entries.stream().filter(java.util.Objects::nonNull).toList());
    }

    private static FindingKey entry(DocNode node, Problems problems, DocumentLimits limits) {
        Fields f = Fields.of(node, ENTRY_FIELDS, problems, limits);
        if (f == null) {
            return null;
        }
        String rule = f.requiredText("rule");
        String journey = f.requiredText("journey");
        List<String> elements = f.texts("elements");
        if (f.value("elements") == null) {
            problems.add(f.node(), "missing required field 'elements': the elements the finding names, e.g. [step:ask-photo]");
        }
        return rule == null || journey == null || elements == null ? null : new FindingKey(rule, journey, elements);
    }
}
