package org.journeyaudit.engine.recommend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.journeyaudit.engine.journey.Channel;
import org.journeyaudit.engine.journey.Economics;
import org.journeyaudit.engine.journey.Step;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * What a minute costs and how many months a year count are defined once, in the journey model: savings, the cost to
 * serve and a change's exposure read {@code Journey.contactCostPerMinute}, {@code Journey.stepCostPerMinute} and
 * {@code Economics.months()}; only {@link Pricing}, which says where each figure comes from, looks at the fields behind them.
 */
class CostDefinitionsArchitectureTest {

    private static final String ENGINE = "org.journeyaudit.engine";

    private static final JavaClasses ENGINE_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ENGINE);

    @Test
    void costsPerMinuteAndMonthsAreReadThroughTheJourneyModel() {
        noClasses().that().resideOutsideOfPackages(ENGINE + ".journey..", ENGINE + ".document..")
                .and().doNotHaveFullyQualifiedName(Pricing.class.getName())
                .should().callMethod(Channel.class, "costPerMinute")
                .orShould().callMethod(Step.class, "costPerMinute")
                .orShould().callMethod(Economics.class, "costPerMinute")
                .orShould().callMethod(Economics.class, "monthsPerYear")
                .because("Journey.contactCostPerMinute, Journey.stepCostPerMinute and Economics.months() say what a minute costs "
                        + "and how many months a year count, for savings, the cost to serve and a change's exposure alike")
                .check(ENGINE_CLASSES);
    }
}
