package org.journeyaudit.service.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.journeyaudit.service.AsyncAware;
import org.journeyaudit.service.ServiceSliceConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** {@code csv=excel} and {@code csvDelimiter} on the compliance CSV: the bytes a spreadsheet opens in columns. */
@WebMvcTest(ComplianceController.class)
@Import(ServiceSliceConfiguration.class)
class ExcelCsvAnswerTest {

    @Autowired
    MockMvc mvc;

    private static String batch() throws Exception {
        Object journey = YAMLMapper.builder().build().readValue(Path.of("../samples/retail-defective-goods.yaml").toFile(), Object.class);
        return "{\"journeys\": [" + JsonMapper.builder().build().writeValueAsString(journey) + "]}";
    }

    private byte[] answer(String query) throws Exception {
        return AsyncAware.perform(mvc, post("/api/compliance?asOf=2026-11-22" + query).contentType("application/json")
                        .header("Accept", "text/csv").content(batch()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void excelIsTheSameMatrixWithAByteOrderMarkAndSemicolons() throws Exception {
        String plain = new String(answer(""), StandardCharsets.UTF_8);
        byte[] excel = answer("&csv=excel");

        assertThat(plain).startsWith("journey,version,consistency/conflicting-info,");
        assertThat(excel).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(excel, 3, excel.length - 3, StandardCharsets.UTF_8)).isEqualTo(plain.replace(',', ';'));
        assertThat(new String(answer("&csvDelimiter=tab"), StandardCharsets.UTF_8)).isEqualTo(plain.replace(',', '\t'));
        assertThat(new String(answer("&csv=plain&csvDelimiter=;"), StandardCharsets.UTF_8)).isEqualTo(plain.replace(',', ';'));
    }

    @Test
    void anUnknownDialectOrDelimiterIsABadParameterAtIt() throws Exception {
        AsyncAware.perform(mvc, post("/api/compliance?csv=calc").contentType("application/json").header("Accept", "text/csv").content(batch()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/bad-parameter"))
                .andExpect(jsonPath("$.detail").value("csv: 'calc' is not a CSV dialect: plain (RFC 4180, comma) or excel "
                        + "(UTF-8 byte order mark, semicolons, for a spreadsheet)"))
                .andExpect(jsonPath("$.problems[0].parameter").value("csv"))
                .andExpect(jsonPath("$.problems[0].value").value("calc"))
                .andExpect(jsonPath("$.problems[0].allowed[1]").value("excel"));
        AsyncAware.perform(mvc, post("/api/compliance?csvDelimiter=|").contentType("application/json").header("Accept", "text/csv").content(batch()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("csvDelimiter: '|' is not a CSV delimiter: , ; or tab"))
                .andExpect(jsonPath("$.problems[0].parameter").value("csvDelimiter"))
                .andExpect(jsonPath("$.problems[0].allowed[2]").value("tab"));
    }
}
