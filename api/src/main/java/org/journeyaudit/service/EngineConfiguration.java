package org.journeyaudit.service;

import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.change.ImpactAnalyzer;
import org.journeyaudit.engine.compare.JourneyComparator;
import org.journeyaudit.engine.document.ChangeRequestReader;
import org.journeyaudit.engine.document.DocumentLimits;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine as beans: one knowledge base for the process, shared by every request; a session per audit. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    RuleBase ruleBase() {
        return RuleBase.builtIn();
    }

    @Bean
    Auditor auditor(RuleBase ruleBase) {
        return new Auditor(ruleBase);
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
