package org.journeyaudit.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json} of the commands that list things (validate, rules). */
final class ListingFormat {

    enum Format { TEXT, JSON }

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    boolean json() {
        return format == Format.JSON;
    }
}
