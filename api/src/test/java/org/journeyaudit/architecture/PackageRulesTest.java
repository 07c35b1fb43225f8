package org.journeyaudit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Each package rule, run on classes under {@code breach} that break it on purpose, reports exactly the
 * breach: the rules that pass on the real classes are shown to be able to fail.
 */
class PackageRulesTest {

    private static final String BREACH = "org.journeyaudit.architecture.breach";
    private static final String FIRST = BREACH + ".loop.first";
    private static final String SECOND = BREACH + ".loop.second";
    private static final String HOLDER = BREACH + ".engine.SessionHolder";

    private static final JavaClasses BREACHES = new ClassFileImporter().importPackages(BREACH);

    private static final String[] KIE_USES = {
        "Constructor <" + HOLDER + ".<init>(org.kie.api.runtime.KieSession)> has parameter of type"
                + " <org.kie.api.runtime.KieSession> in (SessionHolder.java:0)",
        "Field <" + HOLDER + ".session> has type <org.kie.api.runtime.KieSession> in (SessionHolder.java:0)",
        "Method <" + HOLDER + ".facts()> calls method <org.kie.api.runtime.KieSession.getFactCount()> in (SessionHolder.java:17)"};

    @Test
    void aCycleBetweenTwoPackagesIsReportedWithTheDependenciesEachWay() {
        EvaluationResult result = PackageRules.noPackageCycles(BREACH).evaluate(BREACHES);

        assertThat(result.getFailureReport().getDetails()).singleElement().asString().isEqualToNormalizingWhitespace(
                "Cycle detected: Slice " + FIRST + " -> Slice " + SECOND + " -> Slice " + FIRST + "\n"
                + "1. Dependencies of Slice " + FIRST + "\n"
                + "- Method <" + FIRST + ".Request.answer()> has return type <" + SECOND + ".Reply> in (Request.java:0)\n"
                + "- Method <" + FIRST + ".Request.answer()> calls constructor <" + SECOND + ".Reply.<init>(" + FIRST
                + ".Request)> in (Request.java:9)\n"
                + "2. Dependencies of Slice " + SECOND + "\n"
                + "- Constructor <" + SECOND + ".Reply.<init>(" + FIRST + ".Request)> has parameter of type <" + FIRST
                + ".Request> in (Reply.java:0)\n"
                + "- Field <" + SECOND + ".Reply.request> has type <" + FIRST + ".Request> in (Reply.java:0)\n"
                + "- Method <" + SECOND + ".Reply.request()> has return type <" + FIRST + ".Request> in (Reply.java:0)");
    }

    @Test
    void aSpringAnnotationIsADependencyOnSpring() {
        EvaluationResult result = PackageRules.noDependency(BREACH, "org.springframework..", "jakarta.servlet..").evaluate(BREACHES);

        assertThat(result.getFailureReport().getDetails()).containsExactly(
                "Class <" + HOLDER + "> is annotated with <org.springframework.stereotype.Component> in (SessionHolder.java:0)");
    }

    @Test
    void everyUseOfAKieTypeIsReported() {
        EvaluationResult result = PackageRules.noDependency(BREACH, PackageRules.KIE, PackageRules.DROOLS).evaluate(BREACHES);

        assertThat(result.getFailureReport().getDetails()).containsExactly(KIE_USES);
    }

    @Test
    void theRuleEngineIsReportedOutsideTheRunnersAndAllowedInThem() {
        assertThat(PackageRules.noRuleEngineOutside(BREACH).evaluate(BREACHES).getFailureReport().getDetails())
                .containsExactly(KIE_USES);
        assertThat(PackageRules.noRuleEngineOutside(BREACH, BREACH + ".engine").evaluate(BREACHES).hasViolation()).isFalse();
    }
}
