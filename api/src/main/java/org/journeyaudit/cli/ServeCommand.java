package org.journeyaudit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.journeyaudit.service.JourneyAuditService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the audit service: the web page at /, the REST API under /api, its OpenAPI description at",
                "/v3/api-docs (browsable at /swagger-ui.html) and /actuator/health. Runs until stopped (Ctrl+C).",
                "Spring Boot properties may follow, e.g. --journey-audit.max-body-size=10MB."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", description = "The HTTP port (default 8080).")
    Integer port;

    @Unmatched
    List<String> properties = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        List<String> args = new ArrayList<>(properties);
        if (port != null) {
            args.add("--server.port=" + port);
        }
        ConfigurableApplicationContext context = SpringApplication.run(JourneyAuditService.class, args.toArray(String[]::new));
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
