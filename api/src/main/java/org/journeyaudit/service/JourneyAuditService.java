package org.journeyaudit.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The audit service: the same engine as the command line behind a REST API and a web page. Started by
 * {@code journey-audit serve} (or the jar run with no command); the command line never starts Spring.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JourneyAuditService {

    public static void main(String[] args) {
        SpringApplication.run(JourneyAuditService.class, args);
    }
}
