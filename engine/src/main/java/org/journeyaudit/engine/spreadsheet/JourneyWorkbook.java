package org.journeyaudit.engine.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyaudit.engine.journey.Barrier;
import org.journeyaudit.engine.journey.Channel;
import org.journeyaudit.engine.journey.CustomerStep;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Touchpoint;
import org.journeyaudit.engine.journey.TouchpointStatus;
import org.journeyaudit.engine.language.Language;

/**
 * A journey written as a workbook a consultant can hand on: the journey map (stages across, a row for each of
 * the grid's fields, one item a line), the coverage matrix (stages across, channels down, {@code +}, {@code -},
 * {@code N/A}) and the channels with their mode and kind. The import reads each sheet back to the same
 * journey for the fields it holds. A stage whose customer actions name their channels spans one column per
 * channel it is served on (under one merged header), the actions in their channel's column.
 */
public final class JourneyWorkbook {

    /** The sheets and row labels in the report's language; both are labels the import recognises. */
    private record Words(String mapSheet, String matrixSheet, String channelSheet, String stage, String goal, String actions,
            String channels, String pains, String emotion, String barriers, String solutions, String process, String system,
            String owner, String channel, String mode, String kind) {
    }

    private static final Words EN = new Words("Journey map", "Coverage", "Channels", "Stage", "Goal", "Customer actions",
            "Touchpoints", "Pains", "Emotion", "Barriers", "Solutions", "Process", "IT system", "Owner", "Channel", "Mode", "Kind");
    private static final Words RU = new Words("Карта пути", "Покрытие", "Каналы", "Этап", "Цель", "Действия клиента",
            "Точки контакта", "Боли", "Эмоции", "Барьеры", "Решения", "Процесс", "ИТ-система", "Ответственный", "Канал", "Режим", "Тип");

    private JourneyWorkbook() {
    }

    /** The names of the sheets a journey is written in: the map, the matrix, the channels. */
    public static List<String> sheetNames(Language language) {
        Words w = words(language);
        return List.of(w.mapSheet(), w.matrixSheet(), w.channelSheet());
    }

    private static Words words(Language language) {
        return language == Language.RU ? RU : EN;
    }

    /** The journey as a workbook of its own: the map, the coverage matrix and the channels. */
    public static byte[] write(Journey journey, Language language) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            addTo(workbook, journey, language);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the journey's three sheets to a workbook another writer builds (an audit written as a workbook
     * beside its journey); their names are {@link #sheetNames(Language)}, which the workbook must not hold yet.
     */
    public static void addTo(XSSFWorkbook workbook, Journey journey, Language language) {
        Words w = words(language);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        map(workbook.createSheet(w.mapSheet()), journey, w, wrap);
        matrix(workbook.createSheet(w.matrixSheet()), journey, w, wrap);
        channels(workbook.createSheet(w.channelSheet()), journey, w, wrap);
    }

    /** One column of a stage in the map: the channel it stands for (none for the stage's own column) and its actions. */
    private record Column(Stage stage, boolean first, String channel, List<CustomerStep> actions) {
    }

    private static List<Column> columns(Stage stage) {
        List<String> present = stage.touchpoints().stream().filter(t -> t.status() == TouchpointStatus.PRESENT)
                .map(Touchpoint::channel).toList();
        boolean bound = stage.customerSteps().stream().anyMatch(a -> a.channel() != null);
        // one column naming one channel would put every action of the stage on it when read back
        if (!bound && (present.size() != 1 || stage.customerSteps().isEmpty())) {
            return List.of(new Column(stage, true, null, stage.customerSteps()));
        }
        List<Column> columns = new ArrayList<>();
        List<CustomerStep> unbound = stage.customerSteps().stream().filter(a -> a.channel() == null).toList();
        if (!unbound.isEmpty()) {
            columns.add(new Column(stage, true, null, unbound));
        }
        Map<String, List<CustomerStep>> byChannel = new LinkedHashMap<>();
        present.forEach(channel -> byChannel.put(channel, new ArrayList<>()));
        stage.customerSteps().stream().filter(a -> a.channel() != null)
                .forEach(a -> byChannel.computeIfAbsent(a.channel(), c -> new ArrayList<>()).add(a));
        byChannel.forEach((channel, actions) -> columns.add(new Column(stage, columns.isEmpty(), channel, actions)));
        return columns;
    }

    private static void map(Sheet sheet, Journey journey, Words w, CellStyle wrap) {
        Map<String, String> names = channelNames(journey);
        List<Column> columns = new ArrayList<>();
        journey.stages().forEach(stage -> columns.addAll(columns(stage)));
        String[] labels = {w.stage(), w.goal(), w.actions(), w.channels(), w.pains(), w.emotion(), w.barriers(), w.solutions(),
                w.process(), w.system(), w.owner()};
        set(sheet, 0, 0, journey.displayName(), wrap);
        if (columns.size() > 0) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size()));
        }
        for (int i = 0; i < labels.length; i++) {
            set(sheet, i + 1, 0, labels[i], wrap);
        }
        int c = 1;
        int stageStart = 1;
        for (int k = 0; k < columns.size(); k++) {
            Column column = columns.get(k);
            Stage stage = column.stage();
            if (column.first()) {
                stageStart = c;
                set(sheet, 1, c, stage.name() == null ? stage.id() : stage.name(), wrap);
                set(sheet, 2, c, stage.goal(), wrap);
                set(sheet, 5, c, pains(stage), wrap);
                set(sheet, 6, c, stage.emotion() == null ? null : EmotionScale.written(stage.emotion()), wrap);
                set(sheet, 7, c, lines(stage.barriers().stream().map(Barrier::text).toList()), wrap);
                set(sheet, 8, c, lines(stage.barriers().stream().map(b -> b.resolved() ? b.solution() : "").toList()), wrap);
                set(sheet, 9, c, lines(stage.steps().stream().map(s -> s.name() == null ? s.id() : s.name()).toList()), wrap);
                set(sheet, 10, c, lines(stage.steps().stream().map(s -> s.system() == null ? "" : s.system()).toList()), wrap);
                set(sheet, 11, c, lines(stage.steps().stream().map(s -> s.actor() == null ? "" : s.actor()).toList()), wrap);
            }
            set(sheet, 3, c, lines(column.actions().stream().map(CustomerStep::displayName).toList()), wrap);
            List<String> channels = column.channel() != null ? List.of(column.channel())
                    : columns.size() > 0 && column.first() && columns.stream().filter(o -> o.stage() == stage).count() == 1
                            ? stage.touchpoints().stream().filter(t -> t.status() == TouchpointStatus.PRESENT).map(Touchpoint::channel).toList()
                            : List.of();
            set(sheet, 4, c, lines(channels.stream().map(names::get).toList()), wrap);
            boolean last = k + 1 == columns.size() || columns.get(k + 1).stage() != stage;
            if (last && c > stageStart) {
                sheet.addMergedRegion(new CellRangeAddress(1, 1, stageStart, c));
            }
            c++;
        }
        sheet.setColumnWidth(0, 24 * 256);
        for (int i = 1; i < c; i++) {
            sheet.setColumnWidth(i, 34 * 256);
        }
    }

    private static void matrix(Sheet sheet, Journey journey, Words w, CellStyle wrap) {
        set(sheet, 0, 0, journey.displayName(), wrap);
        if (!journey.stages().isEmpty()) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, journey.stages().size()));
        }
        set(sheet, 1, 0, w.stage(), wrap);
        for (int s = 0; s < journey.stages().size(); s++) {
            Stage stage = journey.stages().get(s);
            set(sheet, 1, s + 1, stage.name() == null ? stage.id() : stage.name(), wrap);
        }
        for (int r = 0; r < journey.channels().size(); r++) {
            Channel channel = journey.channels().get(r);
            set(sheet, r + 2, 0, channel.displayName(), wrap);
            for (int s = 0; s < journey.stages().size(); s++) {
                for (Touchpoint touchpoint : journey.stages().get(s).touchpoints()) {
                    if (touchpoint.channel().equals(channel.id())) {
                        set(sheet, r + 2, s + 1, CoverageMark.written(touchpoint.status().word()), wrap);
                    }
                }
            }
        }
        sheet.setColumnWidth(0, 24 * 256);
    }

    private static void channels(Sheet sheet, Journey journey, Words w, CellStyle wrap) {
        set(sheet, 0, 0, w.channel(), wrap);
        set(sheet, 0, 1, w.mode(), wrap);
        set(sheet, 0, 2, w.kind(), wrap);
        for (int r = 0; r < journey.channels().size(); r++) {
            Channel channel = journey.channels().get(r);
            set(sheet, r + 1, 0, channel.displayName(), wrap);
            set(sheet, r + 1, 1, channel.mode() == null ? null : channel.mode().word(), wrap);
            set(sheet, r + 1, 2, channel.kind().word(), wrap);
        }
        sheet.setColumnWidth(0, 34 * 256);
    }

    private static Map<String, String> channelNames(Journey journey) {
        Map<String, String> names = new LinkedHashMap<>();
        journey.channels().forEach(c -> names.put(c.id(), c.displayName()));
        return names;
    }

    private static String pains(Stage stage) {
        return stage.pains() == null ? null : lines(stage.pains());
    }

    private static String lines(List<String> lines) {
        String joined = String.join("\n", lines);
        return joined.isBlank() ? null : joined;
    }

    private static void set(Sheet sheet, int row, int column, String text, CellStyle style) {
        if (text == null) {
            return;
        }
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        var cell = r.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }
}
