package org.journeyaudit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.service.JourneyAuditService;
import org.journeyaudit.service.startup.StartFailure;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the audit service: the web page at /, the REST API under /api, its OpenAPI description at",
                "/v3/api-docs (browsable at /swagger-ui.html) and /actuator/health. Runs until stopped (Ctrl+C).",
                "Spring Boot properties may follow, e.g. --journey-audit.max-body-size=10MB.",
                "A setting the service cannot take exits 2; a port in use or a rule pack that cannot be loaded exits 3."})
final class ServeCommand implements Callable<Integer> {

    /**
     * Spring Boot reports a failed start with a stack trace or a report of several paragraphs naming its own
     * classes; the command says why in one line instead (see {@link StartFailure}). A setting given on the
     * command line or in the configuration still overrides these.
     */
    private static final Map<String, Object> QUIET_START_FAILURE = Map.of(
            "logging.level.org.springframework.boot.SpringApplication", "off",
            "logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter", "off",
            "logging.level.org.springframework.boot.autoconfigure.logging.ConditionEvaluationReportLogger", "off",
            "logging.level.org.springframework.boot.tomcat.servlet.DeferredServletContainerInitializers", "off",
            "logging.level.org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext", "error");

    @Option(names = "--port", paramLabel = "PORT", description = "The HTTP port (default 8080).")
    Integer port;

    @Unmatched
    List<String> properties = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        List<String> args = new ArrayList<>(properties);
        if (port != null) {
            args.add("--server.port=" + port);
        }
        SpringApplication application = new SpringApplication(JourneyAuditService.class);
        // The service is the application, not the command line that starts it: its start is logged under its name,
        // and with -Dspring.aot.enabled=true its bean definitions worked out at build time are found by it.
        application.setMainApplicationClass(JourneyAuditService.class);
        application.setDefaultProperties(QUIET_START_FAILURE);
        // The knowledge base is built beside Spring's own start, once logging is set up (Drools logs while it
        // builds); the service's rule base waits for it, so the service is healthy only once it can audit.
        application.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) prepared -> RuleBase.buildAhead());
        ConfigurableApplicationContext context;
        try {
            context = application.run(args.toArray(String[]::new));
        } catch (RuntimeException failed) {
            StartFailure failure = StartFailure.of(failed);
            spec.commandLine().getErr().println("journey-audit: " + failure.message());
            return failure.badSetting() ? ExitCode.USAGE : ExitCode.INVALID_INPUT;
        }
        // The command line exits when its command returns; the service must live until it is shut down.
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (context.isActive()) {
            closed.await();
        }
        return ExitCode.OK;
    }
}
