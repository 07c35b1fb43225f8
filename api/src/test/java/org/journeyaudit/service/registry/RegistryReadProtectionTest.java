package org.journeyaudit.service.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A registry whose reading is protected: nothing of it is answered without the token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:registry-read-test;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
        "journey-audit.registry.write-token-sha256=" + RegistryHttpTest.TOKEN_SHA256, "journey-audit.registry.read-protected=true"})
class RegistryReadProtectionTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readingNeedsTheTokenWhenProtected() throws Exception {
        HttpResponse<String> anonymous = get("/api/registry/journeys", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"detail\":\"reading the registry needs the header 'Authorization: Bearer <token>'\"");
        assertThat(get("/api/registry/compliance", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/registry/journeys/any/history", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/registry/journeys", "guess").statusCode()).isEqualTo(401);

        HttpResponse<String> allowed = get("/api/registry/journeys", RegistryHttpTest.TOKEN);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.body()).isEqualTo("{\"items\":[],\"page\":0,\"size\":20,\"total\":0}");
    }
}
