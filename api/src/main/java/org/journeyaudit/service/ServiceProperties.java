package org.journeyaudit.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code journey-audit.max-body-size}: the largest request body accepted (default 5MB), refused with 413
 * before it is parsed; {@code journey-audit.max-journeys-per-batch}: how many journeys one batch may hold.
 */
@ConfigurationProperties("journey-audit")
public record ServiceProperties(@DefaultValue("5MB") DataSize maxBodySize, @DefaultValue("200") int maxJourneysPerBatch) {
}
