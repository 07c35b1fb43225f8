package org.journeyaudit.cli;

import org.journeyaudit.engine.audit.AuditRequestReader;

import picocli.CommandLine.Option;

/** {@code --lang en|ru}: the language the report is written in. */
final class LanguageOption implements RequestPart {

    @Option(names = "--lang", paramLabel = "LANG", description = "The language the report is written in: en (default) or ru.")
    String language;

    @Override
    public void addTo(AuditRequestReader.Given given) {
        given.language(language);
    }
}
