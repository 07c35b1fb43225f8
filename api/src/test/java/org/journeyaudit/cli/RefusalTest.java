package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.journeyaudit.engine.document.DocPath;
import org.journeyaudit.engine.document.Location;
import org.journeyaudit.engine.document.Problem;
import org.junit.jupiter.api.Test;

/** The one wording of every input the command line refuses: what it is, what became of it, then its problems. */
class RefusalTest {

    private static final List<Problem> PROBLEMS = List.of(
            Problem.at(DocPath.ROOT.field("stages").index(0).field("emotion"), new Location(4, 14), "'emotion' must be a whole number from -3 to 3, found 9"));

    private static String refused(Refusal refusal, String source) {
        StringWriter err = new StringWriter();
        refusal.print(source, PROBLEMS, new PrintWriter(err, true));
        return err.toString();
    }

    @Test
    void eachRefusalSaysWhatTheDocumentIsAndWhatBecameOfIt() {
        assertThat(Arrays.stream(Refusal.values()).map(r -> refused(r, "claim.yaml").lines().findFirst().orElseThrow())).containsExactly(
                "claim.yaml is invalid and was not audited:",
                "claim.yaml is invalid and was left out:",
                "claim.yaml is invalid and was not compared:",
                "claim.yaml is invalid and was not analysed:",
                "claim.yaml is not a valid checks file:",
                "claim.yaml is not a valid baseline:",
                "claim.yaml is not a valid profile:",
                "claim.yaml is an invalid change request:",
                "claim.yaml is invalid and was not set beside the log:",
                "claim.yaml is not a valid evidence mapping:",
                "claim.yaml cannot be read as an event log:",
                "claim.yaml cannot be imported as a journey:",
                "claim.yaml is invalid and was not exported:",
                "claim.yaml is not a valid label file:",
                "claim.yaml is invalid and was not pushed:");
    }

    @Test
    void theProblemsFollowByYamlPathInYamlAndByJsonPointerInJson() {
        assertThat(refused(Refusal.NOT_AUDITED, "claim.yaml")).isEqualTo("claim.yaml is invalid and was not audited:\n"
                + "claim.yaml:4:14: stages[0].emotion: 'emotion' must be a whole number from -3 to 3, found 9\n");
        assertThat(refused(Refusal.NOT_COMPARED, "claim.json")).isEqualTo("claim.json is invalid and was not compared:\n"
                + "claim.json:4:14: /stages/0/emotion: 'emotion' must be a whole number from -3 to 3, found 9\n");
    }
}
