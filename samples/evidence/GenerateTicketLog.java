import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic but realistic ticket log of the dash cam warranty-repair journey
 * (samples/dashcam-warranty-repair.yaml) as a service centre's ticketing system exports it: semicolon-separated
 * UTF-8 with a byte order mark, Russian headers and statuses, one row per status change, sorted by ticket.
 *
 * <pre>java samples/evidence/GenerateTicketLog.java samples/evidence/tickets.csv [cases] [seed]</pre>
 *
 * The same cases and seed always give the same file (java.util.Random's sequence is fixed by its specification).
 * What the log holds, and what the evidence report should find in it:
 * <ul>
 * <li>the courier's steps are in the courier's system, not in this log: the journey's ship-device and deliver steps
 * are never recorded;</li>
 * <li>about a third of the cases are disputed and go to the lawyers; four in ten of those come back to the service
 * centre for a clarification and go to the lawyers again (ping-pong the design does not show);</li>
 * <li>lawyers take 1 to 10 days, so some decisions miss the 6-day standard; repairs take 2 to 30 days against 25;</li>
 * <li>one repair in seven fails its check and is started again (rework);</li>
 * <li>customers call, write or check the site for the status 0 to 3 times a case (contacts with no team, on
 * whatever channel: channel switches and repeat contacts); one enquiry in five comes by messenger, a channel the
 * journey does not have (unmapped, and a switch the design does not foresee);</li>
 * <li>a fifth of the devices pass the warehouse first, a team and status the journey does not have (unmapped);</li>
 * <li>one row in about two hundred lost its date in the export (a row that cannot be read).</li>
 * </ul>
 */
public class GenerateTicketLog {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final String SALES = "Отдел продаж";
    private static final String CENTRE = "Сервисный центр";
    private static final String LAWYERS = "Юридический отдел";
    private static final String WORKSHOP = "Мастерская";
    private static final String WAREHOUSE = "Склад";

    record Row(String ticket, LocalDateTime at, String status, String team, String channel) {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "samples/evidence/tickets.csv");
        int cases = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261128L;
        Random random = new Random(seed);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write("Заявка;Дата изменения;Статус;Подразделение;Канал\r\n");
            LocalDateTime opened = LocalDateTime.of(2026, 1, 12, 9, 0);
            for (int i = 1; i <= cases; i++) {
                opened = opened.plusMinutes(60 + random.nextInt(240));
                for (Row row : ticket(String.format("СЦ-%05d", 10000 + i), opened, random)) {
                    String date = random.nextInt(200) == 0 ? "" : FORMAT.format(row.at());
                    out.write(String.join(";", row.ticket(), date, row.status(), row.team(), row.channel()) + "\r\n");
                }
            }
        }
    }

    private static List<Row> ticket(String id, LocalDateTime opened, Random random) {
        List<Row> rows = new ArrayList<>();
        String channel = pick(random, new String[] {"Сайт", "Телефон", "E-mail"}, new int[] {55, 35, 10});
        rows.add(new Row(id, opened, "Заявка зарегистрирована", SALES, channel));
        LocalDateTime at = opened.plusDays(2 + random.nextInt(9)).plusMinutes(random.nextInt(480));
        if (random.nextInt(5) == 0) {
            rows.add(new Row(id, at, "Принято на складе", WAREHOUSE, ""));
            at = at.plusHours(2 + random.nextInt(22));
        }
        rows.add(new Row(id, at, "Принято в сервисном центре", CENTRE, ""));
        at = at.plusHours(4 + random.nextInt(44));
        rows.add(new Row(id, at, "Диагностика завершена", CENTRE, ""));
        if (random.nextInt(100) < 35) {
            at = at.plusHours(1 + random.nextInt(8));
            rows.add(new Row(id, at, "Передано юристам", CENTRE, ""));
            if (random.nextInt(10) < 4) {
                at = at.plusDays(1 + random.nextInt(3));
                rows.add(new Row(id, at, "Запрошено уточнение", LAWYERS, ""));
                at = at.plusHours(2 + random.nextInt(40));
                rows.add(new Row(id, at, "Уточнение отправлено", CENTRE, ""));
            }
            at = at.plusDays(1 + random.nextInt(10)).plusMinutes(random.nextInt(480));
            rows.add(new Row(id, at, "Заключение юриста", LAWYERS, ""));
        }
        at = at.plusHours(1 + random.nextInt(20));
        String decision = pick(random, new String[] {"Решение: ремонт", "Решение: замена", "Решение: возврат денег"}, new int[] {70, 20, 10});
        rows.add(new Row(id, at, decision, CENTRE, ""));
        if (decision.equals("Решение: ремонт")) {
            at = at.plusDays(random.nextInt(3)).plusHours(1 + random.nextInt(8));
            rows.add(new Row(id, at, "Ремонт начат", WORKSHOP, ""));
            at = at.plusDays(2 + random.nextInt(29));
            rows.add(new Row(id, at, "Ремонт завершён", WORKSHOP, ""));
            if (random.nextInt(7) == 0) {
                at = at.plusDays(1);
                rows.add(new Row(id, at, "Ремонт начат", WORKSHOP, ""));
                at = at.plusDays(1 + random.nextInt(5));
                rows.add(new Row(id, at, "Ремонт завершён", WORKSHOP, ""));
            }
        }
        at = at.plusHours(2 + random.nextInt(46));
        rows.add(new Row(id, at, "Передано курьеру", CENTRE, ""));
        LocalDateTime last = at;
        int enquiries = random.nextInt(4);
        long span = java.time.Duration.between(opened, last).toMinutes();
        for (int e = 0; e < enquiries; e++) {
            LocalDateTime asked = opened.plusMinutes(1 + random.nextInt((int) Math.max(1, span - 1)));
            rows.add(new Row(id, asked, "Запрос статуса", "", pick(random, new String[] {"Телефон", "E-mail", "Сайт", "Мессенджер"}, new int[] {45, 20, 15, 20})));
        }
        rows.sort(Comparator.comparing(Row::at)); // stable: a status change and an enquiry at the same minute keep their order
        return rows;
    }

    private static String pick(Random random, String[] values, int[] weights) {
        int roll = random.nextInt(100);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
