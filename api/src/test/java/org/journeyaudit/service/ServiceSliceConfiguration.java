package org.journeyaudit.service;

import org.journeyaudit.service.document.ChangeDocuments;
import org.journeyaudit.service.document.CheckDocuments;
import org.journeyaudit.service.document.JourneyDocuments;
import org.journeyaudit.service.request.ServiceRequests;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** What a controller slice needs besides the controller: the real engine, never a mock of it. */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceProperties.class)
@Import({EngineConfiguration.class, JourneyDocuments.class, ChangeDocuments.class, CheckDocuments.class,
        ServiceRequests.class})
public class ServiceSliceConfiguration {
}
