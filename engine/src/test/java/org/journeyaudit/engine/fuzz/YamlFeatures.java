package org.journeyaudit.engine.fuzz;

import java.util.Optional;

import org.journeyaudit.engine.document.DocumentFormat;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;

/**
 * The YAML features a document may not use, because reading them would change its values silently: an
 * anchor, an alias, a merge key or a tag. Found by the YAML parser's own events, independently of the
 * reader, so that a reader accepting such a document is caught.
 */
final class YamlFeatures {

    private YamlFeatures() {
    }

    /** The first refused feature the document uses ("the alias *i"); empty when none, or when it is not YAML at all. */
    static Optional<String> refusedIn(String document, DocumentFormat format) {
        if (format != DocumentFormat.YAML) {
            return Optional.empty();
        }
        try {
            for (Event event : new Parse(LoadSettings.builder().build()).parseString(document)) {
                Optional<String> feature = feature(event);
                if (feature.isPresent()) {
                    return feature;
                }
            }
        } catch (RuntimeException notYaml) {
            // malformed: the reader is to refuse it, and the contract judges that refusal on its own
        }
        return Optional.empty();
    }

    private static Optional<String> feature(Event event) {
        if (event instanceof AliasEvent alias) {
            return Optional.of("the alias *" + alias.getAlias());
        }
        if (event instanceof NodeEvent node && node.getAnchor().isPresent()) {
            return Optional.of("the anchor &" + node.getAnchor().get());
        }
        if (event instanceof ScalarEvent scalar) {
            if (scalar.getTag().isPresent()) {
                return Optional.of("the tag " + scalar.getTag().get());
            }
            if (scalar.isPlain() && scalar.getValue().equals("<<")) {
                return Optional.of("the merge key <<");
            }
        }
        if (event instanceof CollectionStartEvent collection && collection.getTag().isPresent()) {
            return Optional.of("the tag " + collection.getTag().get());
        }
        return Optional.empty();
    }
}
