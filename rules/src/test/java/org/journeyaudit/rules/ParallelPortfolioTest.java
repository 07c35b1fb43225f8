package org.journeyaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.audit.Portfolio;
import org.journeyaudit.engine.audit.PortfolioWorkers;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.report.JsonReport;
import org.journeyaudit.engine.report.TextReport;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;

/** A portfolio audited on several cores reports exactly what it reports audited journey by journey. */
class ParallelPortfolioTest {

    private static final Auditor AUDITOR = new Auditor(RuleBase.builtIn());
    private static final JourneyReader READER = new JourneyReader();
    private static final AuditOptions OPTIONS = AuditOptions.asOf(SampleJourneysTest.AS_OF);

    /** Every sample, ten times over, in a fixed order: 70 journeys of every size the samples have. */
    private static List<Path> portfolio() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(SampleJourneysTest.SAMPLES)) {
            samples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        return IntStream.range(0, 10 * samples.size()).mapToObj(i -> samples.get(i % samples.size())).toList();
    }

    private static List<Audit> audited(List<Path> files, PortfolioWorkers workers) {
        return workers.each(files, file -> AUDITOR.audit(READER.read(file), OPTIONS));
    }

    @Test
    void everyJourneysJsonReportIsTheSameOnFourWorkersAsOnOne() throws IOException {
        List<Path> files = portfolio();

        List<String> oneByOne = new PortfolioWorkers(1).each(files, file -> JsonReport.write(JsonReport.audit(AUDITOR.audit(READER.read(file), OPTIONS))));
        List<String> parallel = new PortfolioWorkers(4).each(files, file -> JsonReport.write(JsonReport.audit(AUDITOR.audit(READER.read(file), OPTIONS))));

        assertThat(parallel).hasSize(70).isEqualTo(oneByOne);
        assertThat(parallel.get(0)).startsWith("{\n  \"journey\" : {\n    \"id\" : \"bank-card-loss\"");
        assertThat(parallel.get(69)).startsWith("{\n  \"journey\" : {\n    \"id\" : \"utility-meter-dispute\"");
    }

    @Test
    void thePortfolioReportIsTheSameOnFourWorkersAsOnOne() throws IOException {
        List<Path> files = portfolio();
        Portfolio oneByOne = new Portfolio(audited(files, new PortfolioWorkers(1)), List.of());
        Portfolio parallel = new Portfolio(audited(files, new PortfolioWorkers(4)), List.of());

        assertThat(JsonReport.write(JsonReport.portfolio(parallel))).isEqualTo(JsonReport.write(JsonReport.portfolio(oneByOne)));
        assertThat(TextReport.portfolio(parallel)).isEqualTo(TextReport.portfolio(oneByOne));
        assertThat(parallel.audits()).extracting(a -> a.journey().id()).containsExactlyElementsOf(
                oneByOne.audits().stream().map(a -> a.journey().id()).toList());
        // the samples hold 55 findings between them (see the samples' expected reports)
        assertThat(parallel.findings()).isEqualTo(oneByOne.findings()).isEqualTo(570);
        assertThat(parallel.annualSavings()).isEqualTo(oneByOne.annualSavings());
    }
}
