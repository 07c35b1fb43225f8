package org.journeyaudit.service.startup;

import java.net.InetAddress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says, once the server listens, where it can be reached and by whom: the service binds to 127.0.0.1 unless told
 * otherwise, because the registry holds a company's journeys and a write is only as safe as the token guarding it.
 */
@Component
class ListeningAddress implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ListeningAddress.class);

    private final Environment environment;

    ListeningAddress(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        String address = environment.getProperty("server.address", "0.0.0.0");
        int port = event.getWebServer().getPort();
        if (isLoopback(address)) {
            LOG.info("Journey Audit listens on http://{}:{}/ for this machine only; --server.address=0.0.0.0 opens it to the "
                    + "network (set journey-audit.registry.write-token-sha256 first)", address, port);
        } else {
            LOG.info("Journey Audit listens on http://{}:{}/ for the network; writing to the registry needs its token{}", address, port,
                    environment.getProperty("journey-audit.registry.write-token-sha256") == null ? ", and none is configured" : "");
        }
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (java.net.UnknownHostException unknown) {
            return false;
        }
    }
}
