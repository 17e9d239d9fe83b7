package org.fourislands.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@code ./four-islands} says when it cannot do what it was asked: one clear message, never a stack trace. */
class FourIslandsCommandTest {

    @Test
    void withoutADisplayTheAppSaysSoAndPointsToTheCommandsThatNeedNone() throws Exception {
        ProgramRun run = ProgramRun.of();
        assertThat(run.exitCode()).isEqualTo(FourIslandsCommand.NO_DISPLAY);
        assertThat(run.err()).startsWith("four-islands: there is no display to open the window on")
                .contains("validate, facts and export work without one")
                .doesNotContain("Exception");
    }

    /**
     * A usage error is the problem and where to read more, not the whole help page; a missing
     * dataset is one, reported before any window opens.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--dataset no-such-lesson.json | --dataset: no such file: no-such-lesson.json | four-islands",
        "export map --out never-written.png | Missing required option: '--date=DATE' | four-islands export map"})
    void aUsageErrorIsTheProblemAndWhichHelpToRead(String args, String problem, String command) throws Exception {
        ProgramRun run = ProgramRun.of(args.split(" "));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(problem, "Try '" + command + " --help' for every option.");
    }

    @Test
    void aMistypedSubcommandGetsASuggestion() throws Exception {
        ProgramRun run = ProgramRun.of("valdate", "data/four-islands.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched arguments").contains("validate").contains("Try 'four-islands --help'");
    }
}
