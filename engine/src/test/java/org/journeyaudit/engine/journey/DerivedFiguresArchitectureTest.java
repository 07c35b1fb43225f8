package org.journeyaudit.engine.journey;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The journey's derived figures have one home: the engine reads what a cell tells and compares actors only through
 * the journey model, and the parts that count handoffs, returns, told items and present channels call the model's
 * definitions instead of keeping their own.
 */
class DerivedFiguresArchitectureTest {

    private static final String ENGINE = "org.journeyaudit.engine";

    private static final JavaClasses ENGINE_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ENGINE);

    @Test
    void whatACellTellsIsReadThroughTheModelWhichLeavesOutAbsentAndNotApplicableCells() {
        // the reader and its validator read the document as written; reports may show a cell's raw content
        noClasses().that().resideOutsideOfPackages(ENGINE + ".journey..", ENGINE + ".document..", ENGINE + ".report..")
                .should().callMethod(Touchpoint.class, "info")
                .because("Touchpoint.told() and Journey.told() say what the customer is told")
                .check(ENGINE_CLASSES);
    }

    @Test
    void actorsAreComparedOnlyByTheModelsIdentity() {
        noClasses().that().resideOutsideOfPackages(ENGINE + ".journey..")
                .should().callMethod(java.util.Objects.class, "equals", Object.class, Object.class)
                .orShould().callMethod(String.class, "equalsIgnoreCase", String.class)
                .because("Actor.same says which names are one actor; other texts are folded by JourneyFacts.fold")
                .check(ENGINE_CLASSES.that(com.tngtech.archunit.base.DescribedPredicate.describe("reading actors",
                        (JavaClass c) -> c.getMethodCallsFromSelf().stream().anyMatch(DerivedFiguresArchitectureTest::readsActor))));
    }

    @Test
    void theCountsOfHandoffsReturnsAndToldItemsCallTheModel() {
        assertThat(calls("change.ChangeChecklist")).contains("Stage.handoffs", "Touchpoint.told", "Actor.key");
        assertThat(calls("change.ImpactAnalyzer")).contains("Actor.same", "Actor.key", "Actor.supportLine", "Touchpoint.told",
                "Journey.label");
        assertThat(calls("check.CheckEvaluator")).contains("Stage.handoffs", "Journey.told", "Stage.presentChannels", "Stage.cell",
                "Stage.displayName");
        assertThat(calls("compare.JourneyComparator")).contains("Stage.handoffs", "Stage.returns", "Stage.presentOn");
        assertThat(calls("fact.JourneyFacts")).contains("Stage.handoffs", "Touchpoint.told", "Journey.actorNames", "Journey.serves",
                "Actor.key", "Actor.supportLine");
        assertThat(calls("compliance.ComplianceMatrix")).contains("Family.of", "Family.appliesTo");
    }

    private static boolean readsActor(JavaMethodCall call) {
        return call.getTargetOwner().isEquivalentTo(Step.class) && call.getName().equals("actor");
    }

    /** The model's methods a class and its nested classes call, as {@code Owner.method}. */
    private static Set<String> calls(String className) {
        Set<String> calls = new TreeSet<>();
        for (JavaClass javaClass : ENGINE_CLASSES) {
            String name = javaClass.getName();
            if (name.equals(ENGINE + "." + className) || name.startsWith(ENGINE + "." + className + "$")) {
                javaClass.getMethodCallsFromSelf().stream()
                        .filter(c -> c.getTargetOwner().getPackageName().equals(ENGINE + ".journey")
                                || c.getTargetOwner().getPackageName().equals(ENGINE + ".finding"))
                        .forEach(c -> calls.add(c.getTargetOwner().getSimpleName() + "." + c.getName()));
            }
        }
        return calls;
    }
}
