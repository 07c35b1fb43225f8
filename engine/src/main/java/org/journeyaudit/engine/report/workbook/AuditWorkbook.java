package org.journeyaudit.engine.report.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditSummary;
import org.journeyaudit.engine.audit.Portfolio;
import org.journeyaudit.engine.audit.SuppressedFinding;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.journey.Channel;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Touchpoint;
import org.journeyaudit.engine.journey.TouchpointStatus;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.recommend.CostToServe;
import org.journeyaudit.engine.recommend.ImpactInput;
import org.journeyaudit.engine.recommend.InputSource;
import org.journeyaudit.engine.recommend.ObservedFigures;
import org.journeyaudit.engine.recommend.Recommendation;
import org.journeyaudit.engine.report.ReportWords;
import org.journeyaudit.engine.report.TextReport;

/**
 * The audit as a workbook a consultant hands to a client: a Summary, the Findings (suppressed and baselined ones
 * listed apart with why), the ranked Recommendations with their savings as amounts, the Coverage matrix coloured cell by
 * cell and the Cost to serve per stage; a portfolio opens with a Portfolio sheet, one row per journey. Every figure is a
 * number cell and every date a date cell; every text from the journey is written as text, never as a formula.
 */
public final class AuditWorkbook {

    private final ReportWords w;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final WorkbookStyles styles = new WorkbookStyles(workbook);

    private AuditWorkbook(Language language) {
        this.w = ReportWords.of(language);
    }

    /** One journey's audit. */
    public static byte[] audit(Audit audit, Language language) {
        AuditWorkbook book = new AuditWorkbook(language);
        book.summary(audit);
        return book.details(List.of(audit));
    }

    /** A portfolio: the Portfolio sheet first, its totals as the Summary, then every journey's rows on the other sheets. */
    public static byte[] portfolio(Portfolio portfolio, Language language) {
        AuditWorkbook book = new AuditWorkbook(language);
        book.portfolioSheet(portfolio);
        book.portfolioSummary(portfolio);
        return book.details(portfolio.audits());
    }

    private byte[] details(List<Audit> audits) {
        findings(audits);
        recommendations(audits);
        coverage(audits);
        cost(audits);
        try (workbook) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SheetTable table(String sheet, String... headings) {
        return new SheetTable(workbook.createSheet(w.get("workbook.sheet." + sheet)), styles,
                java.util.Arrays.stream(headings).map(h -> w.get("workbook." + h)).toList());
    }

    private void summary(Audit audit) {
        AuditSummary summary = AuditSummary.of(audit);
        SheetTable t = table("summary", "item", "value");
        t.row().text(w.get("workbook.journey")).text(audit.journey().id());
        t.row().text(w.get("workbook.name")).text(audit.journey().displayName());
        t.row().text(w.get("workbook.version")).text(audit.journey().version());
        t.row().text(w.get("workbook.owner")).text(audit.journey().owner());
        t.row().text(w.get("workbook.asOf")).date(audit.asOf());
        t.row().text(w.get("workbook.profile")).text(audit.profile());
        t.row().text(w.get("workbook.findings")).number(summary.findings());
        for (Severity severity : Severity.values()) {
            t.row().text(w.get("workbook.findings") + ": " + w.get("severity." + severity.word()))
                    .number(summary.bySeverity().getOrDefault(severity, 0));
        }
        t.row().text(w.get("workbook.suppressed")).number(audit.suppressed().size());
        t.row().text(w.get("workbook.baselined")).number(audit.baselined().size());
        t.row().text(w.get("workbook.recommendations")).number(summary.recommendations());
        t.row().text(w.get("workbook.savingsIn", summary.currency())).money(summary.annualSavings(), summary.currency());
        t.row().text(w.get("workbook.costToServe")).money(summary.costToServe(), summary.currency());
        t.finish();
    }

    private void portfolioSheet(Portfolio portfolio) {
        SheetTable t = new SheetTable(workbook.createSheet(w.get("workbook.sheet.portfolio")), styles, portfolioHeader());
        for (Audit audit : portfolio.audits()) {
            AuditSummary summary = AuditSummary.of(audit);
            t.row().text(audit.journey().id()).text(audit.journey().displayName()).text(audit.journey().version()).date(audit.asOf())
                    .text(audit.profile()).number(summary.findings());
            for (Severity severity : Severity.values()) {
                t.number(summary.bySeverity().getOrDefault(severity, 0));
            }
            t.number(audit.suppressed().size()).number(audit.baselined().size()).number(summary.recommendations())
                    .money(summary.annualSavings(), summary.currency()).money(summary.costToServe(), summary.currency())
                    .text(summary.currency());
        }
        t.finish();
    }

    private List<String> portfolioHeader() {
        List<String> header = new ArrayList<>();
        for (String key : List.of("journey", "name", "version", "asOf", "profile", "findings")) {
            header.add(w.get("workbook." + key));
        }
        for (Severity severity : Severity.values()) {
            header.add(w.get("severity." + severity.word()));
        }
        for (String key : List.of("suppressed", "baselined", "recommendations", "savings", "costToServe", "currency")) {
            header.add(w.get("workbook." + key));
        }
        return header;
    }

    private void portfolioSummary(Portfolio portfolio) {
        SheetTable t = table("summary", "item", "value");
        t.row().text(w.get("workbook.journeys")).number(portfolio.audits().size());
        t.row().text(w.get("workbook.invalid")).number(portfolio.rejected().size());
        t.row().text(w.get("workbook.findings")).number(portfolio.findings());
        for (Severity severity : Severity.values()) {
            t.row().text(w.get("workbook.findings") + ": " + w.get("severity." + severity.word())).number(portfolio.findings(severity));
        }
        for (Map.Entry<String, BigDecimal> savings : portfolio.annualSavings().entrySet()) {
            t.row().text(w.get("workbook.savingsIn", savings.getKey())).money(savings.getValue(), savings.getKey());
        }
        t.finish();
    }

    private void findings(List<Audit> audits) {
        SheetTable t = table("findings", "journey", "id", "state", "severity", "rule", "family", "stage", "elements", "message", "reason");
        for (Audit audit : audits) {
            audit.findings().forEach(f -> finding(t, audit, f, "open", null));
            for (SuppressedFinding s : audit.suppressed()) {
                finding(t, audit, s.finding(), "suppressed", s.suppression().reason());
            }
            audit.baselined().forEach(f -> finding(t, audit, f, "baselined", w.get("workbook.baselineReason")));
        }
        t.finish();
    }

    private void finding(SheetTable t, Audit audit, Finding f, String state, String reason) {
        t.row().text(audit.journey().id()).text(f.id()).text(w.get("workbook.state." + state)).text(w.get("severity." + f.severity().word()))
                .text(f.ruleId()).text(w.getOr("family." + f.family(), f.family())).text(f.stage()).text(String.join(", ", f.elements()))
                .text(f.message()).text(reason);
    }

    private void recommendations(List<Audit> audits) {
        SheetTable t = table("recommendations", "journey", "rank", "priority", "title", "action", "answers", "effort", "savingsPerYear",
                "currency", "contactsAvoided", "minutesSaved", "customerEffort", "formula", "measured", "assumed", "why");
        for (Audit audit : audits) {
            for (Recommendation r : audit.recommendations()) {
                t.row().text(audit.journey().id()).number(r.rank()).text(r.priority().name()).text(r.title()).text(r.action().word())
                        .text(String.join(", ", r.findings())).text(w.get("effort." + r.effort().word()))
                        .money(r.impact().annualSavings(), r.impact().currency()).text(r.impact().currency())
                        .number(r.impact().contactsAvoidedPerMonth()).number(r.impact().minutesSavedPerMonth())
                        .text(blankAsNull(TextReport.customerEffort(r.impact().customerEffort(), w))).text(r.impact().formula())
                        .text(from(r.impact().inputs(), InputSource.MEASURED))
                        .text(blankAsNull(String.join("; ", r.impact().assumptions()))).text(r.why());
            }
        }
        t.finish();
    }

    /** Stages down, the channels of every journey across; a channel a journey does not have is left empty. */
    private void coverage(List<Audit> audits) {
        Set<String> channels = new LinkedHashSet<>();
        audits.forEach(a -> a.journey().channels().forEach(c -> channels.add(c.id())));
        List<String> header = new ArrayList<>(List.of(w.get("workbook.journey"), w.get("workbook.stage")));
        header.addAll(channels);
        SheetTable t = new SheetTable(workbook.createSheet(w.get("workbook.sheet.coverage")), styles, header);
        for (Audit audit : audits) {
            Set<String> own = new LinkedHashSet<>(audit.journey().channels().stream().map(Channel::id).toList());
            for (Stage stage : audit.journey().stages()) {
                t.row().text(audit.journey().id()).text(stage.id());
                for (String channel : channels) {
                    if (own.contains(channel)) {
                        cell(t, stage.cell(channel));
                    } else {
                        t.empty();
                    }
                }
            }
        }
        t.finish();
    }

    private void cell(SheetTable t, Optional<Touchpoint> touchpoint) {
        TouchpointStatus status = touchpoint.map(Touchpoint::status).orElse(null);
        if (status == null) {
            t.filled(w.get("workbook.cell.undecided"), WorkbookStyles.Fill.AMBER);
            return;
        }
        switch (status) {
            case PRESENT -> t.filled(w.get("workbook.cell.present"), WorkbookStyles.Fill.GREEN);
            case ABSENT -> t.filled(w.get("workbook.cell.absent"), WorkbookStyles.Fill.RED);
            case NOT_APPLICABLE -> t.filled(w.get("workbook.cell.notApplicable"), WorkbookStyles.Fill.GREY);
        }
    }

    private void cost(List<Audit> audits) {
        // the column of the log's figures only where an audit's log gives figures: a workbook without them is as it always was
        boolean observed = audits.stream().anyMatch(a -> !ObservedFigures.NONE.equals(a.observed()));
        SheetTable t = observed
                ? table("cost", "journey", "stage", "handling", "backstage", "total", "currency", "formula", "measured", "observed", "assumed")
                : table("cost", "journey", "stage", "handling", "backstage", "total", "currency", "formula", "measured", "assumed");
        for (Audit audit : audits) {
            CostToServe cost = CostToServe.of(audit.journey(), audit.observed(), w.language());
            for (CostToServe.StageCost stage : cost.stages()) {
                SheetTable row = t.row().text(audit.journey().id()).text(stage.stage()).money(stage.handling(), cost.currency())
                        .money(stage.backstage(), cost.currency()).money(stage.total(), cost.currency()).text(cost.currency())
                        .text(blankAsNull(stage.formula())).text(from(stage.inputs(), InputSource.MEASURED));
                if (observed) {
                    row.text(from(stage.inputs(), InputSource.OBSERVED));
                }
                row.text(blankAsNull(String.join("; ", stage.notes())));
            }
        }
        t.finish();
    }

    /** Where the inputs of one source come from: the document's fields (measured), the log's figures (observed). */
    private static String from(List<ImpactInput> inputs, InputSource source) {
        Set<String> from = new LinkedHashSet<>();
        inputs.stream().filter(i -> i.source() == source).forEach(i -> from.add(i.from()));
        return from.isEmpty() ? null : String.join("; ", from);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
