package org.fourislands.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@code ./four-islands} says when it cannot do what it was asked: one clear message, never a stack trace. */
class FourIslandsCommandTest {

    @Test
    void withoutADisplayTheAppSaysSoAndPointsToTheCommandsThatNeedNone() throws Exception {
        ProgramRun run = ProgramRun.of();
        assertThat(run.exitCode()).isEqualTo(OpenApp.NO_DISPLAY);
        assertThat(run.err()).startsWith("four-islands: there is no display to open the window on")
                .contains("validate, facts and export work without one")
                .doesNotContain("Exception");
    }

    /**
     * With no arguments the program goes straight to the window: the command-line parser's
     * classes cannot be in the start-up cache, and loading them delayed every start.
     */
    @Test
    void withNoArgumentsTheCommandLineParserIsNotLoaded() throws Exception {
        ProgramRun run = ProgramRun.withJvmOptions(List.of("-Xlog:class+load=info"));
        assertThat(run.exitCode()).isEqualTo(OpenApp.NO_DISPLAY);
        assertThat(run.out()).as("classes loaded").contains("org.fourislands.cli.OpenApp").doesNotContain("picocli.");
        assertThat(ProgramRun.withJvmOptions(List.of("-Xlog:class+load=info"), "--version").out())
                .as("classes loaded with an argument").contains("picocli.CommandLine");
    }

    /**
     * A usage error is the problem and where to read more, not the whole help page; a missing
     * dataset is one, reported before any window opens.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--dataset no-such-lesson.json | --dataset: no such file: no-such-lesson.json | four-islands",
        "export map --out never-written.png | Missing required option: '--date=DATE' | four-islands export map",
        // Only the app reads a --dataset given before the subcommand: it was quietly ignored.
        "--dataset lesson.json facts | --dataset opens the app; 'facts' does not take it | four-islands",
        "--dataset lesson.json export map --date 1946 --out never-written.png | --dataset goes after the kind of export: four-islands export map --dataset FILE … | four-islands",
        // A type scale of a billion ran out of memory, and the JVM then waited on the JavaFX thread for ever.
        "export map --date 1946 --type-scale 1e9 --out never-written.png | --type-scale must be from 0.25 to 10, not 1000000000 | four-islands export map",
        // 0 once stood for "not given" and was quietly taken as the default.
        "export map --date 1946 --type-scale 0 --out never-written.png | --type-scale must be from 0.25 to 10, not 0 | four-islands export map",
        "export timeline --category nope --out never-written.png | unknown --category: 'nope' is none of treaty, diplomacy, war, administration, military, economy, society | four-islands export timeline",
        "export map --date 1946 --out / | --out / is a folder; give a file in it, such as /map.png | four-islands export map"})
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
