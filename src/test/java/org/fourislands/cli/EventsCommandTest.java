package org.fourislands.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.fourislands.testing.BundledData;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Runs {@code ./four-islands events} and a mistyped {@code export slide --event} through the real command tree. */
class EventsCommandTest {

    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = FourIslandsCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(arguments);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void everyEventIsListedWithItsDateIdAndTitleInOrder() {
        Run run = run("events");
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(BundledData.dataset().events().size());
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .matches("1956-10-19 +1956-joint-declaration +\\S.*"));
        // In date order, as the event list shows them.
        List<String> dates = lines.stream().map(line -> line.substring(0, 10).strip()).toList();
        assertThat(dates).isSortedAccordingTo(String::compareTo);
    }

    /** A deck scripter finds an id by the words they remember, as the app's search would. */
    @Test
    void wordsListOnlyTheEventsTheSearchFindsWithNamesInTheChosenConvention() {
        Run run = run("events", "dulles");
        assertThat(run.exitCode()).isZero();
        // The search reads the events' whole text, not only the titles listed.
        assertThat(run.out().lines().toList()).hasSizeBetween(1, 10)
                .anySatisfy(line -> assertThat(line).contains("1956-dulles-shigemitsu"))
                .noneSatisfy(line -> assertThat(line).contains("1855-treaty-of-shimoda"));
        String russian = run("events", "--naming", "russian", "joint", "declaration").out();
        assertThat(russian).contains("1956-joint-declaration");
        assertThat(run("events", "shikotan", "--naming", "russian").out()).doesNotContain("Etorofu").doesNotContain("Kunashiri");

        Run nothing = run("events", "zzzzqqq");
        assertThat(nothing.exitCode()).isEqualTo(1);
        assertThat(nothing.err()).contains("no event matches “zzzzqqq”");
    }

    @Test
    void aMistypedEventIdOffersTheNearestOne() {
        Run run = run("export", "slide", "--event", "1956-joint-declaraton", "-o", "never-written.png");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("no event with id '1956-joint-declaraton' in the dataset; did you mean '1956-joint-declaration'?")
                .contains("four-islands events");
        assertThat(run("export", "slide", "--event", "nothing-like-it", "-o", "never-written.png").err())
                .contains("no event with id 'nothing-like-it' in the dataset (four-islands events");
    }
}
