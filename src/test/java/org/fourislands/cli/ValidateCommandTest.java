package org.fourislands.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.fourislands.testing.DefaultLocale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Runs the real command-line entry point's command tree, as {@code ./four-islands validate} does. */
class ValidateCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = FourIslandsCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    /** On an Egyptian laptop too: the counts came out in Arabic-Indic digits ("١٣٢ events"), and one claim as "1 claims". */
    @Test
    void aValidFilePrintsOneSummaryLineAndExitsZero() {
        assertThat(DefaultLocale.under("ar-EG", () -> run("validate", "src/test/resources/datasets/minimal.json"))).isZero();
        assertThat(out.toString()).isEqualToIgnoringNewLines(
                "minimal.json: valid — 2 events, 4 islands, 3 actors, 5 administration periods, 1 claim, 1 border, "
                        + "1 place, 1 source, 1 tour, 1 glossary term, 1 poll");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theCountOfProblemsIsInAsciiDigitsWhateverTheLocale() {
        assertThat(DefaultLocale.under("ar-EG", () -> run("validate", "src/test/resources/datasets/malformed/43-several-problems-at-once.json")))
                .isEqualTo(1);
        assertThat(err.toString().lines().toList().getLast()).isEqualTo("43-several-problems-at-once.json: 3 problems");
    }

    @Test
    void aBrokenFilePrintsEveryProblemAndExitsOne() {
        assertThat(run("validate", "src/test/resources/datasets/malformed/43-several-problems-at-once.json")).isEqualTo(1);
        assertThat(err.toString().lines().toList()).hasSize(4)
                .contains("43-several-problems-at-once.json:31:40 $.events[1].date: \"1945-02-30\" is not a calendar date")
                .last().isEqualTo("43-several-problems-at-once.json: 3 problems");
        assertThat(out.toString()).isEmpty();
    }

    /** A schema problem no longer hides the problems of meaning elsewhere: both kinds come in one run, in file order. */
    @Test
    void aFileWithASchemaProblemAndABadDatePrintsBoth() {
        assertThat(run("validate", "src/test/resources/datasets/malformed/47-schema-and-impossible-date.json")).isEqualTo(1);
        assertThat(err.toString().lines().toList()).containsExactly(
                "47-schema-and-impossible-date.json:30:198 $.events[0].importance: expected integer, found a string \"1\"",
                "47-schema-and-impossible-date.json:31:40 $.events[1].date: \"1956-02-30\" is not a calendar date",
                "47-schema-and-impossible-date.json: 2 problems");
        assertThat(out.toString()).isEmpty();
    }

    /** The root folder had no file name to report problems under (a NullPointerException); a device, no size to check. */
    @Test
    void aFolderOrADeviceIsAProblemNotACrash() {
        assertThat(run("validate", "/")).isEqualTo(1);
        assertThat(err.toString()).startsWith("/: is a folder, not a dataset file");
        assertThat(run("validate", "/dev/zero")).isEqualTo(1);
        assertThat(err.toString()).contains("zero: it holds more than 67,108,864 bytes, the limit");
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        assertThat(run("validate")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter: 'FILE'");
    }
}
