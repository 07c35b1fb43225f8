package org.journeyaudit.service.validation;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.journeyaudit.service.ServiceSliceConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ValidationController.class)
@Import(ServiceSliceConfiguration.class)
class ValidationControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsTheProblemsAsTheCommandLineDoes() throws Exception {
        mvc.perform(post("/api/validate").contentType("application/yaml")
                        .content("id: j\nchannels: [{id: phone, mode: assisted}]\nstages:\n  - id: s\n    touchpoints: [{channel: fax, status: present}]\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.problems", hasSize(1)))
                .andExpect(jsonPath("$.problems[0].path").value("stages[0].touchpoints[0].channel"))
                .andExpect(jsonPath("$.problems[0].line").value(5))
                .andExpect(jsonPath("$.problems[0].column").value(29))
                .andExpect(jsonPath("$.problems[0].message").value(
                        "unknown channel 'fax' (the journey declares phone under 'channels')"));
    }

    @Test
    void aValidDocumentHasNoProblems() throws Exception {
        mvc.perform(post("/api/validate").contentType("application/json").content("{\"id\": \"j\", \"stages\": [{\"id\": \"s\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.problems", hasSize(0)));
    }
}
