package org.journeyaudit.service.registry;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonValue;

/** JSON kept as text (a report as it was answered), written into an answer as it is rather than as a string. */
record RawJson(String json) {

    @JsonValue
    @JsonRawValue
    public String json() {
        return json;
    }
}
