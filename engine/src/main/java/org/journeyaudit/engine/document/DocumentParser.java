package org.journeyaudit.engine.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.document.DocNode.Field;
import org.journeyaudit.engine.document.DocNode.ListNode;
import org.journeyaudit.engine.document.DocNode.ObjectNode;
import org.journeyaudit.engine.document.DocNode.ScalarNode;
import org.journeyaudit.engine.document.DocNode.ScalarType;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.ReaderException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Turns YAML or JSON text into a {@link DocNode} tree that keeps every value's location. Reads token by
 * token so that duplicate keys, depth and size are caught here, each with its place in the file.
 */
public final class DocumentParser {

    private final DocumentLimits limits;
    private final TokenStreamFactory yaml;
    /** The same reader for a document that fits in {@link #SHORT_READ}: read in one go, without a 64 KiB window. */
    private final TokenStreamFactory shortYaml;
    private final TokenStreamFactory json;
    private final PlainYaml plainYaml;
    /** Where problems about the document as a whole are shown. */
    private static final Location START = new Location(1, 1);
    /** Characters the YAML reader takes at a time. */
    static final int READ_SIZE = 64 * 1024;
    /**
     * Characters the YAML reader takes at a time from a short document (most journeys are a few thousand
     * characters): its window is made anew for every document, and 64 KiB of it would cost more than the rest
     * of the parse allocates.
     */
    static final int SHORT_READ = 8 * 1024;

    public DocumentParser(DocumentLimits limits) {
        this.limits = limits;
        // Our own depth check gives the located message; Jackson's bound is a backstop set just above it.
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 2)
                .maxDocumentLength(limits.maxBytes())
                .build();
        // the YAML reader copies its window of the text each time it reads on: with its default 1 KiB
        // reads, a scalar of megabytes costs seconds; 64 KiB reads make it milliseconds
        LoadSettings settings = yamlSettings(limits, READ_SIZE);
        this.yaml = YAMLFactory.builder().streamReadConstraints(constraints).loadSettings(settings).build();
        this.shortYaml = YAMLFactory.builder().streamReadConstraints(constraints).loadSettings(yamlSettings(limits, SHORT_READ)).build();
        this.plainYaml = new PlainYaml(settings, limits);
        this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
    }

    private static LoadSettings yamlSettings(DocumentLimits limits, int readSize) {
        return LoadSettings.builder()
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
                .setAllowDuplicateKeys(true) // reported here, with both locations
                .setMaxAliasesForCollections(20)
                .setBufferSize(readSize)
                .build();
    }

    public DocumentLimits limits() {
        return limits;
    }

    /**
     * Reads and parses a file; a file that is missing, unreadable, not a regular file or over the size limit
     * fails with {@link InvalidDocumentException} like a malformed one.
     */
    public Parsed parse(java.nio.file.Path file) {
        byte[] content = DocumentFiles.read(file, limits, InvalidDocumentException.JOURNEY_DOCUMENT);
        return parse(file.toString(), content, DocumentFormat.ofFileName(file.getFileName().toString()));
    }

    /** A parsed document and the problems that did not stop the parse (duplicate keys). */
    public record Parsed(DocNode root, List<Problem> problems) {
    }

    /**
     * Parses one document; throws {@link InvalidDocumentException} with the located problem when the
     * text is not well-formed, too large or too deep. Duplicate keys are returned with the tree (the
     * first value kept) so that the rest of the document is still checked.
     */
    public Parsed parse(String source, byte[] content, DocumentFormat format) {
        if (content.length > limits.maxBytes()) {
            throw new InvalidDocumentException(source, InvalidDocumentException.Kind.TOO_LARGE, List.of(Problem.at(DocPath.ROOT,
                    Location.UNKNOWN, "the document is " + content.length + " bytes; the limit is " + limits.maxBytes() + " bytes")));
        }
        String text = DocumentText.decode(source, content);
        if (text.isBlank()) {
            throw malformed(source, List.of(Problem.at(DocPath.ROOT, START, "the document is empty")));
        }
        if (format == DocumentFormat.YAML) {
            List<Problem> unsupported = plainYaml.problems(text);
            if (!unsupported.isEmpty()) {
                throw malformed(source, unsupported);
            }
        }
        List<Problem> problems = new ArrayList<>();
        // the parser reads the text decoded above, never the bytes: see DocumentText and WholeCharacterReader
        try (JsonParser parser = format == DocumentFormat.JSON ? json.createParser(ObjectReadContext.empty(), text)
                : (text.length() < SHORT_READ ? shortYaml : yaml).createParser(ObjectReadContext.empty(), new WholeCharacterReader(text))) {
            try {
                return parse(source, parser, problems);
            } catch (TooDeep tooDeep) {
                throw malformed(source, List.of(tooDeep.problem));
            } catch (InvalidDocumentException refused) {
                throw refused;
            } catch (RuntimeException notWellFormed) {
                // any complaint of the parsers (Jackson's, or SnakeYAML's it did not wrap) is told in plain words
                Location at = whereItStopped(notWellFormed, parser, text);
                problems.add(Problem.at(DocPath.ROOT, at, ParserMessages.plain(notWellFormed, format, at)));
                throw malformed(source, problems);
            }
        }
    }

    private Parsed parse(String source, JsonParser parser, List<Problem> problems) {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw malformed(source, List.of(Problem.at(DocPath.ROOT, START, "the document is empty: it holds only comments")));
        }
        DocNode root = read(parser, first, DocPath.ROOT, 1, problems);
        if (root instanceof ScalarNode scalar && (scalar.type() == ScalarType.NULL || scalar.text().isEmpty())) {
            throw malformed(source, List.of(Problem.at(DocPath.ROOT, START, "the document is empty: it holds no value")));
        }
        JsonToken after = parser.nextToken();
        if (after != null) {
            problems.add(Problem.at(DocPath.ROOT, location(parser.currentTokenLocation()),
                    "the file holds more than one document; put one journey in each file"));
            throw malformed(source, problems);
        }
        return new Parsed(root, List.copyOf(problems));
    }

    /** The parser's own location of its complaint, or failing that, where it had read to. */
    private static Location whereItStopped(RuntimeException notWellFormed, JsonParser parser, String text) {
        for (Throwable cause = notWellFormed; cause != null; cause = cause.getCause()) {
            if (cause instanceof ReaderException reader) {
                return DocumentText.locationOfCodePoint(text, reader.getPosition());
            }
        }
        Location at = notWellFormed instanceof JacksonException jackson ? location(jackson.getLocation()) : Location.UNKNOWN;
        if (!at.known()) {
            try {
                at = location(parser.currentLocation());
            } catch (RuntimeException unknown) {
                // the location stays unknown
            }
        }
        return at;
    }

    private static InvalidDocumentException malformed(String source, List<Problem> problems) {
        return new InvalidDocumentException(source, InvalidDocumentException.Kind.MALFORMED, problems);
    }

    private DocNode read(JsonParser parser, JsonToken token, DocPath path, int depth, List<Problem> problems) {
        Location at = location(parser.currentTokenLocation());
        if (depth > limits.maxDepth()) {
            throw new TooDeep(Problem.at(path, at, "the document nests deeper than " + limits.maxDepth() + " levels"));
        }
        return switch (token) {
            case START_OBJECT -> readObject(parser, path, at, depth, problems);
            case START_ARRAY -> readList(parser, path, at, depth, problems);
            case VALUE_STRING -> new ScalarNode(path, at, ScalarType.TEXT, whole(parser.getString(), path, at, problems));
            case VALUE_NUMBER_INT -> new ScalarNode(path, at, ScalarType.INTEGER, parser.getString());
            case VALUE_NUMBER_FLOAT -> new ScalarNode(path, at, ScalarType.DECIMAL, parser.getString());
            case VALUE_TRUE -> new ScalarNode(path, at, ScalarType.BOOLEAN, "true");
            case VALUE_FALSE -> new ScalarNode(path, at, ScalarType.BOOLEAN, "false");
            case VALUE_NULL -> new ScalarNode(path, at, ScalarType.NULL, null);
            default -> new ScalarNode(path, at, ScalarType.TEXT, whole(parser.getString(), path, at, problems));
        };
    }

    private ObjectNode readObject(JsonParser parser, DocPath path, Location at, int depth, List<Problem> problems) {
        Map<String, Field> fields = new LinkedHashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            Location nameAt = location(parser.currentTokenLocation());
            String name = whole(parser.currentName(), path, nameAt, problems);
            if (name.length() > limits.maxIdLength()) {
                // every key of every schema is a field name, an id or an item key: a longer one is refused, and
                // left out so that no path or message repeats it
                note(problems, Problem.at(path.field(Fields.shown(name)), nameAt, "a key is at most " + limits.maxIdLength()
                        + " characters, found " + name.length()));
                read(parser, parser.nextToken(), path.field(Fields.shown(name)), depth + 1, problems);
                continue;
            }
            DocPath fieldPath = path.field(name);
            DocNode value = read(parser, parser.nextToken(), fieldPath, depth + 1, problems);
            Field earlier = fields.get(name);
            if (earlier != null) {
                note(problems, Problem.at(fieldPath, nameAt, "duplicate key '" + Fields.shown(name) + "' (first given at line "
                        + earlier.nameLocation().line() + "); keep one of them"));
            } else {
                fields.put(name, new Field(name, nameAt, value));
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new IllegalStateException("unexpected token " + token + " in an object");
        }
        return new ObjectNode(path, at, fields);
    }

    private ListNode readList(JsonParser parser, DocPath path, Location at, int depth, List<Problem> problems) {
        List<DocNode> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(read(parser, token, path.index(items.size()), depth + 1, problems));
        }
        return new ListNode(path, at, items);
    }

    /**
     * The text, after recording a problem when it holds half a character: an escape such as {@code "\\ud800"}
     * gives a surrogate without its pair, which no UTF-8 report can write. The document is refused then, and
     * the half is shown as U+FFFD so that the messages about it can be written.
     */
    private static String whole(String text, DocPath path, Location at, List<Problem> problems) {
        StringBuilder replaced = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                if (replaced == null) {
                    note(problems, Problem.at(path, at, "the text holds half a character (" + String.format("\\u%04X", (int) c)
                            + " without its pair); write the character itself"));
                    replaced = new StringBuilder(text);
                }
                replaced.setCharAt(i, '\uFFFD');
            }
        }
        return replaced == null ? text : replaced.toString();
    }

    /**
     * Records a problem that does not stop the parse, up to {@link Problems#MAX_LISTED} with the line saying
     * more follow: a document of a million duplicate keys costs a thousand problems.
     */
    private static void note(List<Problem> problems, Problem problem) {
        int listed = Problems.MAX_LISTED - 1;
        if (problems.size() < listed) {
            problems.add(problem);
        } else if (problems.size() == listed) {
            problems.add(Problem.at(DocPath.ROOT, Location.UNKNOWN, "more duplicate or too long keys follow; the first "
                    + listed + " are listed"));
        }
    }

    private static Location location(TokenStreamLocation location) {
        if (location == null || location.getLineNr() <= 0) {
            return Location.UNKNOWN;
        }
        return new Location(location.getLineNr(), Math.max(location.getColumnNr(), 0));
    }

    /** Unwinds a too-deep document at once, with the place where the limit was crossed. */
    private static final class TooDeep extends RuntimeException {
        private final Problem problem;

        TooDeep(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }
}
