package org.journeyaudit.cli;

import org.journeyaudit.engine.language.Language;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --lang en|ru} of the commands that judge no audit request (the rules' listing, the evidence report): the
 * language they write in. The audits' {@code --lang} is part of their request ({@link LanguageOption}), judged with it.
 */
final class LanguageChoice {

    @Option(names = "--lang", paramLabel = "LANG", description = "The language written in: en (default) or ru.")
    String lang;

    /** The language asked for; an unknown one is a usage error, worded as the audit's request reader words it. */
    Language language(CommandSpec spec) {
        if (lang == null) {
            return Language.EN;
        }
        return Language.of(lang).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--lang: " + Language.notALanguage(lang)));
    }
}
