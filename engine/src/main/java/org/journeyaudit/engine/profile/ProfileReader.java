package org.journeyaudit.engine.profile;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.journeyaudit.engine.document.DocNode;
import org.journeyaudit.engine.document.DocNode.Field;
import org.journeyaudit.engine.document.DocNode.ObjectNode;
import org.journeyaudit.engine.document.DocNode.ScalarNode;
import org.journeyaudit.engine.document.DocNode.ScalarType;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.DocumentLimits;
import org.journeyaudit.engine.document.DocumentParser;
import org.journeyaudit.engine.document.Fields;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.NearestName;
import org.journeyaudit.engine.document.Problems;
import org.journeyaudit.engine.document.ValueRanges;
import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.journey.DocumentEnum;
import org.journeyaudit.engine.rulebase.RuleCatalogue;
import org.journeyaudit.engine.rulebase.RuleDescription;

/**
 * Reads rule profiles (YAML or JSON) and resolves them against a catalogue:
 *
 * <pre>
 * name: my-team
 * extends: copc                  # a built-in profile, or a profile file relative to this one
 * rules:
 *   "*": on                      # every rule, including those not recommended
 *   consistency/*: {severity: error}
 *   handoff/excess: {severity: error, max: 2}
 *   redundancy/duplicate-step: off
 * </pre>
 *
 * A rule id beats its family's wildcard, which beats {@code *}; a profile beats the one it extends.
 * Unknown rule ids, parameters and severities are problems located in the file, with the nearest valid
 * name; so is an {@code extends} chain that comes back to itself.
 */
public final class ProfileReader {

    /** The profiles shipped with the engine, in the order they are listed. */
    public static final List<String> BUILT_IN = List.of("recommended", "copc", "all");

    static final Set<String> PROFILE_FIELDS = Set.of("name", "description", "extends", "rules");
    private static final String RESOURCES = "org/journeyaudit/engine/profile/";
    /** Far more than the catalogue holds: a profile naming more sets nothing it could not set with wildcards. */
    static final int MAX_RULE_ENTRIES = 1000;

    private final RuleCatalogue catalogue;
    private final DocumentParser parser = new DocumentParser(DocumentLimits.DEFAULT);

    public ProfileReader(RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public static boolean isBuiltIn(String name) {
        return BUILT_IN.contains(name);
    }

    /** A profile shipped with the engine, by name; {@link IllegalArgumentException} for any other name. */
    public Profile builtIn(String name) {
        if (!isBuiltIn(name)) {
            throw new IllegalArgumentException("unknown profile '" + name + "'" + NearestName.hint(name, BUILT_IN));
        }
        return resolve(Source.builtIn(name), new ArrayList<>());
    }

    /** A profile file; the profiles it extends are built-in names or files relative to it. */
    public Profile read(Path file) {
        return resolve(Source.file(file), new ArrayList<>());
    }

    /** Where a profile comes from: a resource of the engine or a file. */
    private record Source(String key, String label, Path file, String builtInName) {
        static Source builtIn(String name) {
            return new Source("built-in:" + name, name, null, name);
        }

        static Source file(Path file) {
            return new Source(file.toAbsolutePath().normalize().toString(), file.toString(), file, null);
        }
    }

    private Profile resolve(Source source, List<Source> chain) {
        chain.add(source);
        DocumentParser.Parsed parsed = parse(source);
        Problems problems = new Problems();
        parsed.problems().forEach(problems::add);
        Fields f = Fields.of(parsed.root(), PROFILE_FIELDS, problems);
        String name = source.builtInName();
        Profile base = Profile.RECOMMENDED;
        List<Field> entries = List.of();
        if (f != null) {
            String given = f.text("name");
            if (name == null) {
                name = given != null ? given : fileName(source.file());
            }
            f.text("description");
            String extendsName = f.text("extends");
            if (extendsName != null) {
                Source parent = parentOf(source, extendsName, f.value("extends"), problems);
                if (parent != null) {
                    int loop = indexOf(chain, parent);
                    if (loop >= 0) {
                        List<String> cycle = new ArrayList<>();
                        chain.subList(loop, chain.size()).forEach(s -> cycle.add(s.label()));
                        cycle.add(parent.label());
                        problems.add(f.value("extends"), "the profile extends itself: " + String.join(" -> ", cycle));
                    } else if (problems.isEmpty()) {
                        base = resolve(parent, chain);
                    }
                }
            }
            DocNode rules = f.value("rules");
            if (rules instanceof ObjectNode object && object.fields().size() > MAX_RULE_ENTRIES) {
                problems.add(rules, "'rules' holds " + String.format(Locale.ROOT, "%,d", object.fields().size()) + " entries; a profile "
                        + "sets at most " + String.format(Locale.ROOT, "%,d", MAX_RULE_ENTRIES) + " rules and families");
            } else if (rules instanceof ObjectNode object) {
                entries = List.copyOf(object.fields().values());
            } else if (rules != null) {
                problems.add(rules, "expected a map of rule ids (or 'family/*', or '*') to settings, found " + rules.describe());
            }
        }
        Layered layered = new Layered(base);
        // the least specific first, so that a family beats '*' and a rule beats its family
        for (int specificity = 0; specificity < 3; specificity++) {
            for (Field entry : entries) {
                if (specificity(entry.name()) == specificity) {
                    apply(entry, layered, problems);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(source.label(), InvalidDocumentException.Kind.INVALID, problems.list());
        }
        return new Profile(name, layered.enabled, layered.severities, layered.parameters);
    }

    private static int indexOf(List<Source> chain, Source source) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).key().equals(source.key())) {
                return i;
            }
        }
        return -1;
    }

    private DocumentParser.Parsed parse(Source source) {
        if (source.file() != null) {
            return parser.parse(source.file());
        }
        try (InputStream in = ProfileReader.class.getClassLoader().getResourceAsStream(RESOURCES + source.builtInName() + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("the built-in profile " + source.builtInName() + " is missing from the engine");
            }
            return parser.parse(source.label(), in.readAllBytes(), DocumentFormat.YAML);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in profile " + source.builtInName(), e);
        }
    }

    /** A built-in name, or (in a profile file only) a file next to it. */
    private static Source parentOf(Source child, String name, DocNode at, Problems problems) {
        if (isBuiltIn(name)) {
            return Source.builtIn(name);
        }
        if (child.file() == null) {
            problems.add(at, "a built-in profile extends only built-in profiles" + NearestName.hint(name, BUILT_IN));
            return null;
        }
        Path dir = child.file().toAbsolutePath().getParent();
        Path parent = dir == null ? Path.of(name) : dir.resolve(name);
        if (!Files.isRegularFile(parent)) {
            problems.add(at, "'" + name + "' is neither a built-in profile (" + String.join(", ", BUILT_IN)
                    + ") nor a profile file next to this one");
            return null;
        }
        return Source.file(child.file().resolveSibling(name));
    }

    private static String fileName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** 0 for '*', 1 for 'family/*', 2 for a rule id. */
    private static int specificity(String key) {
        return key.equals("*") ? 0 : key.endsWith("/*") ? 1 : 2;
    }

    /** The settings built up so far: the parent's, then this profile's from the least specific entry on. */
    private static final class Layered {
        final Map<String, Boolean> enabled;
        final Map<String, Severity> severities;
        final Map<String, Map<String, Double>> parameters = new LinkedHashMap<>();

        Layered(Profile base) {
            enabled = new HashMap<>(base.enabled());
            severities = new HashMap<>(base.severities());
            base.parameters().forEach((rule, values) -> parameters.put(rule, new LinkedHashMap<>(values)));
        }
    }

    private void apply(Field entry, Layered layered, Problems problems) {
        String key = entry.name();
        List<RuleDescription> rules = rulesOf(entry, problems);
        if (rules == null) {
            return;
        }
        DocNode value = entry.value();
        if (value instanceof ScalarNode scalar) {
            Boolean on = onOff(scalar);
            if (on == null) {
                problems.add(value, "expected on, off, true, false or a map of settings for '" + key + "', found " + value.describe());
                return;
            }
            rules.forEach(r -> layered.enabled.put(r.id(), on));
            return;
        }
        if (!(value instanceof ObjectNode object)) {
            problems.add(value, "expected on, off or a map of settings for '" + key + "', found " + value.describe());
            return;
        }
        boolean wildcard = specificity(key) < 2;
        for (Field setting : object.fields().values()) {
            DocNode node = setting.value();
            switch (setting.name()) {
                case "enabled" -> {
                    Boolean on = node instanceof ScalarNode s ? onOff(s) : null;
                    if (on == null) {
                        problems.add(node, "'enabled' is true or false, found " + node.describe());
                    } else {
                        rules.forEach(r -> layered.enabled.put(r.id(), on));
                    }
                }
                case "severity" -> {
                    String word = node instanceof ScalarNode s && s.type() == ScalarType.TEXT ? s.text() : null;
                    Severity severity = word == null ? null : DocumentEnum.fromWord(Severity.class, word).orElse(null);
                    if (severity == null) {
                        List<String> words = DocumentEnum.words(Severity.class);
                        problems.add(node, "'" + (word == null ? node.describe() : word) + "' is not a severity"
                                + (word == null ? "; expected one of: " + String.join(", ", words) : NearestName.hint(word, words)));
                    } else {
                        rules.forEach(r -> layered.severities.put(r.id(), severity));
                    }
                }
                default -> {
                    if (wildcard) {
                        problems.add(node.path(), setting.nameLocation(), "'" + key + "' names several rules, so it sets only "
                                + "'enabled' and 'severity'; set '" + setting.name() + "' on one rule");
                        continue;
                    }
                    RuleDescription rule = rules.get(0);
                    if (!rule.parameters().containsKey(setting.name())) {
                        List<String> known = new ArrayList<>(List.of("enabled", "severity"));
                        known.addAll(rule.parameters().keySet());
                        problems.add(node.path(), setting.nameLocation(), "rule " + rule.id() + " has no setting '" + setting.name() + "'"
                                + NearestName.hint(setting.name(), known));
                        continue;
                    }
                    if (node instanceof ScalarNode s && (s.type() == ScalarType.INTEGER || s.type() == ScalarType.DECIMAL)) {
                        BigDecimal threshold = ValueRanges.RULE_THRESHOLD.within(s.text());
                        if (threshold == null) {
                            problems.add(node, "parameter '" + setting.name() + "' of " + rule.id() + " must be "
                                    + ValueRanges.RULE_THRESHOLD.describe() + ", found " + shown(s.text()));
                        } else {
                            layered.parameters.computeIfAbsent(rule.id(), r -> new LinkedHashMap<>()).put(setting.name(), threshold.doubleValue());
                        }
                    } else {
                        problems.add(node, "parameter '" + setting.name() + "' of " + rule.id() + " is a number, found " + node.describe());
                    }
                }
            }
        }
    }

    /** The rules an entry's key names; null (after recording why) when it names none. */
    private List<RuleDescription> rulesOf(Field entry, Problems problems) {
        String key = entry.name();
        if (key.equals("*")) {
            return catalogue.rules();
        }
        if (key.endsWith("/*")) {
            String family = key.substring(0, key.length() - 2);
            List<RuleDescription> rules = catalogue.rules().stream().filter(r -> r.family().equals(family)).toList();
            if (rules.isEmpty()) {
                problems.add(entry.value().path(), entry.nameLocation(), "no rule is of family '" + family + "'"
                        + NearestName.hint(family, catalogue.families()));
                return null;
            }
            return rules;
        }
        return catalogue.rule(key).map(List::of).orElseGet(() -> {
            problems.add(entry.value().path(), entry.nameLocation(), "unknown rule '" + key + "'" + NearestName.among(key, catalogue.ids())
                    .map(n -> "; did you mean '" + n + "'?").orElse("; 'journey-audit rules' lists them"));
            return null;
        });
    }

    private static Boolean onOff(ScalarNode scalar) {
        if (scalar.type() == ScalarType.BOOLEAN) {
            return Boolean.valueOf(scalar.text());
        }
        if (scalar.type() == ScalarType.TEXT) {
            return switch (scalar.text().toLowerCase(Locale.ROOT)) {
                case "on" -> true;
                case "off" -> false;
                default -> null;
            };
        }
        return null;
    }

    private static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
