package org.journeyaudit.cli;

import java.io.PrintWriter;
import java.util.Set;

import org.journeyaudit.engine.rulebase.RuleBase;

/**
 * Runs the command line ({@code java -jar journey-audit.jar audit samples/retail-defective-goods.yaml}), or
 * the service when run with no command or with {@code serve}.
 */
public final class Main {

    /** SLF4J's setting that names the logging implementation, instead of looking one up on the class path. */
    private static final String LOGGING_PROVIDER = "slf4j.provider";

    /**
     * The commands that always audit or list the rules, and so always need the built-in knowledge base (serve
     * starts building it once its logging is set up: see {@link ServeCommand}).
     */
    private static final Set<String> RULES_NEEDED = Set.of("audit", "rules", "impact", "diff", "compliance", "baseline", "evidence");

    private Main() {
    }

    public static void main(String[] args) {
        boolean serve = args.length == 0 || args[0].equals("serve");
        if (!serve && System.getProperty(LOGGING_PROVIDER) == null) {
            // The command line speaks for itself; library logging would only clutter its output, and setting
            // up a logging framework (hundreds of classes, a configuration file) costs a short command more
            // than its audit does. Logging calls then go nowhere.
            System.setProperty(LOGGING_PROVIDER, "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        String[] command = args.length == 0 ? new String[] {"serve"} : args;
        if (RULES_NEEDED.contains(command[0])) {
            // Building the knowledge base takes longer than anything else at start; it is built beside the
            // command line's own start (its classes loaded, its options read).
            RuleBase.buildAhead();
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int exitCode;
        try {
            exitCode = Cli.forArguments(out, err, command).execute(command);
        } catch (OutOfMemoryError | StackOverflowError exhausted) {
            // picocli hands only exceptions to the exit-code mapping; the JVM's own limits are handed over here
            exitCode = Failures.exhausted(exhausted, err);
        }
        System.exit(exitCode);
    }
}
