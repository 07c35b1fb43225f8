package org.journeyaudit.service.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.journeyaudit.engine.document.DocNode;
import org.journeyaudit.engine.document.DocNode.ListNode;
import org.journeyaudit.engine.document.DocNode.ObjectNode;
import org.journeyaudit.engine.document.DocPath;
import org.journeyaudit.engine.document.DocumentParser;
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

    private static final String SOURCE = "request body";

    private final JourneyReader reader;
    private final ServiceProperties properties;

    JourneyDocuments(JourneyReader reader, ServiceProperties properties) {
        this.reader = reader;
        this.properties = properties;
    }

    public Journey journey(byte[] body, MediaType contentType) {
        return reader.read(SOURCE, body, JourneyMediaTypes.formatOf(contentType));
    }

    /**
     * A batch: {@code {"journeys": [ ... ]}}. Every journey is read, and all problems of all of them are
     * reported together, located under {@code /journeys/N}.
     */
    public List<Journey> batch(byte[] body, MediaType contentType) {
        DocumentParser.Parsed parsed = reader.parse(SOURCE, body, JourneyMediaTypes.formatOf(contentType));
        List<Problem> problems = new ArrayList<>(parsed.problems());
        DocNode root = parsed.root();
        if (!(root instanceof ObjectNode object)) {
            throw invalid(List.of(Problem.at(DocPath.ROOT, root.location(),
                    "expected an object with a list 'journeys', found " + root.describe())));
        }
        object.fields().values().stream().filter(f -> !f.name().equals("journeys")).forEach(f -> problems.add(Problem.at(
                f.value().path(), f.nameLocation(), "unknown field '" + f.name() + "'" + NearestName.hint(f.name(), Set.of("journeys")))));
        DocNode.Field journeysField = object.fields().get("journeys");
        if (journeysField == null || !(journeysField.value() instanceof ListNode list)) {
            problems.add(Problem.at(DocPath.ROOT, root.location(), "missing required field 'journeys': a list of journey documents"));
            throw invalid(problems);
        }
        if (list.items().isEmpty() || list.items().size() > properties.maxJourneysPerBatch()) {
            problems.add(Problem.at(list.path(), list.location(), "a batch holds 1 to " + properties.maxJourneysPerBatch()
                    + " journeys; this one holds " + list.items().size()));
            throw invalid(problems);
        }
        List<Journey> journeys = new ArrayList<>();
        for (DocNode item : list.items()) {
            try {
                journeys.add(reader.read(SOURCE, item, List.of()));
            } catch (InvalidDocumentException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return journeys;
    }

    private static InvalidDocumentException invalid(List<Problem> problems) {
        return new InvalidDocumentException(SOURCE, InvalidDocumentException.Kind.INVALID, problems);
    }
}
