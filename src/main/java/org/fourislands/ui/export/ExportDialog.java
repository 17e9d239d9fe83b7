package org.fourislands.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.concurrent.Task;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Poll;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.core.time.TimeWindow;
import org.fourislands.render.Palette;
import org.fourislands.render.RegionSurface;
import org.fourislands.ui.canvas.FxSurface;
import org.fourislands.ui.common.AppIcon;
import org.fourislands.ui.common.Labelled;
import org.fourislands.ui.state.ExplorerState;
import org.fourislands.ui.theme.Theme;
import org.locationtech.jts.geom.Envelope;

/**
 * The export dialog: what to export, format, size, theme, range or date, title and caption,
 * with a live preview drawn by the export's own composer, so the preview is the file in
 * miniature. Writing happens off the FX thread; the last choices are remembered.
 */
public final class ExportDialog extends Stage {

    private static final double PREVIEW_W = 560;
    private static final double PREVIEW_H = 340;

    private final ExplorerState state;
    private final Supplier<Envelope> mapExtent;
    private final ExportChoices choices;

    private final ChoiceBox<ExportKind> kind = choice(ExportKind.values(), ExportKind::label);
    private final ChoiceBox<ExportFormat> format = choice(ExportFormat.values(), ExportFormat::label);
    private final ComboBox<String> size = new ComboBox<>();
    private final ChoiceBox<Theme> theme = choice(Theme.values(), Theme::label);
    private final CheckBox transparent = new CheckBox("Transparent background");
    private final TextField title = new TextField();
    private final CheckBox showTitle = new CheckBox("Title");
    private final CheckBox showLegend = new CheckBox("Legend");
    private final CheckBox showFooter = new CheckBox("Attribution footer");
    private final CheckBox showStrips = new CheckBox("Status strips");
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final TextField date = new TextField();
    private final TextField caption = new TextField();
    private final ChoiceBox<Poll> poll = new ChoiceBox<>();
    private final Label problem = new Label();
    private final Label status = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Button exportButton = new Button("Export…");
    private final Button copyButton = new Button("Copy image");
    private final Canvas preview = new Canvas(PREVIEW_W, PREVIEW_H);
    private final ExportComposer previewComposer = new ExportComposer();
    private ExportOptions options;
    private boolean writing;

    /**
     * @param mapExtent the area the main map shows now, exported as the map's extent
     * @param remembered where the dialog keeps its last choices between runs
     */
    public ExportDialog(Window owner, ExplorerState state, Supplier<Envelope> mapExtent, Preferences remembered) {
        this.state = state;
        this.mapExtent = mapExtent;
        this.choices = new ExportChoices(remembered);
        initOwner(owner);
        AppIcon.followOwner(this, owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle("Export");
        fillFromState();

        GridPane form = new GridPane();
        form.getStyleClass().add("export-form");
        form.setHgap(10);
        form.setVgap(8);
        int row = 0;
        row = addRow(form, row, "Export", kind);
        row = addRow(form, row, "Format", format);
        row = addRow(form, row, "Size (W×H)", size);
        row = addRow(form, row, "Theme", theme);
        form.add(transparent, 1, row++);
        row = addRow(form, row, "Title", title);
        form.add(new HBox(12, showTitle, showLegend, showFooter, showStrips), 1, row++);
        row = addRow(form, row, "From", from);
        row = addRow(form, row, "To", to);
        row = addRow(form, row, "Date", date);
        row = addRow(form, row, "Caption", caption);
        row = addRow(form, row, "Poll", poll);
        problem.getStyleClass().add("export-problem");
        problem.setWrapText(true);
        form.add(problem, 0, row, 2, 1);

        exportButton.setId("export-button");
        exportButton.setDefaultButton(true);
        exportButton.setOnAction(e -> chooseFileAndExport());
        copyButton.setId("copy-image-button");
        copyButton.setOnAction(e -> copyToClipboard());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        progress.setVisible(false);
        progress.setPrefSize(22, 22);
        status.setId("export-status");
        status.setWrapText(true);
        // The status has a line of its own above the buttons, wraps in the dialog's width and
        // never widens it: beside the buttons, a long path squeezed them to "..." and the message
        // was cut. The dialog grows to hold a message of several lines.
        status.setMinWidth(0);
        status.setPrefWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        status.textProperty().addListener((o, was, now) -> Platform.runLater(this::sizeToScene));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, progress, spacer, copyButton, exportButton, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        preview.setId("export-preview");
        StackPane previewPane = new StackPane(preview);
        previewPane.getStyleClass().add("export-preview");
        previewPane.setMinSize(PREVIEW_W + 16, PREVIEW_H + 16);
        Label previewLabel = new Label("Preview");
        previewLabel.getStyleClass().add("pane-heading");
        HBox body = new HBox(18, form, new VBox(4, previewLabel, previewPane));
        VBox root = new VBox(14, body, status, buttons);
        root.setPadding(new Insets(16));
        root.getStyleClass().add("export-dialog");
        Scene scene = new Scene(root);
        state.getTheme().applyTo(scene);
        setScene(scene);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
            }
        });

        for (var control : new javafx.beans.Observable[] {kind.valueProperty(), format.valueProperty(), size.valueProperty(),
                theme.valueProperty(), transparent.selectedProperty(), title.textProperty(), showTitle.selectedProperty(),
                showLegend.selectedProperty(), showFooter.selectedProperty(), showStrips.selectedProperty(), from.textProperty(), to.textProperty(),
                date.textProperty(), caption.textProperty(), poll.valueProperty()}) {
            control.addListener(o -> update());
        }
        update();
    }

    private static int addRow(GridPane form, int row, String text, javafx.scene.control.Control control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        control.setAccessibleText(text);
        control.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(control, Priority.ALWAYS);
        form.add(label, 0, row);
        form.add(control, 1, row);
        return row + 1;
    }

    private static <T> ChoiceBox<T> choice(T[] values, Function<T, String> label) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.getItems().setAll(values);
        box.setConverter(Labelled.by(label, ""));
        return box;
    }

    /** Starts from the remembered choices and what the explorer shows now: its range, date, event and theme. */
    private void fillFromState() {
        ExportOptions remembered = choices.restoreInto(ExportOptions.builder(ExportKind.SLIDE).theme(state.getTheme())).build();
        kind.setValue(remembered.kind());
        format.setValue(remembered.format());
        size.getItems().setAll(ExportSize.PRESETS.stream().map(ExportDialog::sizeText).toList());
        size.setEditable(true);
        // A typed custom size takes effect as it is typed, not only on Enter.
        size.getEditor().textProperty().addListener((obs, old, text) -> size.setValue(text));
        size.setValue(sizeText(remembered.size()));
        theme.setValue(remembered.theme());
        transparent.setSelected(remembered.transparent());
        showTitle.setSelected(remembered.showTitle());
        showLegend.setSelected(remembered.showLegend());
        showFooter.setSelected(remembered.showFooter());
        showStrips.setSelected(remembered.showStrips());
        TimeWindow chosen = state.selectedRangeProperty().get();
        HistoricalDate[] range = chosen != null ? new HistoricalDate[] {chosen.firstDay(), chosen.lastDay()} : offeredFor(state.getVisibleWindow());
        from.setText(range[0].toIso());
        to.setText(range[1].toIso());
        date.setText(state.getSelectedDate().toIso());
        caption.setPromptText("The selected event's title and date");
        poll.setConverter(Labelled.by(Poll::title, ""));
        // Poll titles are long: the choice shows as much as the form's width allows, not the form as wide as the longest.
        poll.setPrefWidth(360);
        poll.getItems().setAll(state.getDataset().polls());
        if (!poll.getItems().isEmpty()) {
            poll.setValue(poll.getItems().getFirst());
        }
    }

    /**
     * The range offered for the timeline's window: the years it shows, where it spans two years or
     * more. A window panned or zoomed by hand starts on any day, and the title said "6 February
     * 1838 – 7 February 2008"; a range chosen on the overview is offered as chosen.
     */
    static HistoricalDate[] offeredFor(TimeWindow visible) {
        if (visible.span() < 2 * 365.25) {
            return new HistoricalDate[] {visible.firstDay(), visible.lastDay()};
        }
        return new HistoricalDate[] {HistoricalDate.ofYear(visible.firstDay().year()), HistoricalDate.ofYear(visible.lastDay().year())};
    }

    private static String sizeText(ExportSize value) {
        return value.width() + "x" + value.height();
    }

    /** Rebuilds the options from the form, or says what is wrong with it; then redraws the preview. */
    private void update() {
        ExportKind chosenKind = kind.getValue();
        transparent.setDisable(format.getValue() != ExportFormat.PNG);
        from.setDisable(!chosenKind.hasTimeline());
        to.setDisable(!chosenKind.hasTimeline());
        showStrips.setDisable(!chosenKind.hasTimeline());
        date.setDisable(!chosenKind.hasDate());
        caption.setDisable(chosenKind != ExportKind.SLIDE);
        poll.setDisable(chosenKind != ExportKind.POLL);
        try {
            options = readForm();
            problem.setText("");
            title.setPromptText(ExportComposer.title(ExportSource.of(state), options));
            copyButton.setDisable(false);
            drawPreview();
        } catch (IllegalArgumentException e) {
            options = null;
            problem.setText(e.getMessage());
            copyButton.setDisable(true);
        }
        offerExport();
    }

    /** Export is offered while the form is valid and no file is being written, so that a second write cannot start over the first. */
    private void offerExport() {
        exportButton.setDisable(options == null || writing);
    }

    /** The options the form asks for; only the fields the kind uses are read, so a disabled one's text never blocks it. */
    private ExportOptions readForm() {
        ExportKind chosenKind = kind.getValue();
        ExportSize chosenSize = ExportSize.parse(String.valueOf(size.getValue()));
        if (chosenKind == ExportKind.POLL && poll.getValue() == null) {
            throw new IllegalArgumentException("This dataset has no opinion polls to export.");
        }
        HistoricalEvent event = state.getSelectedEvent();
        String text = title.getText().isBlank() ? null : title.getText().strip();
        ExportOptions.Builder builder = ExportOptions.builder(chosenKind).format(format.getValue()).size(chosenSize).theme(theme.getValue())
                .transparent(transparent.isSelected()).title(text)
                .parts(showTitle.isSelected(), showLegend.isSelected(), showFooter.isSelected()).strips(showStrips.isSelected())
                .mapExtent(chosenKind == ExportKind.MAP ? mapExtent.get() : null)
                .event(event == null ? null : event.id(), caption.getText().isBlank() ? null : caption.getText().strip())
                .filter(state.getFilter()).names(state.getNaming(), state.getScript())
                .poll(poll.getValue() == null ? null : poll.getValue().id());
        if (chosenKind.hasTimeline()) {
            builder.range(TimeWindow.between(parseDate(from.getText(), "From"), parseDate(to.getText(), "To"), "“From”", "“To”"));
        }
        if (chosenKind.hasDate()) {
            builder.date(parseDate(date.getText(), "Date"));
        }
        return builder.build();
    }

    private static HistoricalDate parseDate(String text, String field) {
        return HistoricalDate.tryParse(text.strip()).orElseThrow(() -> new IllegalArgumentException(
                "“" + field + "”: " + HistoricalDate.problemWith(text.strip()) + " (write 1945, 1945-08 or 1945-08-15)"));
    }

    private void drawPreview() {
        ExportSource source = ExportSource.of(state);
        if (source.dataset() == null || source.mapData() == null) {
            return;
        }
        double w = options.size().width();
        double h = options.size().height();
        double factor = Math.min(PREVIEW_W / w, PREVIEW_H / h);
        preview.setWidth(Math.round(w * factor));
        preview.setHeight(Math.round(h * factor));
        FxSurface surface = new FxSurface(preview);
        surface.clear();
        surface.save();
        surface.scale(factor);
        Palette palette = ThemePalettes.of(options.theme());
        RegionSurface.drawInRegion(surface, 0, 0, w, h, region -> previewComposer.draw(region, source, options, palette));
        surface.restore();
    }

    /** Sets the dialog to export one poll's chart (the polls view's "Export…"). */
    public void choosePoll(String pollId) {
        kind.setValue(ExportKind.POLL);
        poll.getItems().stream().filter(p -> p.id().equals(pollId)).findFirst().ifPresent(poll::setValue);
    }

    /** The options the form holds now; null while it has a problem. */
    public ExportOptions options() {
        return options;
    }

    private void chooseFileAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + options.kind().label().toLowerCase(Locale.ROOT));
        File folder = new File(choices.lastFolder());
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        chooser.setInitialFileName(suggestedName(options));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(options.format().label(), "*." + options.format().extension()));
        File chosen = chooser.showSaveDialog(this);
        if (chosen == null) {
            return;
        }
        Path target = chosen.toPath();
        boolean replace = false;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, target.getFileName() + " already exists. Replace it?",
                    ButtonType.CANCEL, ButtonType.OK);
            confirm.initOwner(this);
            confirm.setHeaderText("Replace the existing file?");
            if (confirm.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
                return;
            }
            replace = true;
        }
        exportTo(target, replace);
    }

    /** A file name that says what the export shows, e.g. four-islands-timeline-1945-1960.png. */
    static String suggestedName(ExportOptions options) {
        String what = switch (options.kind()) {
            case TIMELINE -> "timeline-" + ExportComposer.rangeText(options.range()).replaceAll("[^0-9A-Za-z]+", "-");
            case MAP -> "map-" + options.date().toIso();
            case SLIDE -> "slide-" + (options.eventId() != null ? options.eventId() : options.date().toIso());
            case POLL -> "poll-" + options.pollId();
        };
        return "four-islands-" + what + "." + options.format().extension();
    }

    /** How the dialog does an export's FX part: {@link ExportService#prepare}, unless a test puts a failure in its place. */
    @FunctionalInterface
    interface Preparation {
        ExportService.Prepared prepare(ExportSource source, ExportOptions options) throws ExportException;
    }

    Preparation preparation = ExportService::prepare;

    /**
     * Draws the export now and writes it on a worker thread, showing progress; the result or
     * the error appears in the dialog. Package-private for tests, which skip the file chooser.
     */
    Task<Path> exportTo(Path target, boolean overwrite) {
        ExportOptions chosen = options;
        choices.remember(chosen);
        if (target.toAbsolutePath().getParent() != null) {
            choices.rememberFolder(target.toAbsolutePath().getParent().toString());
        }
        writing = true;
        progress.setVisible(true);
        offerExport();
        status.setText("Drawing " + chosen.size() + "…");
        long started = System.nanoTime();
        Callable<Path> work = drawnThenWritten(chosen, target, overwrite);
        Task<Path> write = new Task<>() {
            @Override
            protected Path call() throws Exception {
                return work.call();
            }
        };
        write.setOnSucceeded(e -> finish(String.format(Locale.ROOT, "Saved %s (%.1f s)", target.getFileName(),
                (System.nanoTime() - started) / 1e9)));
        write.setOnFailed(e -> {
            String message = ExportException.describing(write.getException(), chosen.size()).getMessage();
            finish(message);
            showError("The file was not written", message);
        });
        status.setText("Writing " + target.getFileName() + "…");
        Thread worker = new Thread(write, "export-writer");
        worker.setDaemon(true);
        worker.start();
        return write;
    }

    /**
     * Draws the export here, on the FX thread, and gives back the write for the worker. A drawing
     * that fails (no memory for an 8192×8192 canvas) fails that write, so that it ends as a failed
     * write does: the spinner stops, Export comes back and an alert says why.
     */
    private Callable<Path> drawnThenWritten(ExportOptions chosen, Path target, boolean overwrite) {
        try {
            ExportService.Prepared prepared = preparation.prepare(ExportSource.of(state), chosen);
            return () -> prepared.writeTo(target, overwrite);
        } catch (Throwable failure) {
            ExportException described = ExportException.describing(failure, chosen.size());
            return () -> {
                throw described;
            };
        }
    }

    private void showError(String header, String message) {
        Alert error = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        error.initOwner(this);
        error.setHeaderText(header);
        error.show();
    }

    private void finish(String message) {
        writing = false;
        progress.setVisible(false);
        offerExport();
        status.setText(message);
    }

    /** Puts the export, as an image, on the clipboard for pasting into slides. */
    void copyToClipboard() {
        ClipboardContent content = new ClipboardContent();
        try {
            content.putImage(ExportService.image(ExportSource.of(state), options));
        } catch (ExportException | OutOfMemoryError failure) {
            String message = ExportException.describing(failure, options.size()).getMessage();
            status.setText(message);
            showError("The image was not copied", message);
            return;
        }
        Clipboard.getSystemClipboard().setContent(content);
        status.setText("Copied a " + options.size() + " image to the clipboard");
    }
}
