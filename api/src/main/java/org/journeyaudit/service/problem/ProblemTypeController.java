package org.journeyaudit.service.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves the explanation behind each problem {@code type}, so that the URI of a type leads somewhere. */
@RestController
class ProblemTypeController {

    @GetMapping(path = "/problems/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> type(@PathVariable String slug) {
        ProblemType type = ProblemType.ofSlug(slug)
                .orElseThrow(() -> new UnknownProblemTypeException(slug));
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("type", type.uri().toString());
        description.put("status", type.status().value());
        description.put("title", type.title());
        description.put("description", type.description());
        return description;
    }
}
