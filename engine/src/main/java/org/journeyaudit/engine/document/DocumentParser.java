package org.journeyaudit.engine.document;

import java.nio.charset.StandardCharsets;
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
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

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
    private final TokenStreamFactory json;

    public DocumentParser(DocumentLimits limits) {
        this.limits = limits;
        // Our own depth check gives the located message; Jackson's bound is a backstop set just above it.
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 2)
                .maxDocumentLength(limits.maxBytes())
                .build();
        this.yaml = YAMLFactory.builder()
                .streamReadConstraints(constraints)
                .loadSettings(LoadSettings.builder()
                        .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
                        .setAllowDuplicateKeys(true) // reported here, with both locations
                        .setMaxAliasesForCollections(20)
                        .build())
                .build();
        this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
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
        if (content.length == 0 || new String(content, StandardCharsets.UTF_8).isBlank()) {
            throw new InvalidDocumentException(source, InvalidDocumentException.Kind.MALFORMED,
                    List.of(Problem.at(DocPath.ROOT, Location.UNKNOWN, "the document is empty")));
        }
        List<Problem> problems = new ArrayList<>();
        TokenStreamFactory factory = format == DocumentFormat.JSON ? json : yaml;
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), content)) {
            JsonToken first = parser.nextToken();
            DocNode root = read(parser, first, DocPath.ROOT, 1, problems);
            JsonToken after = parser.nextToken();
            if (after != null) {
                problems.add(Problem.at(DocPath.ROOT, location(parser.currentTokenLocation()),
                        "the file holds more than one document; put one journey in each file"));
                throw new InvalidDocumentException(source, InvalidDocumentException.Kind.MALFORMED, problems);
            }
            return new Parsed(root, List.copyOf(problems));
        } catch (TooDeep tooDeep) {
            throw new InvalidDocumentException(source, InvalidDocumentException.Kind.MALFORMED, List.of(tooDeep.problem));
        } catch (JacksonException malformed) {
            problems.add(Problem.at(DocPath.ROOT, location(malformed.getLocation()), plain(malformed, format)));
            throw new InvalidDocumentException(source, InvalidDocumentException.Kind.MALFORMED, problems);
        }
    }

    private DocNode read(JsonParser parser, JsonToken token, DocPath path, int depth, List<Problem> problems) {
        Location at = location(parser.currentTokenLocation());
        if (depth > limits.maxDepth()) {
            throw new TooDeep(Problem.at(path, at, "the document nests deeper than " + limits.maxDepth() + " levels"));
        }
        return switch (token) {
            case START_OBJECT -> readObject(parser, path, at, depth, problems);
            case START_ARRAY -> readList(parser, path, at, depth, problems);
            case VALUE_STRING -> new ScalarNode(path, at, ScalarType.TEXT, parser.getString());
            case VALUE_NUMBER_INT -> new ScalarNode(path, at, ScalarType.INTEGER, parser.getString());
            case VALUE_NUMBER_FLOAT -> new ScalarNode(path, at, ScalarType.DECIMAL, parser.getString());
            case VALUE_TRUE -> new ScalarNode(path, at, ScalarType.BOOLEAN, "true");
            case VALUE_FALSE -> new ScalarNode(path, at, ScalarType.BOOLEAN, "false");
            case VALUE_NULL -> new ScalarNode(path, at, ScalarType.NULL, null);
            default -> new ScalarNode(path, at, ScalarType.TEXT, parser.getString());
        };
    }

    private ObjectNode readObject(JsonParser parser, DocPath path, Location at, int depth, List<Problem> problems) {
        Map<String, Field> fields = new LinkedHashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            Location nameAt = location(parser.currentTokenLocation());
            DocPath fieldPath = path.field(name);
            DocNode value = read(parser, parser.nextToken(), fieldPath, depth + 1, problems);
            Field earlier = fields.get(name);
            if (earlier != null) {
                problems.add(Problem.at(fieldPath, nameAt, "duplicate key '" + name + "' (first given at line "
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

    private static Location location(TokenStreamLocation location) {
        if (location == null || location.getLineNr() <= 0) {
            return Location.UNKNOWN;
        }
        return new Location(location.getLineNr(), Math.max(location.getColumnNr(), 0));
    }

    /** The parser's own sentence, without the source excerpts Jackson and SnakeYAML add to it. */
    private static String plain(JacksonException malformed, DocumentFormat format) {
        if (malformed.getCause() instanceof MarkedYamlEngineException yaml) {
            String context = yaml.getContext() == null ? "" : yaml.getContext().strip() + ": ";
            return "not well-formed YAML: " + context + yaml.getProblem().strip();
        }
        String message = malformed.getOriginalMessage();
        if (message == null || message.isBlank()) {
            message = malformed.getClass().getSimpleName();
        }
        message = message.replaceAll("\\s+", " ").trim();
        return "not well-formed " + format.name() + ": " + message;
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
