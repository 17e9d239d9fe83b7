package org.fourislands.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export command run as users run it: the real entry point, in its own JVM, with no display. */
class ExportCommandTest {

    @TempDir
    Path folder;

    @Test
    void exportsATimelineAndAMapAsTheReadmeShows() throws Exception {
        Path svg = folder.resolve("slide.svg");
        ProgramRun timeline = ProgramRun.of("export", "timeline", "--from", "1945", "--to", "1960", "--size", "1920x1080",
                "--format", "svg", "--theme", "projector", "--out", svg.toString());
        assertThat(timeline.exitCode()).as(timeline.err()).isZero();
        assertThat(timeline.out()).contains("wrote " + svg);
        var root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
        assertThat(root.getAttribute("viewBox")).isEqualTo("0.0 0.0 1920.0 1080.0");
        assertThat(Files.readString(svg)).contains(">Four Islands — 1945–1960<");

        Path png = folder.resolve("map.png");
        ProgramRun map = ProgramRun.of("export", "map", "--date", "1946-02-02", "--size", "1280x720", "--out", png.toString());
        assertThat(map.exitCode()).as(map.err()).isZero();
        assertThat(map.err()).doesNotContain("note:");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(720);
    }

    /** A map of a year before the records still is written, and the note says why its land is plain. */
    @Test
    void aMapBeforeTheFirstAdministrationSaysSo() throws Exception {
        Path png = folder.resolve("1700.png");
        ProgramRun run = ProgramRun.of("export", "map", "--date", "1700", "--size", "400x300", "--out", png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("note: the dataset records no administration before 7 February 1855; the map of 1700 shows the islands as plain land");
        assertThat(png).isNotEmptyFile();
    }

    @Test
    void anUnknownPollIsAUsageErrorThatListsThePolls() throws Exception {
        ProgramRun run = ProgramRun.of("export", "poll", "--poll", "gallup-1999", "--out", folder.resolve("poll.svg").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no poll with id 'gallup-1999'").contains("nhk-former-residents-table-1");
    }

    @Test
    void aUsageErrorExitsWithTwoAndSaysWhatWasExpected() throws Exception {
        ProgramRun run = ProgramRun.of("export", "map", "--date", "1956-02-30", "--out", folder.resolve("x.png").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("invalid --date '1956-02-30'");
        try (var listing = Files.list(folder)) {
            assertThat(listing).isEmpty();
        }
    }

    /** Three days are after the start, but too short a timeline: the rule is said, not "--to must be after --from". */
    @Test
    void aTimelineUnderFourDaysIsAUsageErrorThatSaysWhy() throws Exception {
        ProgramRun run = ProgramRun.of("export", "timeline", "--from", "1956-10-19", "--to", "1956-10-21",
                "--out", folder.resolve("x.png").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--from to --to must span at least 4 days, not 3").doesNotContain("must be after");
    }

    @Test
    void anExistingFileIsKeptWithoutOverwriteAndTheExitCodeIsOne() throws Exception {
        Path existing = Files.writeString(folder.resolve("deck.png"), "keep me");
        ProgramRun run = ProgramRun.of("export", "timeline", "--size", "1280x720", "--out", existing.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("already exists");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
        try (var listing = Files.list(folder)) {
            assertThat(listing).containsExactly(existing);
        }
    }

    /**
     * An 8192×8192 PNG where Java has 512 MB (a 4 GB laptop gives it about 1 GB, and the canvas
     * needs its pixels twice over): JavaFX failed inside its snapshot and the user read "Cannot
     * invoke com.sun.prism.Image.getWidth() because this.image is null".
     */
    @Test
    void anExportTooLargeForTheMemorySaysSoAndOffersASmallerSize() throws Exception {
        Path png = folder.resolve("huge.png");
        ProgramRun run = ProgramRun.withJvmOptions(List.of("-Xmx512m"),
                "export", "map", "--date", "1956", "--size", "8192x8192", "--out", png.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("four-islands export: could not draw the export: too large for the memory available (8192×8192): try 3840×2160");
        try (var listing = Files.list(folder)) {
            assertThat(listing).isEmpty();
        }
    }
}
