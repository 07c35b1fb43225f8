package org.journeyaudit.service.work;

import org.journeyaudit.service.ServiceProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Audits run on a fixed pool of workers, one per processor by default, never on Tomcat's request threads:
 * a request that audits hands its audit to a worker and frees its thread, so however many hostile
 * journeys arrive, Tomcat keeps answering everything else. At most {@code journey-audit.audit.queue}
 * audits wait for a worker; beyond that the service answers 503 at once rather than pile work up.
 * A request is answered within its audit budget plus a margin for waiting in the queue; then the audit,
 * if it still runs, is interrupted and stops at its next rule firing.
 */
@Configuration(proxyBeanMethods = false)
class AuditWorkers implements WebMvcConfigurer, DisposableBean {

    private final ServiceProperties.Audit settings;
    private final ThreadPoolTaskExecutor workers;
    private final RunningAudits runningAudits;

    AuditWorkers(ServiceProperties properties) {
        this.settings = properties.audit();
        this.runningAudits = new RunningAudits(settings.answerDeadline());
        this.workers = new ThreadPoolTaskExecutor();
        workers.setCorePoolSize(settings.workerCount());
        workers.setMaxPoolSize(settings.workerCount());
        workers.setQueueCapacity(settings.queue());
        workers.setThreadNamePrefix("journey-audit-worker-");
        workers.setWaitForTasksToCompleteOnShutdown(false);
        workers.initialize();
    }

    /** The audits running now, watched for their clients leaving. */
    @Bean
    RunningAudits runningAudits() {
        return runningAudits;
    }

    @Override
    public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
        configurer.setTaskExecutor(workers);
        configurer.setDefaultTimeout(settings.answerDeadline().toMillis());
        configurer.registerCallableInterceptors(runningAudits);
    }

    @Override
    public void destroy() {
        workers.shutdown();
    }
}
