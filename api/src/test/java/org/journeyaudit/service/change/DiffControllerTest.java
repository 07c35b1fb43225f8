package org.journeyaudit.service.change;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.journeyaudit.service.change.ImpactControllerTest.indent;
import static org.journeyaudit.service.change.ImpactControllerTest.sample;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.journeyaudit.service.ServiceSliceConfiguration;
import org.journeyaudit.service.AsyncAware;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(DiffController.class)
@Import(ServiceSliceConfiguration.class)
class DiffControllerTest {

    @Autowired
    MockMvc mvc;

    private static String versions(String before, String after) throws Exception {
        return "before:\n" + indent(sample(before), "  ") + "after:\n" + indent(sample(after), "  ");
    }

    @Test
    void comparesTwoVersionsIntoTheCommandLinesReport() throws Exception {
        AsyncAware.perform(mvc, post("/api/diff?asOf=2026-11-22").contentType("application/yaml")
                        .content(versions("complaint-handling-before.yaml", "complaint-handling-after.yaml")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.before.journey.version").value("before"))
                .andExpect(jsonPath("$.after.journey.version").value("after"))
                .andExpect(jsonPath("$.asOf").value("2026-11-22"))
                .andExpect(jsonPath("$.verdict").value("better"))
                .andExpect(jsonPath("$.reasons.better[0]").value("9 findings resolved (5 warnings, 4 info)"))
                .andExpect(jsonPath("$.reasons.worse", hasSize(0)))
                .andExpect(jsonPath("$.findings.resolved", hasSize(9)))
                .andExpect(jsonPath("$.findings.introduced", hasSize(0)))
                .andExpect(jsonPath("$.findings.unchanged[0].before.ruleId").value("coverage/assisted-only"))
                .andExpect(jsonPath("$.measures[1].name").value("steps"))
                .andExpect(jsonPath("$.measures[1].before").value(10))
                .andExpect(jsonPath("$.measures[1].after").value(5))
                .andExpect(jsonPath("$.measures[1].change").value(-5))
                .andExpect(jsonPath("$.outcome.failOn").value("error"))
                .andExpect(jsonPath("$.outcome.failed").value(false));
    }

    @Test
    void failOnDecidesWhetherIntroducedFindingsFailTheComparison() throws Exception {
        AsyncAware.perform(mvc, post("/api/diff?asOf=2026-11-22&failOn=warning").contentType("application/yaml")
                        .content(versions("insurance-insured-event.yaml", "changes/after/insurance-insured-event.yaml")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("mixed"))
                .andExpect(jsonPath("$.findings.introduced", hasSize(4)))
                .andExpect(jsonPath("$.findings.introduced[0].ruleId").value("consistency/conflicting-info"))
                .andExpect(jsonPath("$.coverage.gained[0]").value("get-advice@messenger"))
                .andExpect(jsonPath("$.outcome.failOn").value("warning"))
                .andExpect(jsonPath("$.outcome.failed").value(true));
    }

    @Test
    void theSameComparisonIsAvailableAsTheSideBySidePage() throws Exception {
        AsyncAware.perform(mvc, post("/api/diff?asOf=2026-11-22").contentType("application/yaml").accept(MediaType.TEXT_HTML)
                        .content(versions("complaint-handling-before.yaml", "complaint-handling-after.yaml")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(startsWith("<!DOCTYPE html>")))
                .andExpect(content().string(containsString("id=\"report-data\">{\"comparison\":{")))
                .andExpect(content().string(containsString("\"verdict\":\"better\"")))
                .andExpect(content().string(containsString("\"marks\":{\"before\":{\"resolved\":[\"stage:file-complaint\"")))
                .andExpect(content().string(not(containsString("https://"))));
        AsyncAware.perform(mvc, post("/api/diff?asOf=2026-11-22&failOn=warning").contentType("application/yaml").accept(MediaType.TEXT_HTML)
                        .content(versions("insurance-insured-event.yaml", "changes/after/insurance-insured-event.yaml")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"outcome\":{\"failOn\":\"warning\",\"failed\":true}")));
    }

    @Test
    void anInvalidVersionIsAProblemEvenWhenHtmlIsAsked() throws Exception {
        AsyncAware.perform(mvc, post("/api/diff").contentType("application/yaml").accept(MediaType.TEXT_HTML, MediaType.APPLICATION_PROBLEM_JSON)
                        .content("before: {id: j, stages: [{id: s}]}\nafter: {id: j, stages: [{id: s, emotion: 9}]}\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.problems[0].pointer").value("/after/stages/0/emotion"));
    }

    @Test
    void anInvalidVersionIs422WithItsProblemsLocatedUnderBeforeOrAfter() throws Exception {
        AsyncAware.perform(mvc, post("/api/diff").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"before\": {\"id\": \"j\", \"stages\": [{\"id\": \"s\"}]}, \"after\": {\"id\": \"j\", \"stages\": [{\"id\": \"s\", \"emotion\": 9}]}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/invalid-document"))
                .andExpect(jsonPath("$.detail").value("the comparison request has 1 problem"))
                .andExpect(jsonPath("$.problems[0].pointer").value("/after/stages/0/emotion"))
                .andExpect(jsonPath("$.problems[0].message").value("'emotion' must be a whole number from -3 to 3, found 9"));
        AsyncAware.perform(mvc, post("/api/diff").contentType("application/yaml").content("before: {id: j, stages: [{id: s}]}\nnext: {}\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].message").value("missing required field 'after': the journey as it will be"))
                .andExpect(jsonPath("$.problems[1].pointer").value("/next"))
                .andExpect(jsonPath("$.problems[1].message").value("unknown field 'next'; expected one of: after, before"));
    }

    @Test
    void theComparisonIsInTheLanguageTheClientAccepts() throws Exception {
        AsyncAware.perform(mvc, post("/api/diff?asOf=2026-11-22").contentType("application/yaml").header("Accept-Language", "ru, en;q=0.5")
                        .content(versions("complaint-handling-before.yaml", "complaint-handling-after.yaml")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "ru"))
                .andExpect(header().stringValues("Vary", hasItem("Accept-Language")))
                .andExpect(jsonPath("$.verdict").value("better"));
        AsyncAware.perform(mvc, post("/api/diff?asOf=2026-11-22&lang=en").contentType("application/yaml").header("Accept-Language", "ru")
                        .accept(MediaType.TEXT_HTML).content(versions("complaint-handling-before.yaml", "complaint-handling-after.yaml")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "en"));
        AsyncAware.perform(mvc, post("/api/diff?lang=english").contentType("application/yaml")
                        .content(versions("complaint-handling-before.yaml", "complaint-handling-after.yaml")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("lang: 'english' is not a language reports are written in; expected one of: en, ru"));
    }

    @Test
    void aRussianClientGetsTheVerdictsReasonsInRussian() throws Exception {
        AsyncAware.perform(mvc, post("/api/diff?asOf=2026-11-22&lang=ru").contentType("application/yaml")
                        .content(versions("complaint-handling-before.yaml", "complaint-handling-after.yaml")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reasons.better[0]").value("устранено 9 замечаний (5 предупреждений, 4 информационных)"))
                .andExpect(jsonPath("$.reasons.better[2]").value("передачи между исполнителями 6 -> 2"))
                .andExpect(jsonPath("$.notes[0]").value("потенциал экономии не оценён ни в одной версии (нет объёмов обращений или "
                        + "стоимости), поэтому он не сравнивается"));
    }
}
