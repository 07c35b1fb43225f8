package org.journeyaudit.service.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.journeyaudit.engine.document.DocNode;
import org.journeyaudit.engine.document.DocNode.ListNode;
import org.journeyaudit.engine.document.DocNode.ObjectNode;
import org.journeyaudit.engine.document.DocPath;
import org.journeyaudit.engine.document.DocumentParser;
import org.journeyaudit.engine.document.ElementLocations;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.document.NearestName;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.service.ServiceProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** Reads request bodies into journeys with the engine's reader, so the service reports problems exactly as the command line does. */
@Component
public class JourneyDocuments {

    static final String SOURCE = "request body";

    private final JourneyReader reader;
    private final ServiceProperties properties;

    JourneyDocuments(JourneyReader reader, ServiceProperties properties) {
        this.reader = reader;
        this.properties = properties;
    }

    public Journey journey(byte[] body, MediaType contentType) {
        return reader.read(SOURCE, body, JourneyMediaTypes.formatOf(contentType));
    }

    /** Where the elements of a journey posted as the body are written in it (for SARIF); the body was read a moment ago. */
    public ElementLocations locations(byte[] body, MediaType contentType) {
        return ElementLocations.of(parse(body, contentType).root());
    }

    /**
     * A batch: {@code {"journeys": [ ... ]}}. Every journey is read, and all problems of all of them are
     * reported together, located under {@code /journeys/N}.
     */
    public List<Journey> batch(byte[] body, MediaType contentType) {
        DocumentParser.Parsed parsed = parse(body, contentType);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        DocNode root = parsed.root();
        if (!(root instanceof ObjectNode object)) {
            throw invalid(List.of(Problem.at(DocPath.ROOT, root.location(),
                    "expected an object with a list 'journeys', found " + root.describe())));
        }
        unknownFields(object, Set.of("journeys"), problems);
        List<Journey> journeys = journeyList(object, problems);
        if (journeys == null || !problems.isEmpty()) {
            throw invalid(problems);
        }
        return journeys;
    }

    DocumentParser.Parsed parse(byte[] body, MediaType contentType) {
        return reader.parse(SOURCE, body, JourneyMediaTypes.formatOf(contentType));
    }

    /** Every field of a request object that is not among {@code known}, with the nearest known name. */
    static void unknownFields(ObjectNode object, Set<String> known, List<Problem> problems) {
        object.fields().values().stream().filter(f -> !known.contains(f.name())).forEach(f -> problems.add(Problem.at(
                f.value().path(), f.nameLocation(), "unknown field '" + f.name() + "'" + NearestName.hint(f.name(), known.stream().sorted().toList()))));
    }

    /**
     * The journeys listed under {@code journeys} of a request object, each read as a journey document and
     * located under {@code /journeys/N}; their problems are added to {@code problems}. Null, with its problem
     * added, when the list is missing, empty or longer than a batch may be.
     */
    List<Journey> journeyList(ObjectNode object, List<Problem> problems) {
        DocNode.Field journeysField = object.fields().get("journeys");
        if (journeysField == null || !(journeysField.value() instanceof ListNode list)) {
            problems.add(Problem.at(DocPath.ROOT, object.location(), "missing required field 'journeys': a list of journey documents"));
            return null;
        }
        if (list.items().isEmpty() || list.items().size() > properties.maxJourneysPerBatch()) {
            problems.add(Problem.at(list.path(), list.location(), "a batch holds 1 to " + properties.maxJourneysPerBatch()
                    + " journeys; this one holds " + list.items().size()));
            return null;
        }
        List<Journey> journeys = new ArrayList<>();
        for (DocNode item : list.items()) {
            Journey journey = journey(item, problems);
            if (journey != null) {
                journeys.add(journey);
            }
        }
        return journeys;
    }

    /** One journey of a request document, or null with its problems added. */
    Journey journey(DocNode node, List<Problem> problems) {
        try {
            return reader.read(SOURCE, node, List.of());
        } catch (InvalidDocumentException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static InvalidDocumentException invalid(List<Problem> problems) {
        return new InvalidDocumentException(SOURCE, InvalidDocumentException.Kind.INVALID, problems);
    }
}
