package org.journeyaudit.engine.rulebase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

/**
 * A trusted rule pack: a directory of DRL rules written like the built-in ones, {@code <family>/<slug>.drl}
 * beside its page {@code <family>/<slug>.md}, with {@code fixtures/<family>/<slug>.yaml} for its tests.
 *
 * <p>Unlike the built-in pack, which the build compiles to the executable model, a pack is compiled from
 * DRL when the process starts (the classic DRL compiler, which locates every error in its DRL file), once
 * per process. Its DRL consequences are arbitrary code running inside the process, so a pack is only ever
 * read from a directory named by whoever starts the process, never received from a request.
 */
public final class RulePack {

    /** The headings every rule page has, in this order (the built-in pack's catalogue test checks the same). */
    public static final List<String> PAGE_HEADINGS = List.of("## Why it matters", "## What triggers it", "## How to fix it",
            "## Non-compliant example", "## Compliant example");

    /** The queries the auditor reads a session's conclusions through, compiled into every pack. */
    private static final String RESULT_QUERIES = """
            package org.journeyaudit.pack.results;

            import org.journeyaudit.engine.finding.Finding;
            import org.journeyaudit.engine.recommend.Proposal;

            query "findings"
              $finding : Finding()
            end

            query "proposals"
              $proposal : Proposal()
            end
            """;
    private static final String RESULT_QUERIES_PATH = "org/journeyaudit/pack/results/queries.drl";
    private static final String FIXTURES = "fixtures";
    private static final Pattern ID = Pattern.compile("@id\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Map<Path, RulePack> LOADED = new ConcurrentHashMap<>();

    private final Path directory;
    private final KieBase kieBase;
    private final Map<String, Path> sources;
    private final List<RuleDescription> rules;

    private RulePack(Path directory, KieBase kieBase, Map<String, Path> sources, List<RuleDescription> rules) {
        this.directory = directory;
        this.kieBase = kieBase;
        this.sources = sources;
        this.rules = rules;
    }

    /** The pack in that directory, compiled on first use and shared by the whole process. */
    public static RulePack load(Path directory) {
        return LOADED.computeIfAbsent(directory.toAbsolutePath().normalize(), key -> compile(directory));
    }

    public Path directory() {
        return directory;
    }

    /** The pack's catalogue entries: every rule with an {@code @id}, read from its page. */
    public List<RuleDescription> rules() {
        return rules;
    }

    /** The DRL file a rule of the pack is written in. */
    public Path source(String ruleId) {
        return sources.get(ruleId);
    }

    public KieSession newSession() {
        return kieBase.newKieSession();
    }

    private static RulePack compile(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new RulePackException(List.of(directory + ": no such rule pack directory"));
        }
        List<Path> files = drlFiles(directory);
        List<String> errors = new ArrayList<>();
        for (Path file : files) {
            if (file.getNameCount() != 2) {
                errors.add(directory.resolve(file) + ": a rule file belongs in a family folder, as " + directory
                        + "/<family>/<slug>.drl");
            }
        }
        if (files.isEmpty()) {
            errors.add(directory + ": no rule files (<family>/<slug>.drl) in the pack");
        }
        if (!errors.isEmpty()) {
            throw new RulePackException(errors);
        }

        KieServices services = KieServices.get();
        KieFileSystem fileSystem = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("org.journeyaudit.packs", "pack-" + UUID.randomUUID(), "1");
        fileSystem.generateAndWritePomXML(releaseId);
        for (Path file : files) {
            fileSystem.write("src/main/resources/" + slashed(file), services.getResources().newByteArrayResource(read(directory.resolve(file))));
        }
        fileSystem.write("src/main/resources/" + RESULT_QUERIES_PATH, RESULT_QUERIES);
        ClassLoader loader = RulePack.class.getClassLoader();
        KieBuilder builder = services.newKieBuilder(fileSystem, loader).buildAll();
        List<String> compileErrors = compileErrors(directory, builder.getResults().getMessages(Message.Level.ERROR));
        if (!compileErrors.isEmpty()) {
            throw new RulePackException(compileErrors);
        }
        KieBase kieBase = services.newKieContainer(releaseId, loader).getKieBase();

        Map<String, Path> sources = new TreeMap<>();
        for (Path file : files) {
            String expected = slashed(file).replaceFirst("\\.drl$", "");
            String text = new String(read(directory.resolve(file)), StandardCharsets.UTF_8);
            Matcher matcher = ID.matcher(text);
            while (matcher.find()) {
                String id = matcher.group(1);
                if (!id.equals(expected)) {
                    errors.add(directory.resolve(file) + ":" + lineOf(text, matcher.start()) + ": rule id '" + id
                            + "' does not match its file; a rule of " + slashed(file) + " has the id '" + expected + "'");
                } else {
                    sources.put(id, directory.resolve(file));
                }
            }
        }
        for (String id : ruleIds(kieBase)) {
            if (!sources.containsKey(id) && errors.stream().noneMatch(e -> e.contains("rule id '" + id + "'"))) {
                errors.add(directory + ": rule id '" + id + "' is not written as @id(\"" + id + "\") in " + directory + "/" + id + ".drl");
            }
        }
        List<RuleDescription> rules = new ArrayList<>();
        for (Map.Entry<String, Path> rule : sources.entrySet()) {
            Path page = rule.getValue().resolveSibling(rule.getValue().getFileName().toString().replaceFirst("\\.drl$", ".md"));
            if (!Files.isRegularFile(page)) {
                errors.add(page + ": missing; rule '" + rule.getKey() + "' (" + rule.getValue() + ") needs its page beside it");
                continue;
            }
            try {
                RuleDescription description = RuleDocumentation.parse(rule.getKey(), page.toString(),
                        new String(read(page), StandardCharsets.UTF_8));
                for (String heading : PAGE_HEADINGS) {
                    if (!(description.documentation().contains(heading + "\n"))) {
                        errors.add(page + ": missing the heading '" + heading + "'");
                    }
                }
                rules.add(description);
            } catch (RuleBaseException invalid) {
                errors.add(invalid.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new RulePackException(errors);
        }
        return new RulePack(directory, kieBase, Map.copyOf(sources), List.copyOf(rules));
    }

    /** The rule files, relative to the pack; fixtures are test data, not rules. */
    private static List<Path> drlFiles(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .map(directory::relativize)
                    .filter(f -> f.toString().endsWith(".drl") && !f.getName(0).toString().equals(FIXTURES))
                    .sorted(Comparator.comparing(RulePack::slashed))
                    .toList();
        } catch (IOException e) {
            throw new RulePackException(List.of(directory + ": cannot be read: " + e.getMessage()));
        }
    }

    /** The builder's errors as {@code DIR/family/slug.drl:LINE: message}, by file and line. */
    private static List<String> compileErrors(Path directory, List<Message> messages) {
        record Located(String file, int line, String text) {
        }
        List<Located> located = new ArrayList<>();
        Set<String> filesWithLines = new TreeSet<>();
        for (Message message : messages) {
            String file = message.getPath() == null ? directory.toString() : directory.resolve(message.getPath()).toString();
            String text = String.join(" ", message.getText().strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
            located.add(new Located(file, message.getLine(), text));
            if (message.getLine() > 0) {
                filesWithLines.add(file);
            }
        }
        return located.stream()
                // the parser's follow-up to an error it has already located says nothing more
                .filter(l -> !(l.line() <= 0 && l.text().equals("Parser returned a null Package") && filesWithLines.contains(l.file())))
                .sorted(Comparator.comparing(Located::file).thenComparingInt(Located::line))
                .map(l -> l.file() + (l.line() > 0 ? ":" + l.line() : "") + ": " + l.text())
                .distinct()
                .toList();
    }

    private static Set<String> ruleIds(KieBase kieBase) {
        Set<String> ids = new TreeSet<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Object id = rule.getMetaData().get("id");
                if (id != null) {
                    ids.add(id.toString());
                }
            }
        }
        return ids;
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RulePackException(List.of(file + ": cannot be read: " + e.getMessage()));
        }
    }

    @Override
    public String toString() {
        return "rule pack " + directory;
    }
}
