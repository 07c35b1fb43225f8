package org.journeyaudit.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "journey-audit",
        mixinStandardHelpOptions = true,
        version = "journey-audit " + JourneyAuditCommand.VERSION,
        description = "Audits service journeys: finds redundant steps, missing channel coverage, excess handoffs and "
                + "inconsistent information, and ranks costed recommendations.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done, no finding at or above --fail-on",
                "  1  findings at or above --fail-on (diff: introduced by the after version)",
                "  2  usage error (also: -o names an input of the command)",
                "  3  invalid input (a document is invalid or cannot be read, a journey is",
                "     over the audit budget, or the report cannot be written)",
                "  4  internal error"})
final class JourneyAuditCommand implements java.util.concurrent.Callable<Integer> {

    /** The tool's version, as {@code --version} and the SARIF report give it. */
    static final String VERSION = org.journeyaudit.engine.JourneyAudit.VERSION;

    /**
     * The commands, in the order the usage lists them. picocli reads every option of every command it is
     * given by reflection, which costs a short command more than its own work; {@link Cli} gives it only the
     * command asked for when there is one.
     */
    static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("audit", AuditCommand::new);
        commands.put("validate", ValidateCommand::new);
        commands.put("rules", RulesCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("impact", ImpactCommand::new);
        commands.put("diff", DiffCommand::new);
        commands.put("compliance", ComplianceCommand::new);
        commands.put("evidence", EvidenceCommand::new);
        commands.put("baseline", BaselineCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("export", ExportCommand::new);
        commands.put("push", PushCommand::new);
        commands.put("pull", PullCommand::new);
        commands.put("history", HistoryCommand::new);
        commands.put("registry-export", RegistryExportCommand::new);
        commands.put("registry-import", RegistryImportCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    @Spec
    CommandSpec spec;

    /** Without a command there is nothing to do: show how to use the tool, as a usage error. */
    @Override
    public Integer call() {
        java.util.List<String> names = java.util.List.copyOf(COMMANDS.keySet());
        spec.commandLine().getErr().println("journey-audit: missing command (" + String.join(", ", names.subList(0, names.size() - 1))
                + " or " + names.get(names.size() - 1) + ")");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
