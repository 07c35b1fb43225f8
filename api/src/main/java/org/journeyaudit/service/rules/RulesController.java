package org.journeyaudit.service.rules;

import org.journeyaudit.engine.document.NearestName;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.report.JsonReport;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.engine.rulebase.RuleCatalogue;
import org.journeyaudit.service.problem.UnknownRuleException;
import org.journeyaudit.service.request.ServiceRequests;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** The rule catalogue and each rule's documentation. */
@RestController
@RequestMapping(path = "/api/rules", produces = MediaType.APPLICATION_JSON_VALUE)
class RulesController {

    private final RuleCatalogue catalogue;
    private final ServiceRequests requests;

    RulesController(RuleBase ruleBase, ServiceRequests requests) {
        this.catalogue = ruleBase.catalogue();
        this.requests = requests;
    }

    @Operation(summary = "The rule catalogue: id, family, title, default severity and parameters of every rule",
            description = "Titles in the language of lang (en, ru) or else of Accept-Language; English by default.")
    @GetMapping
    ResponseEntity<String> catalogue(@RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return json(JsonReport.write(JsonReport.catalogue(catalogue.rules(), language(lang, acceptLanguage))));
    }

    @Operation(summary = "One rule with its documentation (Markdown)", description = "Rule ids have two parts: /api/rules/handoff/ping-pong. "
            + "The title in the language of lang (en, ru) or else of Accept-Language; the documentation is written in English.")
    @GetMapping("/{family}/{slug}")
    ResponseEntity<String> rule(@PathVariable String family, @PathVariable String slug, @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        String id = family + "/" + slug;
        Language language = language(lang, acceptLanguage);
        return catalogue.rule(id)
                .map(rule -> json(JsonReport.write(JsonReport.rule(rule, true, language))))
                .orElseThrow(() -> new UnknownRuleException("unknown rule '" + id + "'" + NearestName.hint(id, catalogue.ids())));
    }

    /** Read as the audits read it: an explicit lang beats Accept-Language, and an unknown lang is a 400 problem. */
    private Language language(String lang, String acceptLanguage) {
        return requests.read(null, null, null, lang, acceptLanguage).language();
    }

    private static ResponseEntity<String> json(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
