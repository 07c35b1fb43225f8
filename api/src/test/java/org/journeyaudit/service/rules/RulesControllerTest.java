package org.journeyaudit.service.rules;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.journeyaudit.service.ServiceSliceConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(RulesController.class)
@Import(ServiceSliceConfiguration.class)
class RulesControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsTheCatalogue() throws Exception {
        mvc.perform(get("/api/rules"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(45)))
                .andExpect(jsonPath("$[0].id").value("consistency/conflicting-info"))
                .andExpect(jsonPath("$[0].severity").value("error"));
    }

    @Test
    void showsOneRuleWithItsDocumentationAndParameters() throws Exception {
        mvc.perform(get("/api/rules/handoff/excess"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Too many handoffs in a stage"))
                .andExpect(jsonPath("$.parameters.max.default").value(3))
                .andExpect(jsonPath("$.documentation").value(startsWith("# handoff/excess")));
    }

    @Test
    void anUnknownRuleIs404WithTheNearestId() throws Exception {
        mvc.perform(get("/api/rules/handoff/pingpong"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/unknown-rule"))
                .andExpect(jsonPath("$.detail").value("unknown rule 'handoff/pingpong'; did you mean 'handoff/ping-pong'?"));
    }

    @Test
    void givesTitlesInTheLanguageOfLangOrElseOfAcceptLanguage() throws Exception {
        mvc.perform(get("/api/rules?lang=ru"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("Каналы сообщают клиентам разное"));
        mvc.perform(get("/api/rules/handoff/excess").header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.8"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Слишком много передач на одном этапе"))
                .andExpect(jsonPath("$.documentation").value(startsWith("# handoff/excess: Too many handoffs in a stage")));
        mvc.perform(get("/api/rules/handoff/excess?lang=en").header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Too many handoffs in a stage"));
    }

    @Test
    void anUnknownLangIsABadParameter() throws Exception {
        mvc.perform(get("/api/rules?lang=fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/bad-parameter"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                        "'fr' is not a language reports are written in; expected one of: en, ru")));
    }
}
