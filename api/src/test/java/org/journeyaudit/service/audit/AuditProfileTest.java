package org.journeyaudit.service.audit;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

@WebMvcTest(AuditController.class)
@Import(ServiceSliceConfiguration.class)
class AuditProfileTest {

    @Autowired
    MockMvc mvc;

    private static byte[] dashcam() throws Exception {
        return Files.readAllBytes(Path.of("../samples/dashcam-warranty-repair.yaml"));
    }

    @Test
    void aBuiltInProfileIsNamedByTheProfileParameter() throws Exception {
        AsyncAware.perform(mvc, post("/api/audits?asOf=2026-11-22&profile=copc").contentType("application/yaml").content(dashcam()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile").value("copc"))
                .andExpect(jsonPath("$.summary.bySeverity.error").value(3))
                .andExpect(jsonPath("$.findings[6].ruleId").value("governance/sla-target-gap"))
                .andExpect(jsonPath("$.findings[6].severity").value("error"))
                .andExpect(jsonPath("$.outcome.failed").value(true));
        AsyncAware.perform(mvc, post("/api/audits?asOf=2026-11-22").contentType("application/yaml").content(dashcam()))
                .andExpect(jsonPath("$.profile").value("recommended"))
                .andExpect(jsonPath("$.summary.bySeverity.error").value(0));
    }

    @Test
    void aProfileFileIsNeverReadOnARequestsBehalf() throws Exception {
        AsyncAware.perform(mvc, post("/api/audits?profile=../samples/profile.yaml").contentType("application/yaml").content(dashcam()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/bad-parameter"))
                .andExpect(jsonPath("$.detail").value("profile: unknown profile '../samples/profile.yaml'; the built-in profiles are "
                        + "recommended, copc, all (a request never names a file)"))
                .andExpect(jsonPath("$.problems[0].parameter").value("profile"))
                .andExpect(jsonPath("$.problems[0].value").value("../samples/profile.yaml"))
                .andExpect(jsonPath("$.problems[0].allowed[*]", contains("recommended", "copc", "all")));
        AsyncAware.perform(mvc, post("/api/audits?profile=al").contentType("application/yaml").content(dashcam()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("profile: unknown profile 'al'; did you mean 'all'?; the built-in profiles are "
                        + "recommended, copc, all (a request never names a file)"));
    }
}
