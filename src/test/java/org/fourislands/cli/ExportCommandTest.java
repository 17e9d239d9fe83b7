package org.fourislands.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export command run as users run it: the real entry point, in its own JVM, with no display. */
class ExportCommandTest {

    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {}

    private static Run fourIslands(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.fourislands.Main"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        // Read both streams fully before waiting, so that neither pipe can fill up and block the child.
        var err = new java.util.concurrent.CompletableFuture<String>();
        Thread.ofVirtual().start(() -> {
            try {
                err.complete(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.completeExceptionally(e);
            }
        });
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the export finishes").isTrue();
        return new Run(process.exitValue(), out, err.join());
    }

    @Test
    void exportsATimelineAndAMapAsTheReadmeShows() throws Exception {
        Path svg = folder.resolve("slide.svg");
        Run timeline = fourIslands("export", "timeline", "--from", "1945", "--to", "1960", "--size", "1920x1080",
                "--format", "svg", "--theme", "projector", "--out", svg.toString());
        assertThat(timeline.exitCode()).as(timeline.err()).isZero();
        assertThat(timeline.out()).contains("wrote " + svg);
        var root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
        assertThat(root.getAttribute("viewBox")).isEqualTo("0.0 0.0 1920.0 1080.0");
        assertThat(Files.readString(svg)).contains(">Four Islands — 1945–1960<");

        Path png = folder.resolve("map.png");
        Run map = fourIslands("export", "map", "--date", "1946-02-02", "--size", "1280x720", "--out", png.toString());
        assertThat(map.exitCode()).as(map.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(720);
    }

    @Test
    void anUnknownPollIsAUsageErrorThatListsThePolls() throws Exception {
        Run run = fourIslands("export", "poll", "--poll", "gallup-1999", "--out", folder.resolve("poll.svg").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no poll with id 'gallup-1999'").contains("nhk-former-residents-table-1");
    }

    @Test
    void aUsageErrorExitsWithTwoAndSaysWhatWasExpected() throws Exception {
        Run run = fourIslands("export", "map", "--date", "1956-02-30", "--out", folder.resolve("x.png").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("invalid --date '1956-02-30'");
        try (var listing = Files.list(folder)) {
            assertThat(listing).isEmpty();
        }
    }

    @Test
    void anExistingFileIsKeptWithoutOverwriteAndTheExitCodeIsOne() throws Exception {
        Path existing = Files.writeString(folder.resolve("deck.png"), "keep me");
        Run run = fourIslands("export", "timeline", "--size", "1280x720", "--out", existing.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("already exists");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
        try (var listing = Files.list(folder)) {
            assertThat(listing).containsExactly(existing);
        }
    }
}
