package org.journeyaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.NearestName;
import org.journeyaudit.engine.profile.Profile;
import org.journeyaudit.engine.profile.ProfileReader;
import org.journeyaudit.engine.report.TextReport;
import org.journeyaudit.engine.rulebase.RuleCatalogue;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --profile NAME|FILE}: a built-in profile by name, or a profile file. */
final class ProfileOption {

    @Option(names = "--profile", paramLabel = "NAME|FILE",
            description = "The rule profile: recommended (default), copc, all, or a profile file (YAML or JSON).")
    String profile;

    /** The profile file named, when {@code --profile} names a file rather than a built-in profile. */
    java.util.Optional<Path> file() {
        if (profile == null || ProfileReader.isBuiltIn(profile)) {
            return java.util.Optional.empty();
        }
        Path file = Path.of(profile);
        return Files.exists(file) || profile.contains("/") || profile.contains("\\") || profile.contains(".")
                ? java.util.Optional.of(file) : java.util.Optional.empty();
    }

    /** The profile named; a usage error for an unknown name, {@link InvalidDocumentException} for an invalid file. */
    Profile load(RuleCatalogue catalogue, CommandSpec spec) {
        ProfileReader reader = new ProfileReader(catalogue);
        if (profile == null) {
            return reader.builtIn("recommended");
        }
        if (ProfileReader.isBuiltIn(profile)) {
            return reader.builtIn(profile);
        }
        java.util.Optional<Path> file = file();
        if (file.isPresent()) {
            return reader.read(file.get());
        }
        throw new ParameterException(spec.commandLine(), "--profile " + profile + ": unknown profile '" + profile + "'"
                + NearestName.hint(profile, ProfileReader.BUILT_IN) + " (or give a profile file)");
    }

    /** Prints why a profile file cannot be used. */
    static void report(InvalidDocumentException invalid, PrintWriter err) {
        err.println(invalid.source() + " is not a valid profile:");
        err.print(TextReport.problems(invalid.source(), invalid.problems(), JourneyFiles.yamlStyle(invalid.source())));
        err.flush();
    }
}
