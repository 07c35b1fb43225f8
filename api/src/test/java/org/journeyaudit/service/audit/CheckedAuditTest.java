package org.journeyaudit.service.audit;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/** Custom checks posted with a journey: data judged by fixed code, invalid ones refused with their location in the body. */
@WebMvcTest(AuditController.class)
@Import(ServiceSliceConfiguration.class)
class CheckedAuditTest {

    @Autowired
    MockMvc mvc;

    static String json(String yamlFile) throws Exception {
        Object value = YAMLMapper.builder().build().readValue(Path.of(yamlFile).toFile(), Object.class);
        return JsonMapper.builder().build().writeValueAsString(value);
    }

    static String sampleChecks() throws Exception {
        String file = json("../samples/checks/copc-consistency.yaml");
        return file.substring(file.indexOf('['), file.lastIndexOf(']') + 1);
    }

    @Test
    void auditsAJourneyWithItsCustomChecks() throws Exception {
        String body = "{\"journey\": " + json("../samples/dashcam-warranty-repair.yaml") + ", \"checks\": " + sampleChecks() + "}";
        AsyncAware.perform(mvc, post("/api/audits/checked?asOf=2026-11-22").contentType("application/json").content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[0].id").value("F1"))
                .andExpect(jsonPath("$.findings[0].ruleId").value("custom/self-service-notifies"))
                .andExpect(jsonPath("$.findings[0].severity").value("warning"))
                .andExpect(jsonPath("$.findings[0].stage").value("fill-form"))
                .andExpect(jsonPath("$.findings[0].elements[0]").value("touchpoint:fill-form@web"))
                .andExpect(jsonPath("$.findings[0].message").value("fill-form on web does not tell the customer what happens next"));
    }

    @Test
    void invalidChecksAreA422LocatedUnderChecks() throws Exception {
        String body = """
                {"journey": {"id": "j", "stages": [{"id": "s"}]},
                 "checks": [{"id": "x", "title": "X", "severity": "error", "message": "${System.exit(0)}",
                             "select": {"touchpoint": {}},
                             "require": {"equals": {"field": "#{T(java.lang.Runtime).getRuntime().exec('x')}", "value": 1}}},
                            {"id": "y", "title": "Y", "severity": "error", "message": "m",
                             "select": {"stage": {}}, "require": {"eval(": 1}}]}
                """;
        AsyncAware.perform(mvc, post("/api/audits/checked").contentType("application/json").content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/invalid-document"))
                .andExpect(jsonPath("$.detail").value("the checked audit request has 2 problems"))
                .andExpect(jsonPath("$.problems[0].pointer").value("/checks/0/require/equals/field"))
                .andExpect(jsonPath("$.problems[0].message").value("'#{T(java.lang.Runtime).getRuntime().e...' is not a field a check "
                        + "over touchpoint elements may compare; expected one of: status, notifies, transfers, volumePerMonth, handleSeconds, outcome"))
                .andExpect(jsonPath("$.problems[1].pointer").value("/checks/1/require/eval("))
                .andExpect(jsonPath("$.problems[1].message").value("unknown operator 'eval('; expected one of: present-on, "
                        + "same-on-all-channels, max-handoffs, equals, not-equals, at-least, at-most"));
    }

    @Test
    void aCodeLikeMessageIsReturnedVerbatim() throws Exception {
        String body = """
                {"journey": {"id": "j", "stages": [{"id": "s", "emotion": -1}]},
                 "checks": [{"id": "x", "title": "X", "severity": "error", "message": "${System.exit(0)} {stage} #{1+1}",
                             "select": {"stage": {}}, "require": {"at-least": {"field": "emotion", "value": 0}}}]}
                """;
        AsyncAware.perform(mvc, post("/api/audits/checked").contentType("application/json").content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.ruleId == 'custom/x')].message").value("${System.exit(0)} s #{1+1}"))
                .andExpect(jsonPath("$.outcome.failed").value(true));
    }
}
