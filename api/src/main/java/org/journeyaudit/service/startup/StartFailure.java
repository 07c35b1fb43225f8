package org.journeyaudit.service.startup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.journeyaudit.engine.rulebase.RulePackException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.util.unit.DataSize;

/**
 * Why the service did not start, in one plain sentence for whoever started it, and whether the command
 * line was wrong (a setting with a value it cannot take) or the service could not start as configured
 * (a port in use, a rule pack refused).
 */
public record StartFailure(boolean badSetting, String message) {

    /** Reads the failure out of what Spring threw: the first cause in the chain that says something the user can act on. */
    public static StartFailure of(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        for (Throwable t : chain) {
            if (t instanceof PortInUseException inUse) {
                return new StartFailure(false, "port " + inUse.getPort() + " is already in use; choose another with --port or --server.port");
            }
            if (t instanceof RulePackException) {
                return new StartFailure(false, "a rule pack cannot be loaded (see above); the service did not start");
            }
        }
        for (Throwable t : chain) {
            if (ours(t)) {
                return new StartFailure(true, t.getMessage());
            }
        }
        for (Throwable t : chain) {
            if (t instanceof BindException bind && bind.getProperty() != null) {
                return setting(bind.getProperty().getName().toString(), bind.getProperty().getValue(), reason(bind, bind.getTarget().getType().resolve()));
            }
            if (t instanceof InvalidConfigurationPropertyValueException invalid) {
                return setting(invalid.getName(), invalid.getValue(), reason(invalid, convertedTo(invalid.getReason())));
            }
        }
        Throwable root = chain.get(chain.size() - 1);
        return new StartFailure(false, "the service did not start: " + (root.getMessage() == null ? "no reason given" : root.getMessage()));
    }

    private static StartFailure setting(String name, Object value, String reason) {
        return new StartFailure(true, name + ": '" + value + "' " + reason);
    }

    /** A setting of the service's own refused by its own check, whose message names the setting and what it must be. */
    private static boolean ours(Throwable t) {
        return t.getClass() == IllegalArgumentException.class && t.getMessage() != null && t.getMessage().startsWith("journey-audit.");
    }

    /** The type a value failed to convert to, as Spring Boot names it in its reason ("Failed to convert to type java.lang.Integer"). */
    private static Class<?> convertedTo(String reason) {
        Matcher type = CONVERTED_TO.matcher(reason == null ? "" : reason);
        if (!type.find()) {
            return null;
        }
        try {
            return Class.forName(type.group(1), false, StartFailure.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError unknown) {
            return null;
        }
    }

    private static final Pattern CONVERTED_TO = Pattern.compile("to type ([\\w.$]+)");

    /** What the value should have been, by the type it was to become. */
    private static String reason(Throwable failure, Class<?> target) {
        for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
            if (target == null && t instanceof ConversionFailedException conversion && conversion.getTargetType() != null) {
                target = conversion.getTargetType().getType();
            }
        }
        return "is not " + expected(target);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value here";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == Short.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Duration.class) {
            return "a duration such as 10s or 500ms";
        }
        if (type == DataSize.class) {
            return "a size such as 5MB";
        }
        if (type == java.net.InetAddress.class) {
            return "an IP address or a host name of this machine";
        }
        return "a valid value here";
    }
}
