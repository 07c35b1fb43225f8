package org.journeyaudit.engine.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.journeyaudit.engine.document.Fields;
import org.journeyaudit.engine.fact.Elements;
import org.journeyaudit.engine.fact.JourneyFacts;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Channel;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.Told;
import org.journeyaudit.engine.journey.Touchpoint;
import org.journeyaudit.engine.journey.TouchpointStatus;

/**
 * Judges custom checks with fixed Java over the journey model. Nothing a check says is compiled or
 * interpreted: ids, names and texts are only compared with what the journey holds, and the message is
 * copied with its placeholders replaced.
 */
final class CheckEvaluator {

    /** One element a check judges: the journey, and the stage, touchpoint or item when the target is one. */
    private record Element(Journey journey, Stage stage, Touchpoint touchpoint, String item) {
    }

    /** Why an element fails: where, what is involved, what was found, and the values for the message. */
    private record Failure(String stage, List<String> elements, Map<String, Object> evidence, Map<String, String> values) {
    }

    private CheckEvaluator() {
    }

    static List<Finding> evaluate(CustomCheck check, Journey journey) {
        List<Finding> findings = new ArrayList<>();
        for (Element element : select(check.selector(), journey)) {
            Failure failure = judge(check.condition(), element);
            if (failure != null) {
                Finding.Builder finding = Finding.of(check.ruleId()).stage(failure.stage()).elements(failure.elements());
                failure.evidence().forEach(finding::evidence);
                findings.add(finding.saying(message(check.message(), failure.values())));
            }
        }
        return findings;
    }

    /** The longest message a check's finding carries: a message repeating a long placeholder is cut here. */
    static final int MAX_MESSAGE = 2000;

    /**
     * Plain replacement of the known placeholders, in one pass (a value that holds a placeholder's name is
     * copied as it is); anything else in the message is printed as written. The message is built only up
     * to {@link #MAX_MESSAGE} characters and cut there with "…", so that a template repeating a long value
     * costs no more than that.
     */
    static String message(String template, Map<String, String> values) {
        StringBuilder message = new StringBuilder();
        int at = 0;
        while (at < template.length() && message.length() <= MAX_MESSAGE) {
            String value = null;
            int end = -1;
            if (template.charAt(at) == '{') {
                end = template.indexOf('}', at);
                String name = end < 0 ? null : template.substring(at + 1, end);
                value = name != null && CustomCheck.PLACEHOLDERS.contains(name) ? values.get(name) : null;
            }
            if (value != null) {
                message.append(value, 0, Math.min(value.length(), MAX_MESSAGE + 1 - message.length()));
                at = end + 1;
            } else {
                message.append(template.charAt(at));
                at++;
            }
        }
        if (message.length() > MAX_MESSAGE) {
            message.setLength(MAX_MESSAGE - 1);
            if (Character.isHighSurrogate(message.charAt(message.length() - 1))) {
                message.setLength(message.length() - 1); // never half a character
            }
            message.append('\u2026');
        }
        return message.toString();
    }

    private static List<Element> select(Selector selector, Journey journey) {
        List<Element> selected = new ArrayList<>();
        switch (selector.target()) {
            case JOURNEY -> {
                if (selector.key() == null || selector.key() == journey.key()) {
                    selected.add(new Element(journey, null, null, null));
                }
            }
            case STAGE -> journey.stages().stream().filter(s -> stageMatches(selector, s))
                    .forEach(s -> selected.add(new Element(journey, s, null, null)));
            case TOUCHPOINT -> {
                TouchpointStatus status = selector.status() == null ? TouchpointStatus.PRESENT : selector.status();
                for (Stage stage : journey.stages()) {
                    if (selector.stage() != null && !selector.stage().equals(stage.id())) {
                        continue;
                    }
                    for (Touchpoint touchpoint : stage.touchpoints()) {
                        boolean matches = touchpoint.status() == status
                                && (selector.channel() == null || selector.channel().equals(touchpoint.channel()))
                                // a mode is how a channel serves: advertising or a partner is neither assisted nor self-service
                                && (selector.channelMode() == null || journey.channel(touchpoint.channel()).filter(Channel::serves)
                                        .map(Channel::mode).orElse(null) == selector.channelMode());
                        if (matches) {
                            selected.add(new Element(journey, stage, touchpoint, null));
                        }
                    }
                }
            }
            case ITEM -> told(journey).keySet().stream().filter(k -> selector.item() == null || selector.item().equals(k))
                    .forEach(k -> selected.add(new Element(journey, null, null, k)));
        }
        return selected;
    }

    private static boolean stageMatches(Selector selector, Stage stage) {
        if (selector.stage() != null && !selector.stage().equals(stage.id())) {
            return false;
        }
        if (selector.nameContains() == null) {
            return true;
        }
        String name = stage.displayName();
        // a literal substring: the text is never compiled into a pattern
        return name.toLowerCase(Locale.ROOT).contains(selector.nameContains().toLowerCase(Locale.ROOT));
    }

    /**
     * Every item the customer is told ({@link Journey#told()}: present touchpoints, on any channel the customer meets),
     * in journey order: touchpoint element to the value told.
     */
    private static Map<String, Map<String, String>> told(Journey journey) {
        Map<String, Map<String, String>> items = new LinkedHashMap<>();
        for (Told told : journey.told()) {
            items.computeIfAbsent(told.item(), k -> new LinkedHashMap<>()).put(Elements.touchpoint(told.stage().id(), told.channel()), told.value());
        }
        return items;
    }

    private static Failure judge(Condition condition, Element element) {
        return switch (condition.operator()) {
            case PRESENT_ON -> presentOn(condition, element);
            case SAME_ON_ALL_CHANNELS -> sameOnAllChannels(element);
            case MAX_HANDOFFS -> maxHandoffs(condition, element);
            case EQUALS, NOT_EQUALS, AT_LEAST, AT_MOST -> compare(condition, element);
        };
    }

    private static Failure presentOn(Condition condition, Element element) {
        Journey journey = element.journey();
        Stage stage = element.stage() != null ? element.stage() : journey.stage(condition.stage()).orElse(null);
        String stageId = stage != null ? stage.id() : condition.stage();
        Map<String, String> values = values(element);
        values.put("stage", stageId);
        values.put("channel", condition.channel());
        if (stage == null) {
            values.put("value", "no such stage");
            return new Failure(null, List.of(Elements.journey(journey.id())), evidence("stage", "none"), values);
        }
        Touchpoint cell = stage.cell(condition.channel()).orElse(null);
        if (cell != null && cell.present()) {
            return null;
        }
        String status = cell == null ? "none" : cell.status().word();
        values.put("value", status);
        return new Failure(stage.id(), List.of(Elements.touchpoint(stage.id(), condition.channel())), evidence("status", status), values);
    }

    private static Failure sameOnAllChannels(Element element) {
        Map<String, String> told = told(element.journey()).get(element.item());
        if (told.values().stream().map(JourneyFacts::fold).distinct().count() <= 1) {
            return null;
        }
        List<String> elements = new ArrayList<>(List.of(Elements.item(element.item())));
        elements.addAll(told.keySet());
        List<String> stages = told.keySet().stream().map(t -> t.substring(t.indexOf(':') + 1, t.lastIndexOf('@'))).distinct().toList();
        List<String> shown = new ArrayList<>();
        told.forEach((touchpoint, value) -> shown.add("\"" + value + "\" on " + Elements.id(touchpoint)));
        Map<String, String> values = values(element);
        values.put("value", String.join(", ", shown));
        Map<String, Object> evidence = new LinkedHashMap<>();
        told.forEach((touchpoint, value) -> evidence.put(Elements.id(touchpoint), value));
        return new Failure(stages.size() == 1 ? stages.get(0) : null, elements, evidence, values);
    }

    private static Failure maxHandoffs(Condition condition, Element element) {
        List<String> receiving = handoffs(element.stage());
        if (receiving.size() <= condition.max()) {
            return null;
        }
        List<String> elements = new ArrayList<>(List.of(Elements.stage(element.stage().id())));
        elements.addAll(Elements.steps(receiving));
        Map<String, String> values = values(element);
        values.put("value", String.valueOf(receiving.size()));
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("handoffs", (long) receiving.size());
        evidence.put("max", (long) condition.max());
        return new Failure(element.stage().id(), elements, evidence, values);
    }

    /**
     * The steps that receive work from another person (as the handoff rules infer it: automated steps aside); a planned
     * handoff counts too, since a check's limit is the owner's own.
     */
    private static List<String> handoffs(Stage stage) {
        return stage.handoffs().stream().map(h -> h.to().id()).toList();
    }

    private static Failure compare(Condition condition, Element element) {
        Object actual = read(condition.field(), element);
        if (actual == null) {
            return null; // a figure the document does not give is not judged
        }
        Object expected = condition.value();
        boolean holds = switch (condition.operator()) {
            case EQUALS -> same(actual, expected);
            case NOT_EQUALS -> !same(actual, expected);
            case AT_LEAST -> (Double) actual >= (Double) expected;
            case AT_MOST -> (Double) actual <= (Double) expected;
            default -> throw new IllegalStateException(condition.operator() + " is no comparison");
        };
        if (holds) {
            return null;
        }
        Map<String, String> values = values(element);
        values.put("value", shown(actual));
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put(condition.field().fieldName(), plain(actual));
        evidence.put("expected", condition.operator().word() + " " + condition.shown());
        return new Failure(element.stage() == null ? null : element.stage().id(), List.of(elementName(element)), evidence, values);
    }

    private static boolean same(Object actual, Object expected) {
        if (actual instanceof String a && expected instanceof String e) {
            return JourneyFacts.fold(a).equals(JourneyFacts.fold(e));
        }
        return actual.equals(expected);
    }

    /** The allow-listed fields, read by fixed code; null where the document does not give the figure. */
    private static Object read(CheckField field, Element element) {
        Journey journey = element.journey();
        Stage stage = element.stage();
        Touchpoint touchpoint = element.touchpoint();
        return switch (field) {
            case JOURNEY_OWNER -> journey.owner() == null || journey.owner().isBlank() ? null : journey.owner();
            case JOURNEY_KEY -> journey.key();
            case JOURNEY_STAGES -> (double) journey.stages().size();
            case STAGE_STEPS -> (double) stage.steps().size();
            case STAGE_HANDOFFS -> (double) handoffs(stage).size();
            case STAGE_EMOTION -> stage.emotion() == null ? null : stage.emotion().doubleValue();
            case STAGE_CHANNELS -> (double) stage.presentChannels().size();
            case TOUCHPOINT_STATUS -> touchpoint.status().word();
            case TOUCHPOINT_NOTIFIES -> Boolean.TRUE.equals(touchpoint.notifies()); // left out, a touchpoint does not notify
            case TOUCHPOINT_TRANSFERS -> touchpoint.transfers();
            case TOUCHPOINT_VOLUME -> touchpoint.volumePerMonth();
            case TOUCHPOINT_HANDLE -> touchpoint.handleSeconds();
            case TOUCHPOINT_OUTCOME -> touchpoint.outcome() == null || touchpoint.outcome().isBlank() ? null : touchpoint.outcome();
            case ITEM_CHANNELS -> (double) told(journey).get(element.item()).size();
        };
    }

    private static String elementName(Element element) {
        if (element.item() != null) {
            return Elements.item(element.item());
        }
        if (element.touchpoint() != null) {
            return Elements.touchpoint(element.stage().id(), element.touchpoint().channel());
        }
        if (element.stage() != null) {
            return Elements.stage(element.stage().id());
        }
        return Elements.journey(element.journey().id());
    }

    private static Map<String, String> values(Element element) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("journey", element.journey().id());
        if (element.stage() != null) {
            values.put("stage", element.stage().id());
        }
        if (element.touchpoint() != null) {
            values.put("channel", element.touchpoint().channel());
        }
        if (element.item() != null) {
            values.put("item", element.item());
        }
        return values;
    }

    private static Map<String, Object> evidence(String name, Object value) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put(name, value);
        return evidence;
    }

    private static String shown(Object value) {
        return value instanceof Double number ? Fields.format(number) : String.valueOf(value);
    }

    /** Whole numbers as whole numbers in the evidence (3, not 3.0). */
    private static Object plain(Object value) {
        return value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15 ? (Object) number.longValue() : value;
    }
}
