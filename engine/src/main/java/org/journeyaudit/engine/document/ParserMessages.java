package org.journeyaudit.engine.document;

import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The parsers' complaints in plain words. Every message about a document that is not well-formed is
 * made here, and whatever still names a class, a parser feature or a setting after the known wordings
 * are applied is replaced by "not well-formed JSON at line L, column C": users read these messages, and
 * nothing in them may speak of the libraries behind the reader.
 */
final class ParserMessages {

    /** Class names and packages, as Java writes them. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(java|javax|tools|org|com|sun|jdk)\\.[a-z]|\\b[A-Z][A-Za-z]*(Feature|Exception|Error|Constraints|Parser|Factory|Reader)\\b");
    /** Parser features and settings, and the parsers' source excerpts. */
    private static final Pattern SETTING = Pattern.compile("`|source:|redacted|\\bfeatures?\\b|\\benable|\\bdisable|\\bcode points?\\b",
            Pattern.CASE_INSENSITIVE);
    /** The parenthesised hints Jackson adds about features that would have accepted the text. */
    private static final Pattern FEATURE_HINT = Pattern.compile("\\s*\\((?:[^()]|\\([^()]*\\))*(?:Feature|enable|`)(?:[^()]|\\([^()]*\\))*\\)");

    private ParserMessages() {
    }

    /** What was wrong, in words; {@code at} is where the parser stopped. */
    static String plain(Throwable malformed, DocumentFormat format, Location at) {
        String kind = "not well-formed " + format.name();
        String message = known(malformed);
        if (message == null) {
            return fallback(kind, at);
        }
        message = FEATURE_HINT.matcher(message).replaceAll("").replaceAll("\\s+", " ").strip();
        if (message.isEmpty() || CLASS_NAME.matcher(message).find() || SETTING.matcher(message).find()) {
            return fallback(kind, at);
        }
        return kind + ": " + message;
    }

    static String fallback(String kind, Location at) {
        return at.known() ? kind + " at line " + at.line() + ", column " + at.column() : kind;
    }

    /** The parser's own sentence where it is plain, or our wording for the complaints that are not; null for any other. */
    private static String known(Throwable malformed) {
        for (Throwable cause = malformed; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYamlEngineException yaml) {
                String context = yaml.getContext() == null ? "" : yaml.getContext().strip() + ": ";
                return context + (yaml.getProblem() == null ? "" : yaml.getProblem().strip());
            }
            if (cause instanceof ReaderException reader) {
                return "the character " + String.format("U+%04X", reader.getCodePoint()) + " is not allowed in YAML";
            }
        }
        if (malformed instanceof StreamConstraintsException constraint) {
            String original = constraint.getOriginalMessage() == null ? "" : constraint.getOriginalMessage();
            return original.startsWith("Number value length") ? "a number longer than the 1000 characters a number may have"
                    : "a value longer than a document may hold";
        }
        if (malformed instanceof JacksonException jackson) {
            String original = jackson.getOriginalMessage();
            if (original == null) {
                return null;
            }
            if (original.startsWith("Non-standard token '")) {
                int end = original.indexOf('\'', "Non-standard token '".length());
                String token = end < 0 ? "" : original.substring("Non-standard token '".length(), end);
                return (token.isEmpty() ? "NaN and Infinity are" : "'" + token + "' is") + " not a number JSON allows; write a finite number";
            }
            if (original.startsWith("Expected a property name")) {
                return "a key must be a name, not a list or an object";
            }
            if (original.startsWith("Unexpected end-of-input")) {
                return "the document ends too early: a list, an object or a text is not closed";
            }
            if (original.contains("maybe a (non-standard) comment")) {
                return "JSON does not allow comments";
            }
            return original;
        }
        return null;
    }
}
