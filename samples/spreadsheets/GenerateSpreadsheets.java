import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the spreadsheet samples of the import: the journey map of the "FLIGHT" fitness club (seed 001, the
 * grid "CJM ИФК FLIGHT": eight stages, the customer's need, actions, pains, emotion, channels, IT system,
 * barriers and solutions, each item on a line of its own) and the coverage matrix of the insurance prototype
 * "Наступление страхового события" (seed 000: five stages on chat, phone and e-mail, +, - and N/A, with the
 * prototype's row of internal processes under it), each as an Excel workbook and as CSV the way Russian Excel
 * saves "CSV UTF-8": semicolons, a byte order mark.
 *
 * <pre>java samples/spreadsheets/GenerateSpreadsheets.java samples/spreadsheets</pre>
 *
 * The workbooks are written as plain Office Open XML with no library, so the samples also show that the import
 * reads a workbook it did not write itself; the files are the same on every run (fixed entry times).
 */
public class GenerateSpreadsheets {

    static final String[][] FITNESS = {
            {"CJM ИФК FLIGHT"},
            {"", "Возникновение потребности", "Поиск и выбор спортклуба", "Первое посещение", "Приобретение клубной карты",
                    "Становление постоянным клиентов", "Активная транзакция", "Пауза в посещении", "Рекомендация"},
            {"Потребность клиента", "Желание улучшить физическую форму и здоровье",
                    "Найти спортклуб, удовлетворяющий потребностям, который сможет заинтересовать",
                    "СК удовлетворяет все потребности\nПривлекательность персонала", "Простой процесс покупки\nПривлекательные условия",
                    "Результативность от посещения будет заметной", "Получение качественной услуги/продукта",
                    "Возвращение к спорту с большей мотивацией добиться желаемых результатов",
                    "Поделиться впечатлениями от СК\nПолучить обратную связь"},
            {"Шаг клиента", "Поиск информации о похудении/поддержании здоровья\nПринятие решения о поиске спортклуба",
                    "Сравнение предложений\nВыбор спортклуба", "Знакомство с СК (персонал, услуги и т.д., прохождение экскурсии)",
                    "Выбор услуги\nПокупка клубной карты", "Посещение СК больше 3-х месяцев",
                    "Получение персональных тренировок, платных ГЭ, дополнительных услуг",
                    "Приостановление посещения из-за различных причин", "Рекомендации другим людям\nОтправка отзыва"},
            {"Боль клиента", "Страх неудачи\nСложность выбора\nОтсутствие мотивации для занятия спортом",
                    "Неопределенность выбора\nНежеланная привлекательность элиты\nПротиворечивые отзывы\nНеактуальная информация на сайте",
                    "Боязнь некомпетентности тренера\nСтрах несоответствия ожиданий СК", "Сложность в отмене/возврате средств",
                    "Слабый тренерский состав\nДлительное ожидание записи на тренировки из-за очередей",
                    "Отсутствие результативности\nОтсутствие привычки постоянно заниматься",
                    "Недостаток информации на сайте о дополнительных услугах\nДлительное ожидание записи на тренировки из-за больших очередей",
                    "Отсутствие результативности\nОтсутствие мотивации для занятия спортом"},
            {"Эмоция клиента", ":(", ":((", ":)", ":)", ":)", ":)", ":)", ":)"},
            {"Канал взаимодействия", "Онлайн-реклама\nВеб сайт\nСоциальные сети", "Наружная реклама\nВеб сайт\nРекомендации знакомых",
                    "Наружная реклама\nМенеджер по продажам СК\nСоциальные сети", "Мобильное приложение\nМенеджер по продажам СК",
                    "Социальные сети\nМобильное приложение\nМенеджер по продажам СК",
                    "Социальные сети\nМобильное приложение\nМенеджер по продажам СК",
                    "Терминал\nМобильное приложение\nМенеджер по продажам СК", "Социальные сети\nСайты отзывов"},
            {"ИТ система", "Сайт СК Flight", "Сайт СК Flight", "CRM Спортклуб", "CRM Спортклуб", "CRM Спортклуб", "CRM Спортклуб",
                    "CRM Спортклуб", "Сайт СК Flight"},
            {"Барьер", "Неуверенность в своих силах\nНет финансовых возможностей",
                    "Высокая цена\nОтсутствие удобной парковки\nТерриториальное неудобство",
                    "Высокая цена\nОтсутствие удобной парковки\nМаленькие скамейки",
                    "Высокая цена\nБольшая наценка рассрочки\nСтартовая тренировка/инструктаж не был проведен",
                    "Высокая цена\nМаленькие шкафчики\nОтсутствие удобной парковки", "Маленький тренерский состав", "Высокая цена",
                    "Сложно оставить отзыв на сайте СК\nНеудовлетворенность посещением"},
            {"Решение", "Правильное донесение ценностей\nПравильное донесение ценностей",
                    "Размещение QR-кодов \"оставьте отзыв\" на видных местах\nСоздание сайта анонимных отзывов\nАктуализация информации на сайте",
                    "Вознаграждение бонусами за оставленный отзыв\nРазработка и размещение карты возможных парковочных мест",
                    "Создание реферальной программы\nСделать рассрочку внутренней",
                    "Создание выставки магазинов в ВК\n\nРазработка и размещение карты возможных парковочных мест",
                    "Актуализация информации на сайте\nАктуализация информации о посещении клиентов", "Соблюдение бизнес-процесса продаж",
                    "Увеличение количества положительных отзывов"}};

    static final String[][] INSURANCE = {
            {"Наступление страхового события"},
            {"Этапы взаимодействия", "Получить консультацию", "Вызвать службы", "Подать заявление", "Уточнить статус", "Узнать решение"},
            {"ЧАТ", "+", "-", "-", "+", "+"},
            {"ТЕЛЕФОН", "+", "+", "+", "+", "+"},
            {"EMAIL В ЛК", "+", "N/A", "+", "-", "+"},
            {"Внутренние процессы", "1 линия, ресурс 1, система 1", "1 линия, ресурс 1, система 2", "1 и 3 линия, ресурс 1, 3, система 3",
                    "1 и 3 линия, ресурс 1, 3, система 3", "1 и 3 линия, ресурс 1, 3, система 3"}};

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples/spreadsheets");
        Files.createDirectories(dir);
        // the titles span the grid, as consultants merge them
        Files.write(dir.resolve("fitness-club-map.xlsx"), workbook("CJM", FITNESS, "A1:I1"));
        Files.write(dir.resolve("fitness-club-map.csv"), csv(FITNESS));
        Files.write(dir.resolve("insurance-matrix.xlsx"), workbook("Матрица", INSURANCE, "A1:F1"));
        Files.write(dir.resolve("insurance-matrix.csv"), csv(INSURANCE));
    }

    /** Semicolon-separated UTF-8 with a byte order mark; a value holding a semicolon, quote or line break is quoted. */
    static byte[] csv(String[][] rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                String value = row[c];
                out.append(c > 0 ? ";" : "");
                out.append(value.matches("(?s).*[;\"\\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] workbook(String sheet, String[][] rows, String merged) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets>
                    </workbook>""".formatted(xml(sheet)));
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                    </Relationships>""");
            // style 1 wraps text, so that the lines of a cell show as lines
            entry(zip, "xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                    <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
                    <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
                    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
                    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
                    <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs>
                    </styleSheet>""");
            StringBuilder sheetXml = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                    <cols><col min="1" max="1" width="24" customWidth="1"/><col min="2" max="16" width="34" customWidth="1"/></cols>
                    <sheetData>""");
            for (int r = 0; r < rows.length; r++) {
                sheetXml.append("<row r=\"").append(r + 1).append("\">");
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c].isEmpty()) {
                        continue;
                    }
                    sheetXml.append("<c r=\"").append((char) ('A' + c)).append(r + 1).append("\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                            .append(xml(rows[r][c])).append("</t></is></c>");
                }
                sheetXml.append("</row>");
            }
            sheetXml.append("</sheetData><mergeCells count=\"1\"><mergeCell ref=\"").append(merged).append("\"/></mergeCells></worksheet>");
            entry(zip, "xl/worksheets/sheet1.xml", sheetXml.toString());
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(315532800000L); // 1980-01-01: the same bytes on every run
        zip.putNextEntry(entry);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
