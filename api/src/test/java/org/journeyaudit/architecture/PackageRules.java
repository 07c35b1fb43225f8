package org.journeyaudit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The rules the packages keep, written once so that the build checks the real classes with them and a
 * test proves on small deliberate breaches that each rule does catch what it names.
 */
final class PackageRules {

    static final String KIE = "org.kie..";
    static final String DROOLS = "org.drools..";

    /**
     * A finding is started from the firing rule's context ({@code Finding.raisedBy(kcontext)} in every
     * rule file), which is how a finding learns its rule's id; this one method of the result model may
     * therefore name KIE's rule context, and nothing else in the result model may.
     */
    static final String FINDING_RAISED_BY = "Method <org.journeyaudit.engine.finding.Finding.raisedBy(";

    private PackageRules() {
    }

    /** No two packages under the root (the root included) depend on each other, directly or around a loop. */
    static ArchRule noPackageCycles(String root) {
        return slices().assignedFrom(packagesUnder(root)).should().beFreeOfCycles();
    }

    /** No class under the root depends on a class in any of the packages named. */
    static ArchRule noDependency(String root, String... packages) {
        return noClasses().that().resideInAPackage(root + "..").should().dependOnClassesThat().resideInAnyPackage(packages);
    }

    /**
     * Classes under the root, outside the packages that build or run rule sessions, do not depend on KIE
     * or Drools, save {@link #FINDING_RAISED_BY}.
     */
    static ArchRule noRuleEngineOutside(String root, String... runners) {
        return classes().that().resideInAPackage(root + "..").and().resideOutsideOfPackages(runners)
                .should(new ArchCondition<JavaClass>("not depend on KIE or Drools, except Finding.raisedBy(RuleContext)") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            boolean ruleEngine = target.getPackageName().startsWith("org.kie.")
                                    || target.getPackageName().startsWith("org.drools.");
                            if (ruleEngine && !dependency.getDescription().startsWith(FINDING_RAISED_BY)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                });
    }

    /** One slice per package: the root package and each package below it; classes elsewhere take no part. */
    private static SliceAssignment packagesUnder(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                return name.equals(root) || name.startsWith(root + ".") ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the packages under " + root;
            }
        };
    }
}
