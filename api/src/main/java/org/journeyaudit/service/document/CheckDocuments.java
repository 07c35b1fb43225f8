package org.journeyaudit.service.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.journeyaudit.engine.audit.Baseline;
import org.journeyaudit.engine.check.CheckReader;
import org.journeyaudit.engine.check.CustomChecks;
import org.journeyaudit.engine.document.DocNode;
import org.journeyaudit.engine.document.DocNode.ObjectNode;
import org.journeyaudit.engine.document.DocPath;
import org.journeyaudit.engine.document.DocumentParser;
import org.journeyaudit.engine.document.ElementLocations;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.journey.Journey;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Reads request bodies that carry custom checks beside the journeys: checks are data, so they may be
 * posted (unlike rule packs). Every problem of the body is reported at once, located by its JSON
 * pointer ({@code /checks/0/require/equals/field}, {@code /journey/stages/0/id}).
 */
@Component
public class CheckDocuments {

    /** How a refused body of {@code /api/audits/checked} is named in the problem's detail. */
    public static final String CHECKED_REQUEST = "checked audit request";
    /** How a refused compliance body is named in the problem's detail. */
    public static final String COMPLIANCE_REQUEST = "compliance request";

    private final JourneyDocuments journeys;
    private final CheckReader checks = new CheckReader();

    CheckDocuments(JourneyDocuments journeys) {
        this.journeys = journeys;
    }

    /**
     * One journey, the checks to judge it by, the baseline of known findings (null without one) and where the journey's
     * elements are written in the body (for SARIF).
     */
    public record Checked(Journey journey, CustomChecks checks, Baseline baseline, ElementLocations locations) {
    }

    /** A portfolio and the checks to judge it by (none when the body has no {@code checks}). */
    public record CheckedPortfolio(List<Journey> journeys, CustomChecks checks) {
    }

    /** {@code {"journey": {...}, "checks": [...], "baseline": {"findings": [...]}}}, the baseline optional. */
    public Checked checked(byte[] body, MediaType contentType) {
        DocumentParser.Parsed parsed = journeys.parse(body, contentType);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        ObjectNode object = envelope(parsed.root(), "an object with the journey under 'journey' and a list 'checks'", CHECKED_REQUEST);
        JourneyDocuments.unknownFields(object, Set.of("journey", "checks", "baseline"), problems);
        DocNode.Field journeyField = object.fields().get("journey");
        Journey journey = null;
        if (journeyField == null) {
            problems.add(Problem.at(DocPath.ROOT, object.location(), "missing required field 'journey': the journey document"));
        } else {
            journey = journeys.journey(journeyField.value(), problems);
        }
        CustomChecks read = checks(object, true, problems);
        Baseline baseline = baseline(object, problems);
        if (!problems.isEmpty() || journey == null || read == null) {
            throw invalid(problems, CHECKED_REQUEST);
        }
        return new Checked(journey, read, baseline, ElementLocations.of(journeyField.value()));
    }

    /** {@code {"journeys": [...], "checks": [...]}}, the checks optional. */
    public CheckedPortfolio portfolio(byte[] body, MediaType contentType) {
        DocumentParser.Parsed parsed = journeys.parse(body, contentType);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        ObjectNode object = envelope(parsed.root(), "an object with a list 'journeys' and, optionally, a list 'checks'", COMPLIANCE_REQUEST);
        JourneyDocuments.unknownFields(object, Set.of("journeys", "checks"), problems);
        List<Journey> portfolio = journeys.journeyList(object, problems);
        CustomChecks read = checks(object, false, problems);
        if (!problems.isEmpty() || portfolio == null || read == null) {
            throw invalid(problems, COMPLIANCE_REQUEST);
        }
        return new CheckedPortfolio(portfolio, read);
    }

    private CustomChecks checks(ObjectNode object, boolean required, List<Problem> problems) {
        DocNode.Field field = object.fields().get("checks");
        if (field == null) {
            if (required) {
                problems.add(Problem.at(DocPath.ROOT, object.location(), "missing required field 'checks': a list of custom checks"));
                return null;
            }
            return CustomChecks.NONE;
        }
        try {
            return checks.read(JourneyDocuments.SOURCE, field.value(), List.of());
        } catch (InvalidDocumentException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** The baseline under {@code baseline}, as 'baseline create' writes it; null when the body has none. */
    private static Baseline baseline(ObjectNode object, List<Problem> problems) {
        DocNode.Field field = object.fields().get("baseline");
        if (field == null) {
            return null;
        }
        try {
            return Baseline.read(JourneyDocuments.SOURCE, field.value());
        } catch (InvalidDocumentException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static ObjectNode envelope(DocNode root, String expected, String documentName) {
        if (root instanceof ObjectNode object) {
            return object;
        }
        throw invalid(List.of(Problem.at(DocPath.ROOT, root.location(), "expected " + expected + ", found " + root.describe())),
                documentName);
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
