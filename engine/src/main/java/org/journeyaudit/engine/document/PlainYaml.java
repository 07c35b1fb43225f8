package org.journeyaudit.engine.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * Finds the YAML features a document may not use: anchors, aliases, merge keys and explicit tags. Each
 * would make the value read differ from the text written (an alias read as its name, {@code !!binary}
 * as its base64 text), so each is refused where it stands rather than read in some way.
 */
final class PlainYaml {

    /** Enough to show the pattern; a document full of aliases does not need thousands of lines saying so. */
    static final int MAX_REPORTED = 100;

    private static final String STANDARD_TAGS = "tag:yaml.org,2002:";

    private final LoadSettings settings;
    private final DocumentLimits limits;

    PlainYaml(LoadSettings settings, DocumentLimits limits) {
        this.settings = settings;
        this.limits = limits;
    }

    /**
     * The problems of {@code text}, in document order; empty when it uses none of these features. Stops
     * quietly at a syntax error: the parse that follows reports it.
     */
    List<Problem> problems(String text) {
        List<Problem> problems = new ArrayList<>();
        if (!mayUseAny(text)) {
            return problems;
        }
        Deque<Frame> open = new ArrayDeque<>();
        try {
            scan:
            for (Event event : new Parse(settings).parseReader(new WholeCharacterReader(text))) {
                if (problems.size() > MAX_REPORTED) {
                    break;
                }
                Frame parent = open.peek();
                boolean isKey = parent != null && parent.expectsKey();
                DocPath path = parent == null ? DocPath.ROOT : parent.childPath();
                check(event, path, isKey, problems);
                switch (event.getEventId()) {
                    case MappingStart, SequenceStart -> {
                        if (parent != null) {
                            parent.add(null);
                        }
                        if (open.size() >= limits.maxDepth()) {
                            break scan; // the parse that follows refuses the document as too deep, where it gets too deep
                        }
                        open.push(new Frame(path, event.getEventId() == Event.ID.MappingStart));
                    }
                    case MappingEnd, SequenceEnd -> open.pop();
                    case Scalar -> {
                        if (parent != null) {
                            String value = ((ScalarEvent) event).getValue();
                            // a key the parse refuses as too long is cut here too, so that no path repeats it
                            parent.add(value.length() > limits.maxIdLength() ? Fields.shown(value) : value);
                        }
                    }
                    case Alias -> {
                        if (parent != null) {
                            parent.add(null);
                        }
                    }
                    default -> {
                        // stream and document boundaries hold no values
                    }
                }
            }
        } catch (RuntimeException malformed) {
            // the parse that follows reports the syntax error with its place and wording
        }
        if (problems.size() > MAX_REPORTED) {
            Problem last = problems.get(MAX_REPORTED);
            problems.subList(MAX_REPORTED, problems.size()).clear();
            problems.add(new Problem(last.pointer(), last.yamlPath(), last.location(), "more anchors, aliases or tags follow; the first "
                    + MAX_REPORTED + " are listed"));
        }
        return problems;
    }

    /**
     * Whether the text holds a character that every one of these features is written with: an anchor's
     * {@code &}, an alias's {@code *}, a tag's {@code !}, a merge key's {@code <<}. Most documents hold none,
     * and are then not parsed a second time here.
     */
    static boolean mayUseAny(String text) {
        return text.indexOf('&') >= 0 || text.indexOf('*') >= 0 || text.indexOf('!') >= 0 || text.contains("<<");
    }

    /** An open mapping or sequence: where it is, and how many nodes it holds so far (a mapping's keys and values alternate). */
    private static final class Frame {
        private final DocPath path;
        private final boolean mapping;
        private int nodes;
        private String key;

        Frame(DocPath path, boolean mapping) {
            this.path = path;
            this.mapping = mapping;
        }

        boolean expectsKey() {
            return mapping && nodes % 2 == 0;
        }

        /** The path of the node that comes next: a key stands at its mapping's path, a value at its key's. */
        DocPath childPath() {
            if (!mapping) {
                return path.index(nodes);
            }
            return expectsKey() ? path : path.field(key == null ? "?" : key);
        }

        void add(String scalar) {
            if (expectsKey()) {
                key = scalar;
            }
            nodes++;
        }
    }

    private static void check(Event event, DocPath path, boolean isKey, List<Problem> problems) {
        if (event instanceof AliasEvent alias) {
            problems.add(Problem.at(path, location(event.getStartMark()), "YAML aliases ('*" + Fields.shown(alias.getAlias().getValue())
                    + "') are not supported: write the value out"));
            return;
        }
        if (event instanceof NodeEvent node && node.getAnchor().isPresent()) {
            problems.add(Problem.at(path, location(event.getStartMark()), "YAML anchors ('&" + Fields.shown(node.getAnchor().get().getValue())
                    + "') are not supported: write the value out where it is used"));
        }
        Optional<String> tag = event instanceof ScalarEvent scalar ? scalar.getTag()
                : event instanceof CollectionStartEvent collection ? collection.getTag() : Optional.empty();
        if (tag.isPresent()) {
            problems.add(Problem.at(path, location(event.getStartMark()), "YAML tags ('" + Fields.shown(written(tag.get())) + "') are not supported: "
                    + "write the value without a tag"));
        }
        if (isKey && event instanceof ScalarEvent key && key.getScalarStyle() == ScalarStyle.PLAIN && key.getValue().equals("<<")) {
            problems.add(Problem.at(path.field("<<"), location(event.getStartMark()), "YAML merge keys ('<<') are not supported: write the fields out"));
        }
    }

    /** The tag as it was written: {@code !!binary} rather than its expanded form. */
    private static String written(String tag) {
        if (tag.startsWith(STANDARD_TAGS)) {
            return "!!" + tag.substring(STANDARD_TAGS.length());
        }
        return tag.startsWith("!") ? tag : "!<" + tag + ">";
    }

    private static Location location(Optional<Mark> mark) {
        return mark.map(m -> new Location(m.getLine() + 1, m.getColumn() + 1)).orElse(Location.UNKNOWN);
    }
}
