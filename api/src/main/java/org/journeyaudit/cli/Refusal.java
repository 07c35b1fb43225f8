package org.journeyaudit.cli;

import java.io.PrintWriter;
import java.util.List;

import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.report.TextReport;

/**
 * The one place that words an input the command line refuses: what the document is, what became of it,
 * and then each of its problems at its line, column and path.
 */
enum Refusal {
    /** A journey {@code audit} leaves out. */
    NOT_AUDITED("is invalid and was not audited"),
    /** A journey the compliance matrix leaves out. */
    LEFT_OUT("is invalid and was left out"),
    /** A journey {@code diff} cannot compare. */
    NOT_COMPARED("is invalid and was not compared"),
    /** A journey {@code impact} leaves out of the analysis. */
    NOT_ANALYSED("is invalid and was not analysed"),
    /** A {@code --checks} file. */
    CHECKS("is not a valid checks file"),
    /** A {@code --baseline} file, or the baseline {@code baseline prune} reads. */
    BASELINE("is not a valid baseline"),
    /** A {@code --profile} file. */
    PROFILE("is not a valid profile"),
    /** The change request of {@code impact}. */
    CHANGE_REQUEST("is an invalid change request"),
    /** A journey {@code evidence} cannot set beside its log. */
    NOT_EVIDENCED("is invalid and was not set beside the log"),
    /** The {@code --mapping} of {@code evidence}, or a column it names that the log lacks. */
    EVIDENCE_MAPPING("is not a valid evidence mapping"),
    /** The {@code --log} of {@code evidence}. */
    EVENT_LOG("cannot be read as an event log"),
    /** The spreadsheet {@code import} reads. */
    SPREADSHEET("cannot be imported as a journey"),
    /** The journey {@code export} writes as a workbook. */
    NOT_EXPORTED("is invalid and was not exported"),
    /** The {@code --labels} file of {@code import}. */
    LABEL_FILE("is not a valid label file"),
    /** A journey {@code push} does not send to the registry. */
    NOT_PUSHED("is invalid and was not pushed");

    private final String words;

    Refusal(String words) {
        this.words = words;
    }

    /** {@code claim.yaml is invalid and was not audited:} and each problem on a line of its own. */
    void print(String source, List<Problem> problems, PrintWriter err) {
        err.println(source + " " + words + ":");
        err.print(TextReport.problems(source, problems, JourneyFiles.yamlStyle(source)));
        err.flush();
    }
}
