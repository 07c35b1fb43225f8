package org.journeyaudit.cli;

import java.nio.file.Path;
import java.util.List;

import org.journeyaudit.engine.audit.AuditRequestReader;

/**
 * An option, or a group of options, of a command that is part of its audit request. {@link AuditPipeline}
 * gathers every part a command has, so a command never builds its request by hand.
 */
interface RequestPart {

    /** Puts what the user gave on the command line into the request, as text; the engine checks it. */
    default void addTo(AuditRequestReader.Given given) {
    }

    /** The files this part makes the command read, which {@code -o} may not overwrite. */
    default List<Path> inputs() {
        return List.of();
    }
}
