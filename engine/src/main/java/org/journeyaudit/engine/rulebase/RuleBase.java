package org.journeyaudit.engine.rulebase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The compiled rules and their catalogue. Built once per process from the executable model the build
 * generated (the built-in pack's DRL is never compiled at run time); every audit opens its own session on
 * it. Trusted rule packs ({@link RulePack}, compiled from DRL at start) may be added beside it.
 */
public final class RuleBase {

    /** Where the kie-maven-plugin lists the model classes generated for the built-in pack. */
    static final String BUILT_IN_MODEL_INDEX = "META-INF/kie/org.journeyaudit/journey-audit-rules/drools-model";

    private final KieBase kieBase;
    private final RuleCatalogue catalogue;
    private final List<RulePack> packs;

    /**
     * The sessions of this knowledge base: one is taken for each audit and, when disposed, emptied and kept
     * for the next one. Making a session (its memory for every node of the network) cost more than a sample
     * journey's audit in it; an emptied session holds nothing of the journey audited before.
     */
    private final KieSessionsPool sessions;

    private RuleBase(KieBase kieBase, RuleCatalogue catalogue, List<RulePack> packs) {
        this(kieBase, kieBase.newKieSessionsPool(0), catalogue, packs);
    }

    private RuleBase(KieBase kieBase, KieSessionsPool sessions, RuleCatalogue catalogue, List<RulePack> packs) {
        this.kieBase = kieBase;
        this.sessions = sessions;
        this.catalogue = catalogue;
        this.packs = List.copyOf(packs);
    }

    /**
     * The built-in pack, built on first use (or by {@link #buildAhead}) and shared by every audit of the process.
     * A build that failed fails every call the same way.
     */
    public static RuleBase builtIn() {
        FutureTask<RuleBase> build = BuiltIn.BUILD;
        build.run(); // builds here unless it is built, or being built on another thread, already
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return build.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the rules are needed all the same; the interrupt is kept for the caller
                } catch (ExecutionException failed) {
                    if (failed.getCause() instanceof RuntimeException cause) {
                        throw cause;
                    }
                    if (failed.getCause() instanceof Error cause) {
                        throw cause;
                    }
                    throw new RuleBaseException("cannot build the rules", failed.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Starts building the built-in pack on a thread of its own, so that a process which will audit builds its
     * knowledge base while it does the rest of its start (a command reading its options and documents, the
     * service starting its web server); {@link #builtIn} then waits for that build instead of starting one.
     */
    public static void buildAhead() {
        Thread builder = new Thread(BuiltIn.BUILD, "rule-base");
        builder.setDaemon(true); // a command that ends early (a usage error) does not wait for the rules
        builder.start();
    }

    private static final class BuiltIn {
        static final FutureTask<RuleBase> BUILD = new FutureTask<>(
                () -> load(RuleBase.class.getClassLoader(), BUILT_IN_MODEL_INDEX, RulePageIndex.BUILT_IN));
    }

    /**
     * The rules of the model listed at {@code modelIndex}, described by the page index at {@code pageIndex} (the
     * pages as the build read them); a rule the index does not hold is described by reading its page.
     */
    static RuleBase load(ClassLoader loader, String modelIndex, String pageIndex) {
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models(loader, modelIndex));
        return new RuleBase(kieBase, catalogueOf(kieBase, loader, RulePageIndex.read(loader, pageIndex)), List.of());
    }

    static List<Model> models(ClassLoader loader, String modelIndex) {
        List<Model> models = new ArrayList<>();
        for (String className : modelClassNames(loader, modelIndex)) {
            try {
                models.add((Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new RuleBaseException("cannot load rule model " + className, e);
            }
        }
        return models;
    }

    /** The page of every rule with an id, by resource, in the models' order; a page that cannot be read stops it with what is wrong. */
    static Map<String, RuleDescription> pagesOf(List<Model> models, ClassLoader loader) {
        Map<String, RuleDescription> pages = new LinkedHashMap<>();
        for (Model model : models) {
            for (org.drools.model.Rule rule : model.getRules()) {
                Object id = rule.getMetaData().get("id");
                if (id != null) {
                    String resource = RuleDocumentation.resourceOf(rule.getPackage(), id.toString());
                    if (!pages.containsKey(resource)) {
                        pages.put(resource, RuleDocumentation.read(id.toString(), resource, loader));
                    }
                }
            }
        }
        return pages;
    }

    private static List<String> modelClassNames(ClassLoader loader, String modelIndex) {
        try (InputStream in = loader.getResourceAsStream(modelIndex)) {
            if (in == null) {
                throw new RuleBaseException("no rule pack on the class path (" + modelIndex + " is missing)");
            }
            List<String> names = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    line = line.strip();
                    if (!line.isEmpty() && !line.startsWith("Drools-Model-Version")) {
                        names.add(line);
                    }
                }
            }
            return names;
        } catch (IOException e) {
            throw new RuleBaseException("cannot read " + modelIndex, e);
        }
    }

    private static RuleCatalogue catalogueOf(KieBase kieBase, ClassLoader loader, Map<String, RuleDescription> pages) {
        // One catalogue rule may be written as several DRL rules (one per way it triggers), all in its own file.
        java.util.Map<String, RuleDescription> descriptions = new java.util.LinkedHashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Object id = rule.getMetaData().get("id");
                if (id == null) {
                    continue; // inference and recommendation rules raise no findings of their own
                }
                String ruleId = id.toString();
                String family = kiePackage.getName().substring(kiePackage.getName().lastIndexOf('.') + 1);
                if (!ruleId.startsWith(family + "/")) {
                    throw new RuleBaseException("rule '" + ruleId + "' lives in package " + kiePackage.getName()
                            + "; its id must start with '" + family + "/'");
                }
                if (!descriptions.containsKey(ruleId)) {
                    String resource = RuleDocumentation.resourceOf(kiePackage.getName(), ruleId);
                    RuleDescription page = pages.get(resource);
                    descriptions.put(ruleId, page != null && page.id().equals(ruleId) ? page : RuleDocumentation.read(ruleId, resource, loader));
                }
            }
        }
        return new RuleCatalogue(descriptions.values());
    }

    /**
     * These rules and the trusted packs' beside them: the catalogue holds every pack rule, and the auditor
     * runs each pack in a session of its own on the same facts. A pack rule may not take an id already
     * taken (by a built-in rule or an earlier pack).
     */
    public RuleBase withPacks(List<RulePack> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> errors = new ArrayList<>();
        java.util.Map<String, String> owners = new java.util.HashMap<>();
        catalogue.ids().forEach(id -> owners.put(id, "the built-in rule " + id));
        for (RulePack pack : packs) {
            pack.rules().forEach(r -> owners.put(r.id(), pack.source(r.id()).toString()));
        }
        List<RuleDescription> added = new ArrayList<>();
        for (RulePack pack : more) {
            for (RuleDescription rule : pack.rules()) {
                String owner = owners.putIfAbsent(rule.id(), pack.source(rule.id()).toString());
                if (owner != null) {
                    errors.add(pack.source(rule.id()) + ": rule id '" + rule.id() + "' is already taken by " + owner
                            + "; give the pack's rule an id of its own");
                }
                added.add(rule);
            }
        }
        if (!errors.isEmpty()) {
            throw new RulePackException(errors);
        }
        List<RulePack> all = new ArrayList<>(packs);
        all.addAll(more);
        return new RuleBase(kieBase, sessions, catalogue.with(added), all);
    }

    /** Every rule: the built-in ones and those of the trusted packs. */
    public RuleCatalogue catalogue() {
        return catalogue;
    }

    /** The trusted packs loaded beside these rules, in the order given. */
    public List<RulePack> packs() {
        return packs;
    }

    /** A session holding no facts; disposing of it gives it back, empty, for another audit. */
    public KieSession newSession() {
        return sessions.newKieSession();
    }

    public KieBase kieBase() {
        return kieBase;
    }
}
