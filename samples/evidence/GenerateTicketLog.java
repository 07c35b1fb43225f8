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
 * UTF-8 with a byte order mark, Russian headers and statuses, one row per status change, sorted by ticket; a contact
 * people handle (a call, an e-mail, a messenger chat) gives its handle time as the telephony and the mail desk report
 * it, in minutes and seconds ({@code 9:47}).
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
 * <li>one row in about two hundred lost its date in the export (a row that cannot be read);</li>
 * <li>a registration by phone now takes 9 to 16 minutes: the operator types the serial number and the fault
 * description into 1C while the customer reads them out, so the 6 minutes the journey still gives (measured before
 * the form asked for them) are stale; e-mails and status enquiries take what the journey says;</li>
 * <li>the telephony lost the talk time of about one contact in a hundred and wrote {@code н/д} (a value that cannot be
 * read: the contact counts, its handle time does not).</li>
 * </ul>
 * The handle times come from a generator of their own (seeded from the same seed), so that every other column is
 * what it would be without them.
 */
public class GenerateTicketLog {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final String SALES = "Отдел продаж";
    private static final String CENTRE = "Сервисный центр";
    private static final String LAWYERS = "Юридический отдел";
    private static final String WORKSHOP = "Мастерская";
    private static final String WAREHOUSE = "Склад";

    private static final String REGISTERED = "Заявка зарегистрирована";
    private static final String ENQUIRY = "Запрос статуса";

    record Row(String ticket, LocalDateTime at, String status, String team, String channel) {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "samples/evidence/tickets.csv");
        int cases = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261128L;
        Random random = new Random(seed);
        Random timing = new Random(seed + 1);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write("Заявка;Дата изменения;Статус;Подразделение;Канал;Время обработки\r\n");
            LocalDateTime opened = LocalDateTime.of(2026, 1, 12, 9, 0);
            for (int i = 1; i <= cases; i++) {
                opened = opened.plusMinutes(60 + random.nextInt(240));
                for (Row row : ticket(String.format("СЦ-%05d", 10000 + i), opened, random)) {
                    String date = random.nextInt(200) == 0 ? "" : FORMAT.format(row.at());
                    out.write(String.join(";", row.ticket(), date, row.status(), row.team(), row.channel(), handled(row, timing)) + "\r\n");
                }
            }
        }
    }

    private static List<Row> ticket(String id, LocalDateTime opened, Random random) {
        List<Row> rows = new ArrayList<>();
        String channel = pick(random, new String[] {"Сайт", "Телефон", "E-mail"}, new int[] {55, 35, 10});
        rows.add(new Row(id, opened, REGISTERED, SALES, channel));
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
            rows.add(new Row(id, asked, ENQUIRY, "", pick(random, new String[] {"Телефон", "E-mail", "Сайт", "Мессенджер"}, new int[] {45, 20, 15, 20})));
        }
        rows.sort(Comparator.comparing(Row::at)); // stable: a status change and an enquiry at the same minute keep their order
        return rows;
    }

    /**
     * The handle time of a contact people handle, as {@code m:ss}; empty for a status change and for the site (a form or
     * a status page nobody handles).
     */
    static String handled(Row row, Random timing) {
        int seconds;
        if (row.status().equals(REGISTERED) && row.channel().equals("Телефон")) {
            seconds = 540 + timing.nextInt(421);
        } else if (row.status().equals(REGISTERED) && row.channel().equals("E-mail")) {
            seconds = 180 + timing.nextInt(241);
        } else if (row.status().equals(ENQUIRY) && row.channel().equals("Телефон")) {
            seconds = 90 + timing.nextInt(241);
        } else if (row.status().equals(ENQUIRY) && row.channel().equals("E-mail")) {
            seconds = 120 + timing.nextInt(241);
        } else if (row.status().equals(ENQUIRY) && row.channel().equals("Мессенджер")) {
            seconds = 60 + timing.nextInt(301);
        } else {
            return "";
        }
        return timing.nextInt(100) == 0 ? "н/д" : String.format("%d:%02d", seconds / 60, seconds % 60);
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
