package org.journeyaudit.service.compliance;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.journeyaudit.service.ServiceSliceConfiguration;
import org.journeyaudit.service.AsyncAware;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

@WebMvcTest(ComplianceController.class)
@Import(ServiceSliceConfiguration.class)
class ComplianceControllerTest {

    @Autowired
    MockMvc mvc;

    private static String batch(String... samples) throws Exception {
        StringBuilder out = new StringBuilder("{\"journeys\": [");
        for (int i = 0; i < samples.length; i++) {
            Object journey = YAMLMapper.builder().build().readValue(Path.of("../samples/" + samples[i] + ".yaml").toFile(), Object.class);
            out.append(i == 0 ? "" : ",").append(JsonMapper.builder().build().writeValueAsString(journey));
        }
        return out.append("]}").toString();
    }

    @Test
    void answersTheMatrixAsTheCommandLinesJson() throws Exception {
        AsyncAware.perform(mvc, post("/api/compliance?asOf=2026-11-22&profile=copc").contentType("application/json")
                        .content(batch("insurance-insured-event", "retail-defective-goods")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile").value("copc"))
                .andExpect(jsonPath("$.journeys[0].cells['consistency/conflicting-info']").value("fail"))
                .andExpect(jsonPath("$.journeys[1].cells['consistency/conflicting-info']").value("n/a"))
                .andExpect(jsonPath("$.journeys[1].counts.fail").value(3))
                .andExpect(jsonPath("$.byRule['coverage/assisted-only'].fail").value(2))
                .andExpect(jsonPath("$.mostBrokenRules[0].rule").value("coverage/assisted-only"))
                .andExpect(jsonPath("$.outcome.failed").value(true));
    }

    @Test
    void answersCsvWhenAskedAndRefusesProfileFiles() throws Exception {
        AsyncAware.perform(mvc, post("/api/compliance?asOf=2026-11-22").contentType("application/json").header("Accept", "text/csv")
                        .content(batch("retail-defective-goods")))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("journey,version,consistency/conflicting-info,")))
                .andExpect(content().string(org.hamcrest.Matchers.endsWith(
                        "\r\nretail-defective-goods,before,n/a,n/a,n/a,n/a,n/a,n/a,n/a,pass,fail,pass,pass,pass,pass,pass,pass,n/a,n/a,n/a,n/a,n/a,n/a,n/a,n/a,n/a,pass,pass,"
                                + "pass,pass,pass,pass,pass,pass,pass,pass,pass,pass,pass,pass,pass,pass,pass,fail,pass,pass,fail,26,3,0,16\r\n")));
        AsyncAware.perform(mvc, post("/api/compliance?profile=/etc/profile.yaml").contentType("application/json").content(batch("retail-defective-goods")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/bad-parameter"));
    }

    @Test
    void takesCustomChecksAsDataAndGivesThemAColumn() throws Exception {
        String checks = ", \"checks\": [{\"id\": \"self-service-notifies\", \"title\": \"T\", \"severity\": \"warning\", "
                + "\"message\": \"{stage}\", \"select\": {\"touchpoint\": {\"channelMode\": \"self-service\"}}, "
                + "\"require\": {\"equals\": {\"field\": \"notifies\", \"value\": true}}}]}";
        String body = batch("dashcam-warranty-repair", "retail-defective-goods");
        AsyncAware.perform(mvc, post("/api/compliance?asOf=2026-11-22").contentType("application/json")
                        .content(body.substring(0, body.length() - 1) + checks))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.journeys[0].cells['custom/self-service-notifies']").value("fail"))
                .andExpect(jsonPath("$.journeys[1].cells['custom/self-service-notifies']").value("pass"))
                .andExpect(jsonPath("$.byRule['custom/self-service-notifies'].fail").value(1));
        AsyncAware.perform(mvc, post("/api/compliance").contentType("application/json")
                        .content(body.substring(0, body.length() - 1) + ", \"checks\": [{\"id\": \"A\"}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].pointer").value("/checks/0"))
                .andExpect(jsonPath("$.problems[0].message").value("missing required field 'title'"));
    }

    @Test
    void theMatrixIsInTheLanguageTheClientAcceptsAsJsonAndAsCsv() throws Exception {
        AsyncAware.perform(mvc, post("/api/compliance?asOf=2026-11-22").contentType("application/json").header("Accept-Language", "ru")
                        .content(batch("retail-defective-goods")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "ru"))
                .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("Accept-Language")));
        AsyncAware.perform(mvc, post("/api/compliance?asOf=2026-11-22&lang=en").contentType("application/json").header("Accept", "text/csv")
                        .header("Accept-Language", "ru").content(batch("retail-defective-goods")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "en"))
                .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("Accept-Language")));
    }
}
