package org.journeyaudit.engine.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journey written as a workbook reads back, sheet by sheet, to the same journey for the fields each sheet holds. */
class JourneyWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void anImportedMapWrittenAsAWorkbookImportsToTheSameDocument() throws IOException {
        ImportedJourney imported = TestGrids.imported(Path.of("../samples/spreadsheets/fitness-club-map.xlsx"));
        Path workbook = Files.write(dir.resolve("fitness.xlsx"), JourneyWorkbook.write(imported.journey(), Language.RU));

        ImportedJourney again = TestGrids.imported(workbook);

        assertThat(again.yaml()).isEqualTo(imported.yaml());
        assertThat(again.unmapped()).isEmpty();
        assertThat(WorkbookGrids.sheetNames(workbook, GridLimits.DEFAULT)).containsExactly("Карта пути", "Покрытие", "Каналы");
    }

    @Test
    void aFullMapKeepsItsGridFieldsAndItsCoverageThroughAWorkbook() throws IOException {
        Journey journey = new JourneyReader().read(Path.of("../samples/maps/fitness-club-membership.yaml"));
        Path workbook = Files.write(dir.resolve("fitness.xlsx"), JourneyWorkbook.write(journey, Language.EN));

        Journey map = TestGrids.imported(workbook).journey();
        Journey matrix = JourneyImport.read(workbook, JourneyImport.Options.defaults().withSheet("Coverage").withLayout(GridLayout.MATRIX)).journey();

        assertThat(map.name()).isEqualTo(journey.name());
        assertThat(map.stages()).extracting(s -> s.name() + " | " + s.goal() + " | " + s.emotion() + " | " + s.pains() + " | "
                + s.barriers()).containsExactlyElementsOf(journey.stages().stream().map(s -> s.name() + " | " + s.goal() + " | "
                        + s.emotion() + " | " + s.pains() + " | " + s.barriers()).toList());
        assertThat(map.stages()).extracting(s -> s.steps().stream().map(step -> step.name() + "/" + step.actor() + "/" + step.system()).toList())
                .containsExactlyElementsOf(journey.stages().stream().map(s -> s.steps().stream()
                        .map(step -> step.name() + "/" + step.actor() + "/" + step.system()).toList()).toList());
        // the customer's actions come back in their channel's column: those on no channel first, then channel by channel
        assertThat(map.stages().get(0).customerSteps()).extracting(a -> a.name() + " @ " + channelName(map, a.channel()))
                .containsExactly("Decide to look for a sports club @ null", "Look up how to lose weight or keep healthy @ Club web site");
        assertThat(map.channels()).extracting(c -> c.name() + " " + c.mode().word() + " " + c.kind().word()).containsExactlyInAnyOrderElementsOf(
                journey.channels().stream().map(c -> c.name() + " " + c.mode().word() + " " + c.kind().word()).toList());
        // the map sheet is read with the coverage sheet beside it, so its touchpoints are the journey's, absent and N/A ones too
        assertThat(map.stages()).extracting(s -> s.touchpoints().stream().map(t -> channelName(map, t.channel()) + "=" + t.status().word())
                .sorted().toList()).containsExactlyElementsOf(journey.stages().stream().map(s -> s.touchpoints().stream()
                        .map(t -> channelName(journey, t.channel()) + "=" + t.status().word()).sorted().toList()).toList());
        assertThat(TestGrids.imported(workbook).unmapped()).isEmpty();
        assertThat(matrix.stages()).extracting(s -> s.touchpoints().stream().map(t -> channelName(matrix, t.channel()) + "=" + t.status().word())
                .sorted().toList()).containsExactlyElementsOf(journey.stages().stream().map(s -> s.touchpoints().stream()
                        .map(t -> channelName(journey, t.channel()) + "=" + t.status().word()).sorted().toList()).toList());
    }

    @Test
    void anActionOnNoChannelStaysOnNoneBesideAStageServedOnOneChannel() throws IOException {
        Journey journey = new JourneyReader().read("claim.yaml", """
                id: claim
                name: Claim
                channels:
                  - {id: phone, name: Phone, mode: assisted}
                stages:
                  - id: report
                    name: Report the damage
                    customerSteps:
                      - {id: gather-papers, name: Gather the papers}
                    touchpoints:
                      - {channel: phone, status: present}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), org.journeyaudit.engine.document.DocumentFormat.YAML);
        Path workbook = Files.write(dir.resolve("claim.xlsx"), JourneyWorkbook.write(journey, Language.EN));

        Journey again = TestGrids.imported(workbook).journey();

        assertThat(again.stages().get(0).customerSteps()).extracting(a -> a.name() + " @ " + a.channel())
                .containsExactly("Gather the papers @ null");
        assertThat(again.stages().get(0).touchpoints()).extracting(t -> t.channel() + "=" + t.status().word()).containsExactly("phone=present");
    }

    @Test
    void aCoverageSheetThatDisagreesWithTheMapIsListedWhereItDisagrees() throws IOException {
        Path file = TestGrids.xlsx(dir, "both.xlsx",
                new TestGrids.SheetSpec("Map", new String[][] {{"Stage", "Report", "Pay"}, {"Touchpoints", "Phone", "App"}}),
                new TestGrids.SheetSpec("Coverage", new String[][] {{"Stage", "Report", "Pay", "Appeal"}, {"Phone", "+", "-", "+"},
                        {"App", "N/A", "-", ""}}));

        ImportedJourney imported = TestGrids.imported(file);

        assertThat(imported.journey().stages()).extracting(s -> s.id() + " " + s.touchpoints().stream()
                .map(t -> t.channel() + "=" + t.status().word()).toList()).containsExactly(
                "report [phone=present, app=not-applicable]", "pay [app=present, phone=absent]");
        assertThat(TestGrids.unmapped(imported)).containsExactly(
                "Coverage!D1: the stage 'Appeal' of the coverage sheet is no stage of the map, so its marks are not read",
                "Coverage!C3: the map has 'App' at the stage 'Pay' as present; the coverage sheet marks it -");
    }

    private static String channelName(Journey journey, String id) {
        return journey.channels().stream().filter(c -> c.id().equals(id)).map(c -> c.name()).findFirst().orElse(null);
    }
}
