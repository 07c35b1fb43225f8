package org.journeyaudit.service.change;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.journeyaudit.service.ServiceSliceConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ImpactController.class)
@Import(ServiceSliceConfiguration.class)
class ImpactControllerTest {

    @Autowired
    MockMvc mvc;

    static String sample(String name) throws Exception {
        return Files.readString(Path.of("../samples/" + name));
    }

    /** A document under a field of a YAML object ({@code "  "}) or as an item of a YAML list ({@code "  - "}). */
    static String indent(String document, String first) {
        StringBuilder out = new StringBuilder();
        boolean isFirst = true;
        for (String line : document.lines().filter(l -> !l.startsWith("#")).toList()) {
            out.append(isFirst ? first : " ".repeat(first.length())).append(line).append('\n');
            isFirst = false;
        }
        return out.toString();
    }

    private static String portfolio() throws Exception {
        StringBuilder journeys = new StringBuilder("journeys:\n");
        for (String journey : new String[] {"complaint-handling-after.yaml", "complaint-handling-before.yaml",
                "dashcam-warranty-repair.yaml", "insurance-insured-event.yaml", "retail-defective-goods.yaml"}) {
            journeys.append(indent(sample(journey), "  - "));
        }
        return journeys.toString();
    }

    @Test
    void analysesAChangeAgainstThePostedJourneysIntoTheCommandLinesReport() throws Exception {
        String body = "change:\n" + indent(sample("changes/crm-replaces-jira.yaml"), "  ") + portfolio();
        mvc.perform(post("/api/impact?asOf=2026-11-22").contentType("application/yaml").content(body))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.change.id").value("CR-2027-014"))
                .andExpect(jsonPath("$.asOf").value("2026-11-22"))
                .andExpect(jsonPath("$.classification.significance").value("significant"))
                .andExpect(jsonPath("$.summary.journeysAnalysed").value(5))
                .andExpect(jsonPath("$.summary.affected").value(3))
                .andExpect(jsonPath("$.summary.contactsPerMonth").value(13700))
                .andExpect(jsonPath("$.summary.annualHandlingCost.RUB").value(10357200))
                .andExpect(jsonPath("$.affected[0].label").value("retail-defective-goods before"))
                .andExpect(jsonPath("$.affected[0].exposure.costs[0]")
                        .value("file-claim@phone: 13,700 contacts/month x 420 s / 60 x 9 RUB/min x 12 months = 10,357,200 RUB"))
                .andExpect(jsonPath("$.affected[1].label").value("complaint-handling after"))
                .andExpect(jsonPath("$.affected[2].stages[0].steps", hasSize(5)))
                .andExpect(jsonPath("$.related[0].label").value("insurance-insured-event 2025"))
                .andExpect(jsonPath("$.checklist[6].id").value("early-audit"))
                .andExpect(jsonPath("$.checklist[6].known[0]").value("Suggested early audit: 2027-03-15, 14 days into the rollout, "
                        + "before the first monthly measurement of the affected journeys is due on 2027-04-01."));
    }

    @Test
    void aForcedClassificationIsFollowedAndTheStandardsIsShownBesideIt() throws Exception {
        String body = """
                {"change": {"id": "CR-9", "title": "Decision times", "type": "tariff-change",
                            "classification": {"significance": "significant", "reason": "Every channel promises a new decision time"},
                            "touches": {"items": ["claim.decisionTime"]}},
                 "journeys": [%s]}
                """.formatted(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(
                tools.jackson.dataformat.yaml.YAMLMapper.builder().build().readTree(sample("insurance-insured-event.yaml"))));
        mvc.perform(post("/api/impact?asOf=2026-11-22").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.classification.significance").value("significant"))
                .andExpect(jsonPath("$.classification.forced").value(true))
                .andExpect(jsonPath("$.classification.reason").value("Every channel promises a new decision time"))
                .andExpect(jsonPath("$.classification.standard.significance").value("operational"))
                .andExpect(jsonPath("$.affected[0].stages[0].id").value("file-claim"))
                .andExpect(jsonPath("$.affected[0].stages[0].touchpoints[*].id").value(
                        org.hamcrest.Matchers.contains("file-claim@phone", "file-claim@email")))
                .andExpect(jsonPath("$.checklist", hasSize(7)));
    }

    @Test
    void anInvalidChangeRequestOrJourneyIs422WithEveryProblemLocatedInTheBody() throws Exception {
        String body = "{\"change\": {\"id\": \"CR-1\", \"title\": \"Bot\", \"type\": \"new-chanel\", \"touches\": {\"stages\": [\"file-claim\"]}},"
                + " \"journeys\": [{\"id\": \"ok\", \"stages\": [{\"id\": \"s\"}]}, {\"id\": \"bad\", \"stages\": [{\"idd\": \"s\"}]}],"
                + " \"asof\": \"2026-11-22\"}";
        mvc.perform(post("/api/impact").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/invalid-document"))
                .andExpect(jsonPath("$.detail").value("the impact request has 5 problems"))
                .andExpect(jsonPath("$.problems", hasSize(5)))
                .andExpect(jsonPath("$.problems[0].pointer").value("/change/type"))
                .andExpect(jsonPath("$.problems[0].line").value(1))
                .andExpect(jsonPath("$.problems[0].column").value(51))
                .andExpect(jsonPath("$.problems[0].message").value("'new-chanel' is not a valid type; did you mean 'new-channel'?"))
                .andExpect(jsonPath("$.problems[1].pointer").value("/change/touches/stages/0"))
                .andExpect(jsonPath("$.problems[1].message").value("'file-claim' is not a journey-qualified stage id; write "
                        + "JOURNEY/STAGE, e.g. insurance-insured-event/file-claim"))
                .andExpect(jsonPath("$.problems[2].pointer").value("/journeys/1/stages/0"))
                .andExpect(jsonPath("$.problems[2].message").value("missing required field 'id'"))
                .andExpect(jsonPath("$.problems[3].pointer").value("/journeys/1/stages/0/idd"))
                .andExpect(jsonPath("$.problems[4].pointer").value("/asof"))
                .andExpect(jsonPath("$.problems[4].message").value("unknown field 'asof'; expected one of: change, journeys"));
    }

    @Test
    void theChangeAndTheJourneysAreBothRequired() throws Exception {
        mvc.perform(post("/api/impact").contentType("application/yaml").content("change: {id: CR-1, title: T, type: other, touches: {channels: [chat]}}\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("the impact request has 1 problem"))
                .andExpect(jsonPath("$.problems[0].message").value("missing required field 'journeys': a list of journey documents"));
        mvc.perform(post("/api/impact").contentType("application/yaml").content("- a list\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].message").value("expected an object with a change request under 'change' and a list "
                        + "'journeys', found a list"));
        mvc.perform(post("/api/impact").contentType("application/yaml").content("journeys: [{id: j, stages: [{id: s}]}]\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].message").value("missing required field 'change': the change request"));
    }

    @Test
    void aBadDateIsABadParameter() throws Exception {
        mvc.perform(post("/api/impact?asOf=tomorrow").contentType("application/yaml").content("change: {}\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/bad-parameter"))
                .andExpect(jsonPath("$.detail").value("asOf: 'tomorrow' is not a date; write it as YYYY-MM-DD"));
    }

    @Test
    void theAnalysisIsInTheLanguageTheClientAccepts() throws Exception {
        String body = "change:\n" + indent(sample("changes/crm-replaces-jira.yaml"), "  ") + portfolio();
        mvc.perform(post("/api/impact?asOf=2026-11-22").contentType("application/yaml").header("Accept-Language", "ru-RU").content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "ru"))
                .andExpect(header().stringValues("Vary", hasItem("Accept-Language")))
                .andExpect(jsonPath("$.change.id").value("CR-2027-014"));
        mvc.perform(post("/api/impact?asOf=2026-11-22&lang=en").contentType("application/yaml").header("Accept-Language", "ru-RU").content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "en"));
        mvc.perform(post("/api/impact?lang=xx").contentType("application/yaml").content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/bad-parameter"))
                .andExpect(jsonPath("$.problems[0].parameter").value("lang"));
    }

    @Test
    void aRussianClientGetsTheReasonsFormulasAndChecklistInRussian() throws Exception {
        String body = "change:\n" + indent(sample("changes/crm-replaces-jira.yaml"), "  ") + portfolio();
        mvc.perform(post("/api/impact?asOf=2026-11-22").contentType("application/yaml").header("Accept-Language", "ru").content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.classification.reason").value("Стандарт относит новую ИТ-систему к существенным изменениям "
                        + "(новый канал обслуживания, новая ИТ-система, новый продукт или услуга, изменение системы мотивации персонала): "
                        + "ведите его как проект."))
                .andExpect(jsonPath("$.affected[0].exposure.costs[0]")
                        .value("file-claim@phone: 13\u00A0700 обращений/мес. x 420 с / 60 x 9 RUB/мин x 12 мес. = 10\u00A0357\u00A0200 RUB"))
                .andExpect(jsonPath("$.affected[0].stages[0].steps[0].reasons[0].match").value("работает в системе CRM"))
                .andExpect(jsonPath("$.checklist[6].title").value("Провести аудит и тестирование в начале внедрения и внести исправления"))
                .andExpect(jsonPath("$.checklist[6].known[0]").value("Рекомендуемый ранний аудит: 15.03.2027, через 14 дней после начала "
                        + "внедрения, до первого ежемесячного измерения затронутых путей клиента 01.04.2027."));
    }
}
