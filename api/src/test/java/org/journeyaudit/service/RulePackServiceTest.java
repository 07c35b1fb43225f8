package org.journeyaudit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.journeyaudit.engine.rulebase.RulePackException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The service started with {@code journey-audit.rule-packs} audits with the packs and lists their rules; a broken pack stops it. */
@SpringBootTest(properties = "journey-audit.rule-packs=../samples/rule-pack")
@AutoConfigureMockMvc
class RulePackServiceTest {

    @Autowired
    MockMvc mvc;

    @TempDir
    Path dir;

    @Test
    void theServiceAuditsWithTheConfiguredPack() throws Exception {
        byte[] journey = Files.readAllBytes(Path.of("../samples/rule-pack/journeys/complaints-by-chat.yaml"));
        AsyncAware.perform(mvc, post("/api/audits?asOf=2026-11-22").contentType("application/yaml").content(journey))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[1].id").value("F2"))
                .andExpect(jsonPath("$.findings[1].ruleId").value("copc/complaint-answer-time"))
                .andExpect(jsonPath("$.findings[1].severity").value("warning"))
                .andExpect(jsonPath("$.findings[1].message").value("Key journey 'complaints-by-chat' does not tell customers on chat "
                        + "when the answer to their complaint comes (complaint.answerTime) at stage 'file-complaint'"))
                .andExpect(jsonPath("$.summary.byFamily.copc").value(1))
                .andExpect(jsonPath("$.recommendations[0].findings[1]").value("F2"));
        mvc.perform(get("/api/rules/copc/complaint-answer-time"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("A complaint channel does not tell when the answer comes"));
    }

    @Test
    void aPackThatCannotBeLoadedStopsTheStartUp() throws Exception {
        Path family = Files.createDirectories(dir.resolve("pack/demo"));
        Files.writeString(family.resolve("broken.drl"), "package org.example.demo;\n\nrule \"broken\"\nwhen\n  Foo( x == )\nthen\nend\n");
        new ApplicationContextRunner()
                .withUserConfiguration(EngineConfiguration.class, Properties.class)
                .withPropertyValues("journey-audit.rule-packs=" + dir.resolve("pack"))
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(RulePackException.class)
                        .hasMessage(family.resolve("broken.drl") + ":5: [ERR 101] Line 5:12 no viable alternative at input ')' in rule \"broken\""));
    }

    @EnableConfigurationProperties(ServiceProperties.class)
    static class Properties {
    }
}
