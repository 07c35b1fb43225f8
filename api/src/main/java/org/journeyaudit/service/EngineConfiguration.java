package org.journeyaudit.service;

import java.nio.file.Path;

import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.change.ChangeRequestReader;
import org.journeyaudit.engine.change.ImpactAnalyzer;
import org.journeyaudit.engine.compare.JourneyComparator;
import org.journeyaudit.engine.document.DocumentLimits;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.engine.rulebase.RuleDescription;
import org.journeyaudit.engine.rulebase.RulePack;
import org.journeyaudit.engine.rulebase.RulePackException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine as beans: one knowledge base for the process, shared by every request; a session per audit. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EngineConfiguration.class);

    /** The built-in rules and the trusted packs of {@code journey-audit.rule-packs}; a pack that cannot be loaded stops the start-up. */
    @Bean
    RuleBase ruleBase(ServiceProperties properties) {
        try {
            RuleBase ruleBase = RuleBase.builtIn().withPacks(properties.rulePacks().stream().map(Path::of).map(RulePack::load).toList());
            ruleBase.packs().forEach(pack -> LOG.info("Rule pack {} loaded: {}", pack.directory(),
                    pack.rules().stream().map(RuleDescription::id).toList()));
            return ruleBase;
        } catch (RulePackException refused) {
            refused.errors().forEach(error -> LOG.error("Rule pack refused: {}", error));
            LOG.error("journey-audit.rule-packs: a rule pack cannot be loaded; the service does not start");
            throw refused;
        }
    }

    /** Every audit of the service within {@code journey-audit.audit.*}: a journey that needs more is refused, not served. */
    @Bean
    Auditor auditor(RuleBase ruleBase, ServiceProperties properties) {
        return new Auditor(ruleBase, properties.audit().budget());
    }

    /** The clock that "today" comes from when an audit names no date. */
    @Bean
    java.time.Clock clock() {
        return java.time.Clock.systemDefaultZone();
    }

    @Bean
    JourneyReader journeyReader(ServiceProperties properties) {
        return new JourneyReader(new DocumentLimits(properties.maxBodySize().toBytes(), DocumentLimits.DEFAULT.maxDepth()));
    }

    @Bean
    ChangeRequestReader changeRequestReader(ServiceProperties properties) {
        return new ChangeRequestReader(new DocumentLimits(properties.maxBodySize().toBytes(), DocumentLimits.DEFAULT.maxDepth()));
    }

    @Bean
    ImpactAnalyzer impactAnalyzer(RuleBase ruleBase) {
        return new ImpactAnalyzer(ruleBase);
    }

    @Bean
    JourneyComparator journeyComparator(Auditor auditor) {
        return new JourneyComparator(auditor);
    }
}
