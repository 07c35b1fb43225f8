package org.journeyaudit.service;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code journey-audit.max-body-size}: the largest request body accepted (default 5MB), refused with 413
 * before it is parsed; {@code journey-audit.max-journeys-per-batch}: how many journeys one batch may hold;
 * {@code journey-audit.rule-packs}: the directories of trusted rule packs loaded at start-up (none by
 * default). Packs come only from this configuration: a request never names, sends or loads one.
 */
@ConfigurationProperties("journey-audit")
public record ServiceProperties(@DefaultValue("5MB") DataSize maxBodySize, @DefaultValue("200") int maxJourneysPerBatch,
        List<String> rulePacks) {

    public ServiceProperties {
        rulePacks = rulePacks == null ? List.of() : List.copyOf(rulePacks);
    }
}
