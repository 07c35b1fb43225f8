package org.journeyaudit.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.FindingKey;
import org.journeyaudit.engine.audit.SuppressedFinding;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.DocumentParser;
import org.journeyaudit.engine.document.ElementLocations;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Suppression;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.rulebase.RuleDescription;
import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SARIF report, without the rule pack: a journey read from text (so its elements have lines and columns), findings
 * built by hand, and the output checked whole and against the SARIF 2.1.0 schema as OASIS publishes it.
 */
class SarifReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    static final String CLAIM = """
            id: claim
            channels:
              - {id: phone, mode: assisted}
              - {id: app, mode: self-service}
            stages:
              - id: file-claim
                touchpoints:
                  - {channel: phone, status: present}
                  - {channel: app, status: absent, reason: Not built yet}
                steps:
                  - {id: register, actor: L1, kind: work, minutes: 4, asksCustomer: [policy.number]}
                  - id: ask-photo
                    actor: L1
                    kind: work
                    minutes: 2
                    asksCustomer: [policy.number]
            """;

    static final RuleDescription REPEAT = new RuleDescription("redundancy/repeated-request", "The customer is asked again",
            Severity.WARNING, Map.of(), "# redundancy/repeated-request: The customer is asked again\n\n## Why it matters\n"
                    + "Asking twice costs the customer time\nand trust.\n\n## What triggers it\nA repeat.\n");
    static final RuleDescription GAP = new RuleDescription("coverage/channel-gap", "A channel is missing", Severity.INFO, Map.of(), "");

    static Journey journey() {
        return new JourneyReader().read("claim.yaml", CLAIM.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
    }

    static ElementLocations locations() {
        DocumentParser.Parsed parsed = new JourneyReader().parse("claim.yaml", CLAIM.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
        return ElementLocations.of(parsed.root());
    }

    static Finding repeat() {
        return Finding.of("redundancy/repeated-request").stage("file-claim").subject("step:ask-photo").element("first", "step:register")
                .element("item:policy.number").build().reported("F1", Severity.WARNING).worded("policy.number is asked again at ask-photo");
    }

    static Finding gap() {
        return Finding.of("coverage/channel-gap").stage("file-claim").subject("touchpoint:file-claim@app").build()
                .reported("S1", Severity.INFO).worded("The app is missing at file-claim");
    }

    static Audit audit() {
        Suppression accepted = new Suppression("coverage/channel-gap", "touchpoint:file-claim@app", "Planned for 2027", null, "claim.yaml");
        Finding actor = Finding.of("redundancy/repeated-request").stage("file-claim").subject("actor:l1").build()
                .reported("F2", Severity.WARNING).worded("L1 works twice");
        return new Audit(journey(), AS_OF, List.of(repeat()), List.of(), "recommended", List.of(new SuppressedFinding(gap(), accepted)),
                List.of(), List.of(actor));
    }

    @Test
    void oneRunListsTheCatalogueAndLocatesEachFindingAtItsElement() {
        String sarif = SarifReport.write(List.of(new SarifReport.Source(audit(), "journeys/my%20claim.yaml", locations())),
                List.of(REPEAT, GAP), "0.1.0", Language.EN);

        assertThat(sarif).isEqualTo(EXPECTED);
        assertThat(schemaErrors(sarif)).isEmpty();
    }

    @Test
    void fingerprintsIgnoreMessageLanguageNumberAndElementOrder() {
        Finding reordered = Finding.of("redundancy/repeated-request").stage("file-claim").element("item:policy.number")
                .element("first", "step:register").subject("step:ask-photo").build().reported("F7", Severity.ERROR)
                .worded("другие слова");

        assertThat(FindingKey.of("claim", reordered).fingerprint()).isEqualTo(FindingKey.of("claim", repeat()).fingerprint())
                .isEqualTo("e8ccf891b1fb408b1d77d685c2efb4051f0e4193647b12d65b9a3401d1a1b722");
        assertThat(FindingKey.of("other-journey", repeat()).fingerprint()).isNotEqualTo(FindingKey.of("claim", repeat()).fingerprint());
    }

    @Test
    void russianRulesAndMessagesKeepIdsAndSayBaselinedInRussian() throws IOException {
        JsonNode run = JSON.readTree(SarifReport.write(List.of(new SarifReport.Source(audit(), "claim.yaml", locations())),
                List.of(REPEAT, GAP), "0.1.0", Language.RU)).get("runs").get(0);

        assertThat(run.get("language").asString()).isEqualTo("ru");
        assertThat(run.get("results").get(2).get("suppressions").get(0).get("justification").asString())
                .isEqualTo("Есть в базовом списке: известное замечание, принятое при его составлении; аудит не проходят только новые замечания");
        assertThat(run.get("results").get(2).get("ruleId").asString()).isEqualTo("redundancy/repeated-request");
    }

    @Test
    void theSchemaRefusesAReportThatBreaksIt() {
        String sarif = SarifReport.write(List.of(new SarifReport.Source(audit(), "claim.yaml", locations())), List.of(REPEAT, GAP),
                "0.1.0", Language.EN).replace("\"level\" : \"note\"", "\"level\" : \"info\"");

        assertThat(schemaErrors(sarif)).extracting(e -> e.getInstanceLocation() + ": " + e.getMessage()).containsExactly(
                "/runs/0/tool/driver/rules/1/defaultConfiguration/level: does not have a value in the enumeration [\"none\", \"note\", \"warning\", \"error\"]",
                "/runs/0/results/1/level: does not have a value in the enumeration [\"none\", \"note\", \"warning\", \"error\"]");
    }

    static List<Error> schemaErrors(String sarif) {
        try (InputStream schema = SarifReportTest.class.getResourceAsStream("sarif/sarif-schema-2.1.0.json")) {
            Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema);
            return validator.validate(JSON.readTree(sarif));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static final String EXPECTED = """
            {
              "$schema" : "https://json.schemastore.org/sarif-2.1.0.json",
              "version" : "2.1.0",
              "runs" : [ {
                "tool" : {
                  "driver" : {
                    "name" : "journey-audit",
                    "version" : "0.1.0",
                    "rules" : [ {
                      "id" : "redundancy/repeated-request",
                      "shortDescription" : {
                        "text" : "The customer is asked again"
                      },
                      "fullDescription" : {
                        "text" : "Asking twice costs the customer time and trust."
                      },
                      "help" : {
                        "text" : "# redundancy/repeated-request: The customer is asked again\\n\\n## Why it matters\\nAsking twice costs the customer time\\nand trust.\\n\\n## What triggers it\\nA repeat.",
                        "markdown" : "# redundancy/repeated-request: The customer is asked again\\n\\n## Why it matters\\nAsking twice costs the customer time\\nand trust.\\n\\n## What triggers it\\nA repeat."
                      },
                      "defaultConfiguration" : {
                        "level" : "warning"
                      },
                      "properties" : {
                        "tags" : [ "redundancy" ]
                      }
                    }, {
                      "id" : "coverage/channel-gap",
                      "shortDescription" : {
                        "text" : "A channel is missing"
                      },
                      "fullDescription" : {
                        "text" : "A channel is missing"
                      },
                      "help" : {
                        "text" : "A channel is missing",
                        "markdown" : "A channel is missing"
                      },
                      "defaultConfiguration" : {
                        "level" : "note"
                      },
                      "properties" : {
                        "tags" : [ "coverage" ]
                      }
                    } ]
                  }
                },
                "language" : "en",
                "columnKind" : "unicodeCodePoints",
                "results" : [ {
                  "ruleId" : "redundancy/repeated-request",
                  "ruleIndex" : 0,
                  "level" : "warning",
                  "message" : {
                    "text" : "policy.number is asked again at ask-photo"
                  },
                  "locations" : [ {
                    "physicalLocation" : {
                      "artifactLocation" : {
                        "uri" : "journeys/my%20claim.yaml"
                      },
                      "region" : {
                        "startLine" : 12,
                        "startColumn" : 9
                      }
                    },
                    "logicalLocations" : [ {
                      "name" : "step:ask-photo",
                      "fullyQualifiedName" : "claim/step:ask-photo"
                    } ]
                  } ],
                  "partialFingerprints" : {
                    "journeyFinding/v1" : "e8ccf891b1fb408b1d77d685c2efb4051f0e4193647b12d65b9a3401d1a1b722"
                  },
                  "properties" : {
                    "finding" : "F1",
                    "journey" : "claim",
                    "stage" : "file-claim",
                    "elements" : [ "step:ask-photo", "step:register", "item:policy.number" ]
                  }
                }, {
                  "ruleId" : "coverage/channel-gap",
                  "ruleIndex" : 1,
                  "level" : "note",
                  "message" : {
                    "text" : "The app is missing at file-claim"
                  },
                  "locations" : [ {
                    "physicalLocation" : {
                      "artifactLocation" : {
                        "uri" : "journeys/my%20claim.yaml"
                      },
                      "region" : {
                        "startLine" : 9,
                        "startColumn" : 9
                      }
                    },
                    "logicalLocations" : [ {
                      "name" : "touchpoint:file-claim@app",
                      "fullyQualifiedName" : "claim/touchpoint:file-claim@app"
                    } ]
                  } ],
                  "partialFingerprints" : {
                    "journeyFinding/v1" : "50037ae8ce8a4604940eaa1d77ad42905999724f14413573752a6854470f17eb"
                  },
                  "properties" : {
                    "finding" : "S1",
                    "journey" : "claim",
                    "stage" : "file-claim",
                    "elements" : [ "touchpoint:file-claim@app" ]
                  },
                  "suppressions" : [ {
                    "kind" : "external",
                    "justification" : "Planned for 2027"
                  } ]
                }, {
                  "ruleId" : "redundancy/repeated-request",
                  "ruleIndex" : 0,
                  "level" : "warning",
                  "message" : {
                    "text" : "L1 works twice"
                  },
                  "locations" : [ {
                    "physicalLocation" : {
                      "artifactLocation" : {
                        "uri" : "journeys/my%20claim.yaml"
                      },
                      "region" : {
                        "startLine" : 11,
                        "startColumn" : 9
                      }
                    },
                    "logicalLocations" : [ {
                      "name" : "actor:l1",
                      "fullyQualifiedName" : "claim/actor:l1"
                    } ]
                  } ],
                  "partialFingerprints" : {
                    "journeyFinding/v1" : "acc37ae0cea260d17cd4816b7a9fe85e31a22abf6e782ee16fac456c2a9a5011"
                  },
                  "properties" : {
                    "finding" : "F2",
                    "journey" : "claim",
                    "stage" : "file-claim",
                    "elements" : [ "actor:l1" ]
                  },
                  "suppressions" : [ {
                    "kind" : "external",
                    "justification" : "In the baseline: a known finding, accepted when the baseline was made; only new findings fail the audit"
                  } ]
                } ]
              } ]
            }
            """;
}
