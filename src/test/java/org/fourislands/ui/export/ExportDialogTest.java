package org.fourislands.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.concurrent.Task;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.core.time.TimeWindow;
import org.fourislands.testing.ExplorerExtension;
import org.fourislands.testing.ExplorerHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog as a user meets it: opened from the keyboard, previewed, checked, written. */
@ExtendWith(ExplorerExtension.class)
class ExportDialogTest {

    private ExplorerHarness harness; // set by ExplorerExtension before each test

    @TempDir
    Path folder;

    private ExportDialog open(FxRobot robot) throws Exception {
        robot.clickOn(harness.window.map());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Window.getWindows().stream().anyMatch(ExportDialog.class::isInstance));
        ExplorerHarness.settle();
        return (ExportDialog) Window.getWindows().stream().filter(ExportDialog.class::isInstance).findFirst().orElseThrow();
    }

    @Test
    void theShortcutOpensTheDialogWithALivePreviewAndExportWritesTheFile(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot);
        // Each test's window remembers in preferences of its own: nothing from earlier exports, or from the user's.
        assertThat(dialog.options().size()).isEqualTo(ExportSize.FULL_HD);
        Canvas preview = robot.lookup("#export-preview").queryAs(Canvas.class);
        WritableImage before = ExplorerHarness.snapshot(preview);
        assertThat(distinctColours(before)).as("the preview shows a drawing").isGreaterThan(20);

        ComboBox<?> size = robot.lookup(".combo-box").queryAs(ComboBox.class);
        robot.interact(() -> size.getEditor().setText("1280x720"));
        ExportOptions options = dialog.options();
        assertThat(options.size()).isEqualTo(ExportSize.HD);
        assertThat(preview.getWidth() / preview.getHeight()).isCloseTo(16 / 9.0, org.assertj.core.data.Offset.offset(0.02));

        Path target = folder.resolve(ExportDialog.suggestedName(options));
        Task<Path> task = WaitForAsyncUtils.asyncFx(() -> dialog.exportTo(target, false)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(task::isDone).get());
        ExplorerHarness.settle();
        assertThat(WaitForAsyncUtils.asyncFx(task::getException).get()).isNull();
        BufferedImage written = ImageIO.read(target.toFile());
        assertThat(written.getWidth()).isEqualTo(1280);
        assertThat(robot.lookup("#export-status").queryAs(Label.class).getText()).startsWith("Saved " + target.getFileName());
        // Remembered where the app keeps the user's choices, under the test's own root.
        Preferences remembered = harness.preferences.node("org/fourislands/ui/export/choices");
        assertThat(remembered.get("size", null)).isEqualTo("1280x720");
        assertThat(remembered.get("folder", null)).isEqualTo(folder.toAbsolutePath().toString());
    }

    /**
     * The timeline's window, panned by hand, starts and ends on any day: the dialog offers the
     * years it spans, and the days only for a window under two years.
     */
    @ParameterizedTest(name = "{0} – {1} → {2} – {3}")
    @CsvSource({
            "1838-02-06, 2008-02-07, 1838, 2008",
            "1855-01-01, 2024-12-31, 1855, 2024",
            "1944-07-15, 1946-07-20, 1944, 1946",
            "1945-08-01, 1946-06-30, 1945-08-01, 1946-06-30"})
    void theTimelinesWindowIsOfferedInWholeYears(String first, String last, String from, String to) {
        TimeWindow window = TimeWindow.covering(HistoricalDate.parse(first), HistoricalDate.parse(last));
        assertThat(ExportDialog.offeredFor(window)).extracting(HistoricalDate::toIso).containsExactly(from, to);
    }

    @Test
    void theDialogOffersTheYearsOfAWindowPannedByHand(FxRobot robot) throws Exception {
        robot.interact(() -> harness.window.state().setVisibleWindow(
                TimeWindow.covering(HistoricalDate.parse("1900-02-06"), HistoricalDate.parse("1969-02-07"))));
        ExportDialog dialog = open(robot);
        assertThat(dialog.options().range()).isEqualTo(TimeWindow.covering(HistoricalDate.ofYear(1900), HistoricalDate.ofYear(1969)));
        assertThat(ExportComposer.rangeText(dialog.options().range())).isEqualTo("1900–1969");
        robot.interact(dialog::close);
    }

    /**
     * The dialog checks a range as the command line does: a month to the year it is in is a
     * window (it was refused as "“To” before “From”"), a single day is too short (it was taken,
     * and the command line refused the same range).
     */
    @Test
    void aRangeIsCheckedAsTheCommandLineChecksIt(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot);
        chooseKind(robot, ExportKind.TIMELINE);
        TextField from = formControl(robot, "From", TextField.class);
        TextField to = formControl(robot, "To", TextField.class);
        robot.interact(() -> {
            from.setText("1956-10");
            to.setText("1956");
        });
        assertThat(dialog.options().range()).isEqualTo(TimeWindow.covering(HistoricalDate.parse("1956-10"), HistoricalDate.ofYear(1956)));

        robot.interact(() -> {
            from.setText("1956-10-19");
            to.setText("1956-10-19");
        });
        assertThat(dialog.options()).isNull();
        assertThat(robot.lookup(".export-problem").queryAs(Label.class).getText()).isEqualTo("“From” to “To” must span at least 4 days, not 1");
        assertThat(robot.lookup("#export-button").queryAs(Button.class).isDisabled()).isTrue();
        robot.interact(dialog::close);
    }

    /**
     * A field the chosen kind does not use is greyed out and never read: a bad From while
     * exporting a map, or a bad Date while exporting a poll, blocked Export with "“From”: …".
     */
    @Test
    void aFieldTheKindDoesNotUseNeverBlocksTheExport(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot);
        TextField from = formControl(robot, "From", TextField.class);
        TextField date = formControl(robot, "Date", TextField.class);
        Button export = robot.lookup("#export-button").queryAs(Button.class);
        Label problem = robot.lookup(".export-problem").queryAs(Label.class);

        chooseKind(robot, ExportKind.MAP);
        robot.interact(() -> from.setText("19x6"));
        assertThat(from.isDisabled()).isTrue();
        assertThat(problem.getText()).isEmpty();
        assertThat(dialog.options()).isNotNull();
        assertThat(export.isDisabled()).isFalse();

        chooseKind(robot, ExportKind.POLL);
        robot.interact(() -> date.setText("next spring"));
        assertThat(date.isDisabled()).isTrue();
        assertThat(problem.getText()).isEmpty();
        assertThat(dialog.options().kind()).isEqualTo(ExportKind.POLL);
        assertThat(export.isDisabled()).isFalse();

        // Where the kind uses them, they are read and checked.
        chooseKind(robot, ExportKind.SLIDE);
        assertThat(dialog.options()).isNull();
        assertThat(problem.getText()).startsWith("“From”:");
        assertThat(export.isDisabled()).isTrue();
        robot.interact(dialog::close);
    }

    /**
     * Export stays off while a file is being written, whatever is edited meanwhile: any edit
     * turned it back on, and a second click started a second write.
     */
    @Test
    void exportStaysOffWhileAFileIsBeingWritten(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot);
        Button export = robot.lookup("#export-button").queryAs(Button.class);
        TextField title = formControl(robot, "Title", TextField.class);
        Path target = folder.resolve("while-writing.png");
        // On the FX thread throughout, so the write cannot finish (its end runs there) before the edit is made.
        record Started(Task<Path> write, boolean exportDisabledAfterAnEdit) {}
        Started started = WaitForAsyncUtils.asyncFx(() -> {
            Task<Path> write = dialog.exportTo(target, false);
            title.setText("Edited while writing");
            return new Started(write, export.isDisabled());
        }).get();
        assertThat(started.exportDisabledAfterAnEdit()).as("Export disabled after an edit during the write").isTrue();

        Task<Path> task = started.write();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(task::isDone).get());
        ExplorerHarness.settle();
        assertThat(WaitForAsyncUtils.asyncFx(task::getException).get()).isNull();
        assertThat(export.isDisabled()).as("Export back once the file is written").isFalse();
        assertThat(target).exists();
        robot.interact(dialog::close);
    }

    /** A control of the form, found by its label, which it also carries for screen readers. */
    private static <T extends Control> T formControl(FxRobot robot, String label, Class<T> type) {
        return robot.lookup(node -> type.isInstance(node) && label.equals(((Control) node).getAccessibleText())).queryAs(type);
    }

    @SuppressWarnings("unchecked")
    private static void chooseKind(FxRobot robot, ExportKind kind) {
        ChoiceBox<ExportKind> choice = formControl(robot, "Export", ChoiceBox.class);
        robot.interact(() -> choice.setValue(kind));
    }

    @Test
    void anInvalidSizeIsExplainedAndExportIsDisabled(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot);
        ComboBox<?> size = robot.lookup(".combo-box").queryAs(ComboBox.class);
        robot.interact(() -> size.getEditor().setText("20x20"));
        ExplorerHarness.settle();
        assertThat(dialog.options()).isNull();
        assertThat(robot.lookup(".export-problem").queryAs(Label.class).getText()).contains("invalid size 20×20");
        assertThat(robot.lookup("#export-button").queryAs(Button.class).isDisabled()).isTrue();
    }

    /**
     * A drawing that runs out of memory (an 8192×8192 PNG on a 4 GB laptop; here put in its
     * place) ends as a failed write does: the spinner stops, Export comes back, an alert and the
     * status say what to do. The spinner went on turning, Export stayed off, and nothing was said.
     */
    @Test
    void aDrawingWithoutMemoryIsReportedAndTheDialogRecovers(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot);
        dialog.preparation = (source, options) -> {
            throw new OutOfMemoryError("Java heap space");
        };
        Path target = folder.resolve("huge.png");
        Task<Path> task = WaitForAsyncUtils.asyncFx(() -> dialog.exportTo(target, false)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(task::isDone).get());
        ExplorerHarness.settle();

        String expected = "could not draw the export: too large for the memory available (1920×1080): try 1280×720";
        assertThat(robot.lookup("#export-status").queryAs(Label.class).getText()).isEqualTo(expected);
        assertThat(robot.lookup("#export-button").queryAs(Button.class).isDisabled()).as("Export is back").isFalse();
        assertThat(robot.lookup(".progress-indicator").queryAllAs(ProgressIndicator.class))
                .filteredOn(spinner -> spinner.getScene().getWindow() == dialog).noneMatch(ProgressIndicator::isVisible);
        DialogPane alert = Window.getWindows().stream()
                .filter(window -> window.getScene().getRoot() instanceof DialogPane pane && pane.getContentText().equals(expected))
                .map(window -> (DialogPane) window.getScene().getRoot()).findFirst().orElseThrow();
        assertThat(alert.getHeaderText()).isEqualTo("The file was not written");
        robot.interact(() -> alert.getScene().getWindow().hide());
        assertThat(target).doesNotExist();
    }

    /**
     * A failed write's message names the whole path, however long, and the buttons keep their
     * names: beside them on one line, the message ended in "…" and squeezed them to "...".
     */
    @Test
    void aLongErrorIsShownWholeAndTheButtonsKeepTheirNames(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot);
        Path target = folder.resolve("a folder with a rather long name for the slides of the lesson").resolve("four-islands-map-1946.png");
        Task<Path> task = WaitForAsyncUtils.asyncFx(() -> dialog.exportTo(target, false)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(task::isDone).get());
        ExplorerHarness.settle();
        Window.getWindows().stream().filter(window -> window.getScene().getRoot() instanceof DialogPane).toList()
                .forEach(alert -> robot.interact(alert::hide));

        Label status = robot.lookup("#export-status").queryAs(Label.class);
        assertThat(status.getText()).contains(target.getParent().toString()).contains("does not exist");
        assertThat(shownText(status)).isEqualTo(status.getText());
        for (String id : List.of("#export-button", "#copy-image-button")) {
            Button button = robot.lookup(id).queryAs(Button.class);
            assertThat(shownText(button)).as(id).isEqualTo(button.getText());
        }
    }

    /** The text a label or button shows: its own, or shortened with an ellipsis where it has no room. */
    private static String shownText(javafx.scene.control.Labeled labeled) {
        return labeled.lookupAll(".text").stream().filter(Text.class::isInstance).map(node -> ((Text) node).getText())
                .collect(java.util.stream.Collectors.joining());
    }

    @Test
    void copyPutsTheImageOnTheClipboard(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot);
        robot.interact(dialog::copyToClipboard);
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().hasImage()).get()).isTrue();
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getImage().getWidth()).get())
                .isEqualTo((double) dialog.options().size().width());
    }

    @Test
    void aPollsExportButtonOpensTheDialogOnThatPoll(FxRobot robot) throws Exception {
        robot.interact(() -> harness.window.showPolls());
        ExplorerHarness.settle();
        robot.interact(() -> robot.lookup("#poll-export-nhk-former-residents-table-2").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream().anyMatch(ExportDialog.class::isInstance));
        ExplorerHarness.settle();
        ExportDialog dialog = (ExportDialog) Window.getWindows().stream().filter(ExportDialog.class::isInstance).findFirst().orElseThrow();
        assertThat(dialog.options().kind()).isEqualTo(ExportKind.POLL);
        assertThat(dialog.options().pollId()).isEqualTo("nhk-former-residents-table-2");
        assertThat(ExportDialog.suggestedName(dialog.options())).startsWith("four-islands-poll-nhk-former-residents-table-2.");
    }

    private static int distinctColours(WritableImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getPixelReader().getArgb(x, y));
            }
        }
        return colours.size();
    }
}
