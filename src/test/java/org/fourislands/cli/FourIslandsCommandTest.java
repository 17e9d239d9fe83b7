package org.fourislands.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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

    @Test
    void aMissingDatasetIsAUsageErrorBeforeAnyWindowOpens() throws Exception {
        ProgramRun run = ProgramRun.of("--dataset", "no-such-lesson.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(
                "--dataset: no such file: no-such-lesson.json",
                "Try 'four-islands --help' for every option.");
    }

    @Test
    void aUsageErrorIsTheProblemAndWhereToReadMoreNotTheWholeHelpPage() throws Exception {
        ProgramRun run = ProgramRun.of("export", "map", "--out", "never-written.png");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(
                "Missing required option: '--date=DATE'",
                "Try 'four-islands export map --help' for every option.");
    }

    @Test
    void aMistypedSubcommandGetsASuggestion() throws Exception {
        ProgramRun run = ProgramRun.of("valdate", "data/four-islands.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched arguments").contains("validate").contains("Try 'four-islands --help'");
    }
}
