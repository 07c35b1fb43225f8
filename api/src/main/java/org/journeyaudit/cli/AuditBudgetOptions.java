package org.journeyaudit.cli;

import java.time.Duration;

import org.journeyaudit.engine.audit.AuditBudget;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.rulebase.RuleBase;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --max-audit-seconds} and {@code --max-rule-firings}, shared by the commands that audit: what one
 * journey's audit may spend before it is refused (exit code 3).
 */
final class AuditBudgetOptions {

    /** A day: far beyond any audit, and well within what the engine's clock can count. */
    static final long MOST_SECONDS = 86_400;

    @Option(names = "--max-audit-seconds", paramLabel = "N", defaultValue = "10", converter = Seconds.class,
            description = "The most time one journey's audit may take, in seconds (default: ${DEFAULT-VALUE}; at most 86400).")
    long seconds;

    @Option(names = "--max-rule-firings", paramLabel = "N", defaultValue = "200000", converter = Firings.class,
            description = "The most rule firings one journey's audit may spend (default: ${DEFAULT-VALUE}).")
    long firings;

    Auditor auditor(RuleBase ruleBase) {
        return new Auditor(ruleBase, new AuditBudget(Duration.ofSeconds(seconds), firings));
    }

    static final class Seconds implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            long value = positive(text);
            if (value > MOST_SECONDS) {
                throw new TypeConversionException("'" + text + "' is more than " + MOST_SECONDS + " seconds (a day)");
            }
            return value;
        }
    }

    static final class Firings implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            return positive(text);
        }
    }

    private static long positive(String text) {
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a whole number");
        }
        if (value <= 0) {
            throw new TypeConversionException("'" + text + "' is not a positive whole number");
        }
        return value;
    }
}
