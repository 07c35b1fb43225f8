package org.journeyaudit.engine.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.finding.ElementRef;
import org.journeyaudit.engine.journey.Actor;

/**
 * Where each element of a journey document was written, by the name findings give it ({@code step:ask-photo}):
 * an element with an id where its entry starts, a touchpoint where its entry starts, an item, an actor or a system
 * where it is first named. Anything else, and the journey itself, is at the document's top.
 */
public final class ElementLocations {

    private static final String ACTOR = "actor:";

    private final Location top;
    private final Map<String, Location> byElement = new HashMap<>();

    private ElementLocations(Location top) {
        this.top = top.known() ? top : new Location(1, 1);
    }

    /** The locations of the elements of the journey read from {@code root}. */
    public static ElementLocations of(DocNode root) {
        ElementLocations locations = new ElementLocations(root == null ? Location.UNKNOWN : root.location());
        if (root instanceof DocNode.ObjectNode journey) {
            locations.journey(journey);
        }
        return locations;
    }

    /** A document whose elements cannot be located: everything is at its top. */
    public static ElementLocations unknown() {
        return new ElementLocations(Location.UNKNOWN);
    }

    /** Where the element is written; the document's top when it is not (the journey, a stage's cell not written). */
    public Location at(ElementRef element) {
        if (element == null) {
            return top;
        }
        String written = element.toString();
        Location at = byElement.get(written);
        if (at == null && written.startsWith(ACTOR)) {
            // findings name an actor however the document spaces or cases it
            at = byElement.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(ACTOR) && Actor.same(e.getKey().substring(ACTOR.length()), element.id()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        return at == null ? top : at;
    }

    public Location top() {
        return top;
    }

    private void journey(DocNode.ObjectNode journey) {
        String journeyId = text(journey, "id");
        if (journeyId != null) {
            byElement.put("journey:" + journeyId, top);
        }
        for (DocNode.ObjectNode channel : objects(journey, "channels")) {
            remember("channel", text(channel, "id"), channel);
        }
        for (DocNode.ObjectNode stage : objects(journey, "stages")) {
            String stageId = text(stage, "id");
            remember("stage", stageId, stage);
            for (DocNode.ObjectNode touchpoint : objects(stage, "touchpoints")) {
                String channel = text(touchpoint, "channel");
                if (stageId != null && channel != null) {
                    remember("touchpoint", stageId + "@" + channel, touchpoint);
                }
                DocNode info = value(touchpoint, "info");
                if (info instanceof DocNode.ObjectNode told) {
                    told.fields().values().forEach(f -> byElement.putIfAbsent("item:" + f.name(), f.nameLocation()));
                }
            }
            List<DocNode.ObjectNode> barriers = objects(stage, "barriers");
            for (int i = 0; i < barriers.size(); i++) {
                if (stageId != null) {
                    remember("barrier", stageId + "#" + (i + 1), barriers.get(i));
                }
            }
            for (DocNode.ObjectNode step : objects(stage, "steps")) {
                remember("step", text(step, "id"), step);
                remember("actor", text(step, "actor"), step);
                remember("system", text(step, "system"), step);
                for (String list : List.of("asksCustomer", "uses", "produces")) {
                    items(value(step, list));
                }
            }
            for (DocNode.ObjectNode decision : objects(stage, "decisions")) {
                remember("decision", text(decision, "id"), decision);
                items(value(decision, "uses"));
            }
        }
    }

    private void items(DocNode list) {
        if (list instanceof DocNode.ListNode items) {
            for (DocNode item : items.items()) {
                if (item instanceof DocNode.ScalarNode name && name.type() == DocNode.ScalarType.TEXT) {
                    byElement.putIfAbsent("item:" + name.text(), name.location());
                }
            }
        }
    }

    /** The first place an element is named is where it is. */
    private void remember(String kind, String id, DocNode node) {
        if (id != null && node.location().known()) {
            byElement.putIfAbsent(kind + ":" + id, node.location());
        }
    }

    private static DocNode value(DocNode.ObjectNode node, String name) {
        DocNode.Field field = node.fields().get(name);
        return field == null ? null : field.value();
    }

    private static String text(DocNode.ObjectNode node, String name) {
        return value(node, name) instanceof DocNode.ScalarNode scalar && scalar.type() != DocNode.ScalarType.NULL ? scalar.text() : null;
    }

    private static List<DocNode.ObjectNode> objects(DocNode.ObjectNode node, String name) {
        return value(node, name) instanceof DocNode.ListNode list
                ? list.items().stream().filter(DocNode.ObjectNode.class::isInstance).map(DocNode.ObjectNode.class::cast).toList()
                : List.of();
    }
}
