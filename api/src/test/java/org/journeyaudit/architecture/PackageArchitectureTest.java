package org.journeyaudit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The packages of the engine, the command line and the service, as compiled: no package cycles, the
 * engine free of Spring and servlets, the command line and the service free of the rule engine, and
 * the rule engine only where rule sessions are built or run.
 */
class PackageArchitectureTest {

    private static final String ENGINE = "org.journeyaudit.engine";
    private static final String CLI = "org.journeyaudit.cli";
    private static final String SERVICE = "org.journeyaudit.service";

    private static final String RAISED_BY = PackageRules.FINDING_RAISED_BY + "org.kie.api.runtime.rule.RuleContext)>";

    /**
     * The code written for the service, not the bean definitions the build writes out for it (Spring AOT's
     * {@code X__BeanDefinitions}, {@code JourneyAuditService__BeanFactoryRegistrations}: one class that names
     * every bean of every package, so every package would seem to depend on every other).
     */
    private static final ImportOption NOT_WRITTEN_AHEAD = location -> !location.contains("__");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(NOT_WRITTEN_AHEAD)
            .importPackages(ENGINE, CLI, SERVICE);

    @Test
    void theRulesSeeEveryPackageOfTheEngine() {
        Set<String> engine = new TreeSet<>();
        for (JavaClass javaClass : PRODUCTION) {
            if (javaClass.getPackageName().startsWith(ENGINE + ".")) {
                engine.add(javaClass.getPackageName().substring(ENGINE.length() + 1));
            }
        }
        assertThat(engine).containsExactly("audit", "change", "check", "compare", "compliance", "document", "evidence", "fact",
                "finding", "journey", "language", "profile", "recommend", "registry", "report", "report.workbook", "rulebase", "spreadsheet");
        assertThat(PRODUCTION.containPackage(CLI)).isTrue();
        assertThat(PRODUCTION.containPackage(SERVICE + ".audit")).isTrue();
    }

    @Test
    void theEnginesPackagesHaveNoCycle() {
        PackageRules.noPackageCycles(ENGINE).check(PRODUCTION);
    }

    @Test
    void theCommandLinesPackagesHaveNoCycle() {
        PackageRules.noPackageCycles(CLI).check(PRODUCTION);
    }

    @Test
    void theServicesPackagesHaveNoCycle() {
        PackageRules.noPackageCycles(SERVICE).check(PRODUCTION);
    }

    @Test
    void theEngineUsesNeitherSpringNorServlets() {
        PackageRules.noDependency(ENGINE, "org.springframework..", "jakarta.servlet..").check(PRODUCTION);
    }

    @Test
    void theCommandLineAndTheServiceLeaveTheRuleEngineToTheEngine() {
        PackageRules.noDependency(CLI, PackageRules.KIE, PackageRules.DROOLS).check(PRODUCTION);
        PackageRules.noDependency(SERVICE, PackageRules.KIE, PackageRules.DROOLS).check(PRODUCTION);
    }

    @Test
    void findingsNameTheRuleEngineOnlyToLearnWhichRuleRaisedThem() {
        EvaluationResult finding = PackageRules.noDependency(ENGINE + ".finding", PackageRules.KIE, PackageRules.DROOLS)
                .evaluate(PRODUCTION);

        // where in Finding.java is left out: the uses, not their lines, are the boundary
        assertThat(finding.getFailureReport().getDetails()).extracting(use -> use.replaceAll(" in \\(Finding\\.java:\\d+\\)$", ""))
                .containsOnly(
                        RAISED_BY + " has parameter of type <org.kie.api.runtime.rule.RuleContext>",
                        RAISED_BY + " calls method <org.kie.api.runtime.rule.RuleContext.getRule()>",
                        RAISED_BY + " calls method <org.kie.api.definition.rule.Rule.getMetaData()>",
                        RAISED_BY + " calls method <org.kie.api.definition.rule.Rule.getName()>");
    }

    @Test
    void onlyTheRuleBaseAndTheSessionsThatRunRulesUseTheRuleEngine() {
        PackageRules.noRuleEngineOutside(ENGINE, ENGINE + ".rulebase", ENGINE + ".audit", ENGINE + ".change").check(PRODUCTION);
    }
}
