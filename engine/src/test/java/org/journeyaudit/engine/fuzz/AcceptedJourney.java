package org.journeyaudit.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.journey.Channel;
import org.journeyaudit.engine.journey.Decision;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Sla;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.Suppression;
import org.journeyaudit.engine.journey.Touchpoint;

/**
 * What a journey the reader accepts may hold: every number, date and duration within its documented
 * range, every list and text within its documented limit (README, "The journey document"). A reader
 * that lets anything else through hands the rules a value they were never written for.
 */
public final class AcceptedJourney {

    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);
    private static final int IDENTIFIER = 200;
    private static final int TEXT = 4000;
    private static final int LIST = 100;

    private AcceptedJourney() {
    }

    /**
     * Reads a fuzzed document as a journey: null when the reader refuses it (with plain, located problems),
     * otherwise the journey, read from valid UTF-8 without any refused YAML feature and within every limit.
     */
    public static Journey readOrRefused(JourneyReader reader, byte[] document, DocumentFormat format) {
        Journey journey;
        try {
            journey = reader.read("journey." + format.name().toLowerCase(java.util.Locale.ROOT), document, format);
        } catch (InvalidDocumentException refused) {
            DocumentContract.refusedPlainly(refused, document);
            return null;
        }
        assertThat(DocumentContract.isUtf8(document)).as("a document read although it is not UTF-8").isTrue();
        assertThat(YamlFeatures.refusedIn(DocumentContract.decoded(document), format)).as("a refused YAML feature in a document read").isEmpty();
        assertWithinLimits(journey);
        return journey;
    }

    public static void assertWithinLimits(Journey journey) {
        assertThat(journey.id()).as("journey id").isNotBlank();
        identifier("journey id", journey.id());
        texts("journey", journey.name(), journey.version(), journey.owner(), journey.segment(), journey.product(), journey.currency());
        if (journey.economics() != null) {
            number("costPerMinute", journey.economics().costPerMinute(), 0, 1_000_000);
            if (journey.economics().monthsPerYear() != null) {
                assertThat(journey.economics().monthsPerYear()).as("monthsPerYear").isBetween(1, 12);
            }
        }
        if (journey.measurement() != null) {
            date("lastMeasured", journey.measurement().lastMeasured());
            date("lastAnalysed", journey.measurement().lastAnalysed());
            date("lastReviewed", journey.measurement().lastReviewed());
        }
        map("metrics", journey.metrics());
        journey.metrics().forEach((name, value) -> number("metric " + name, value, -1_000_000, 1_000_000));
        count("channels", journey.channels(), LIST);
        for (Channel channel : journey.channels()) {
            identifier("channel id", channel.id());
            texts("channel", channel.name());
            number("channel costPerMinute", channel.costPerMinute(), 0, 1_000_000);
        }
        count("stages", journey.stages(), 1000);
        count("steps", journey.stages().stream().flatMap(s -> s.steps().stream()).toList(), 10_000);
        count("touchpoints", journey.stages().stream().flatMap(s -> s.touchpoints().stream()).toList(), 10_000);
        count("information items told", journey.stages().stream().flatMap(s -> s.touchpoints().stream())
                .flatMap(t -> t.info() == null ? java.util.stream.Stream.empty() : t.info().keySet().stream()).toList(), 10_000);
        journey.stages().forEach(AcceptedJourney::stage);
        count("suppressions", journey.suppressions(), 1000);
        for (Suppression suppression : journey.suppressions()) {
            date("expires", suppression.expires());
            texts("suppression", suppression.reason());
        }
    }

    private static void stage(Stage stage) {
        identifier("stage id", stage.id());
        texts("stage " + stage.id(), stage.name(), stage.goal());
        texts("pains", stage.pains().toArray(String[]::new));
        if (stage.emotion() != null) {
            assertThat(stage.emotion()).as("emotion of stage %s", stage.id()).isBetween(-3, 3);
        }
        stage.touchpoints().forEach(AcceptedJourney::touchpoint);
        stage.steps().forEach(AcceptedJourney::step);
        for (Decision decision : stage.decisions()) {
            identifier("decision id", decision.id());
            items("decision uses", decision.uses());
        }
        items("outcomes", stage.outcomes());
    }

    private static void touchpoint(Touchpoint touchpoint) {
        identifier("touchpoint channel", touchpoint.channel());
        number("volumePerMonth", touchpoint.volumePerMonth(), 0, 100_000_000);
        number("handleSeconds", touchpoint.handleSeconds(), 0, 86_400);
        number("transfers", touchpoint.transfers(), 0, 100);
        date("infoVerified", touchpoint.infoVerified());
        texts("touchpoint", touchpoint.reason(), touchpoint.outcome(), touchpoint.outcomeReason());
        if (touchpoint.info() != null) {
            touchpoint.info().forEach((item, told) -> {
                identifier("item key", item);
                texts("information told", told);
            });
        }
        Sla sla = touchpoint.sla();
        if (sla != null) {
            duration("sla standard", sla.standard());
            duration("sla target", sla.target());
        }
    }

    private static void step(Step step) {
        identifier("step id", step.id());
        identifier("actor", step.actor());
        identifier("system", step.system());
        texts("step " + step.id(), step.name(), step.repeatReason(), step.handoffReason());
        number("minutes", step.minutes(), 0, 525_600);
        number("waitMinutes", step.waitMinutes(), 0, 525_600);
        number("recontactRate", step.recontactRate(), 0, 1);
        items("asksCustomer", step.asksCustomer());
        items("uses", step.uses());
        items("produces", step.produces());
        // an obligation is accepted only with the rule that imposes it
        assertThat(step.mandated() == null).as("step %s mandated without its reason", step.id()).isEqualTo(step.mandateReason() == null);
        texts("mandateReason", step.mandateReason());
    }

    private static void items(String list, List<String> items) {
        count(list, items, LIST);
        items.forEach(item -> identifier(list, item));
    }

    private static void count(String list, Collection<?> elements, int limit) {
        assertThat(elements.size()).as("entries of '%s'", list).isLessThanOrEqualTo(limit);
    }

    private static void map(String name, Map<String, Double> entries) {
        assertThat(entries).as(name).isNotNull();
        entries.keySet().forEach(key -> identifier(name, key));
    }

    private static void number(String field, Double value, double least, double most) {
        if (value != null) {
            assertThat(value).as("'%s'", field).isBetween(least, most);
        }
    }

    private static void date(String field, LocalDate value) {
        if (value != null) {
            assertThat(value).as("'%s'", field).isBetween(FIRST_DAY, LAST_DAY);
        }
    }

    private static void duration(String field, Duration value) {
        if (value != null) {
            assertThat(value).as("'%s'", field).isBetween(Duration.ZERO, Duration.ofDays(3650));
        }
    }

    private static void identifier(String field, String value) {
        if (value != null) {
            assertThat(value.length()).as("characters of the %s", field).isLessThanOrEqualTo(IDENTIFIER);
        }
    }

    private static void texts(String field, String... values) {
        for (String value : values) {
            if (value != null) {
                assertThat(value.length()).as("characters of a text of the %s", field).isLessThanOrEqualTo(TEXT);
            }
        }
    }
}
