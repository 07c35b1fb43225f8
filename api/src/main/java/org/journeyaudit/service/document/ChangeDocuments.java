package org.journeyaudit.service.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.journeyaudit.engine.change.ChangeRequest;
import org.journeyaudit.engine.change.ChangeRequestReader;
import org.journeyaudit.engine.document.DocNode.ObjectNode;
import org.journeyaudit.engine.document.DocNode;
import org.journeyaudit.engine.document.DocPath;
import org.journeyaudit.engine.document.DocumentParser;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.journey.Journey;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Reads the bodies of the change managers' requests with the engine's readers: a change request with the
 * journeys to analyse it against, or two versions of a journey. Every problem of the whole body is
 * reported at once, located by its JSON pointer in the body ({@code /change/touches/stages/0},
 * {@code /journeys/2/stages/0/id}, {@code /after/stages/1}), exactly as for a batch of journeys.
 */
@Component
public class ChangeDocuments {

    /** How a refused impact body is named in the problem's detail. */
    public static final String IMPACT_REQUEST = "impact request";
    /** How a refused comparison body is named in the problem's detail. */
    public static final String COMPARISON_REQUEST = "comparison request";

    private final JourneyDocuments journeys;
    private final ChangeRequestReader changes;

    ChangeDocuments(JourneyDocuments journeys, ChangeRequestReader changes) {
        this.journeys = journeys;
        this.changes = changes;
    }

    /** A change request and the journeys it is analysed against. */
    public record ImpactRequest(ChangeRequest change, List<Journey> journeys) {
    }

    /** Two versions of a journey. */
    public record ComparisonRequest(Journey before, Journey after) {
    }

    /** {@code {"change": {...}, "journeys": [...]}} */
    public ImpactRequest impact(byte[] body, MediaType contentType) {
        DocumentParser.Parsed parsed = journeys.parse(body, contentType);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        ObjectNode object = envelope(parsed.root(), "an object with a change request under 'change' and a list 'journeys'",
                IMPACT_REQUEST);
        JourneyDocuments.unknownFields(object, Set.of("change", "journeys"), problems);
        ChangeRequest change = null;
        DocNode changeNode = field(object, "change", "the change request", problems);
        if (changeNode != null) {
            try {
                change = changes.read(JourneyDocuments.SOURCE, changeNode, List.of());
            } catch (InvalidDocumentException e) {
                problems.addAll(e.problems());
            }
        }
        List<Journey> portfolio = journeys.journeyList(object, problems);
        if (!problems.isEmpty() || change == null || portfolio == null) {
            throw invalid(problems, IMPACT_REQUEST);
        }
        return new ImpactRequest(change, portfolio);
    }

    /** {@code {"before": journey, "after": journey}} */
    public ComparisonRequest comparison(byte[] body, MediaType contentType) {
        DocumentParser.Parsed parsed = journeys.parse(body, contentType);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        ObjectNode object = envelope(parsed.root(), "an object with the journey as it is under 'before' and as it will be under 'after'",
                COMPARISON_REQUEST);
        JourneyDocuments.unknownFields(object, Set.of("before", "after"), problems);
        DocNode beforeNode = field(object, "before", "the journey as it is", problems);
        DocNode afterNode = field(object, "after", "the journey as it will be", problems);
        Journey before = beforeNode == null ? null : journeys.journey(beforeNode, problems);
        Journey after = afterNode == null ? null : journeys.journey(afterNode, problems);
        if (!problems.isEmpty() || before == null || after == null) {
            throw invalid(problems, COMPARISON_REQUEST);
        }
        return new ComparisonRequest(before, after);
    }

    private static ObjectNode envelope(DocNode root, String expected, String documentName) {
        if (root instanceof ObjectNode object) {
            return object;
        }
        throw invalid(List.of(Problem.at(DocPath.ROOT, root.location(), "expected " + expected + ", found " + root.describe())),
                documentName);
    }

    private static DocNode field(ObjectNode object, String name, String what, List<Problem> problems) {
        DocNode.Field field = object.fields().get(name);
        if (field == null) {
            problems.add(Problem.at(DocPath.ROOT, object.location(), "missing required field '" + name + "': " + what));
            return null;
        }
        return field.value();
    }

    /** Every problem of the body in document order: by line, then column; problems without a line last. */
    private static InvalidDocumentException invalid(List<Problem> problems, String documentName) {
        List<Problem> ordered = problems.stream()
                .sorted(Comparator.comparingInt((Problem p) -> p.location().known() ? p.location().line() : Integer.MAX_VALUE)
                        .thenComparingInt(p -> p.location().column()))
                .toList();
        return new InvalidDocumentException(JourneyDocuments.SOURCE, InvalidDocumentException.Kind.INVALID, ordered, documentName);
    }
}
