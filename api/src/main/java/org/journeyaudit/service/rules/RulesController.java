package org.journeyaudit.service.rules;

import org.journeyaudit.engine.document.NearestName;
import org.journeyaudit.engine.report.JsonReport;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.engine.rulebase.RuleCatalogue;
import org.journeyaudit.service.problem.UnknownRuleException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** The rule catalogue and each rule's documentation. */
@RestController
@RequestMapping(path = "/api/rules", produces = MediaType.APPLICATION_JSON_VALUE)
class RulesController {

    private final RuleCatalogue catalogue;

    RulesController(RuleBase ruleBase) {
        this.catalogue = ruleBase.catalogue();
    }

    @Operation(summary = "The rule catalogue: id, family, title, default severity and parameters of every rule")
    @GetMapping
    ResponseEntity<String> catalogue() {
        return json(JsonReport.write(JsonReport.catalogue(catalogue.rules())));
    }

    @Operation(summary = "One rule with its documentation (Markdown)", description = "Rule ids have two parts: /api/rules/handoff/ping-pong")
    @GetMapping("/{family}/{slug}")
    ResponseEntity<String> rule(@PathVariable String family, @PathVariable String slug) {
        String id = family + "/" + slug;
        return catalogue.rule(id)
                .map(rule -> json(JsonReport.write(JsonReport.rule(rule, true))))
                .orElseThrow(() -> new UnknownRuleException("unknown rule '" + id + "'" + NearestName.hint(id, catalogue.ids())));
    }

    private static ResponseEntity<String> json(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
