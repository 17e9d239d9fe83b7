package org.fourislands.ui.polls;

import static org.fourislands.ui.common.Texts.paragraph;
import static org.fourislands.ui.common.Texts.styled;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.fourislands.core.io.AtomicWrite;
import org.fourislands.core.io.FileNotWrittenException;
import org.fourislands.core.model.Poll;
import org.fourislands.core.model.PollRow;
import org.fourislands.ui.common.PngFiles;
import org.fourislands.ui.common.SourceLinks;

/**
 * One poll as its source prints it: the title and the full question above, grouped bars (one
 * series per respondent group, one category per answer) with each exact percentage on its bar
 * and in a tooltip, and the formatted source below. The chart can be saved as a PNG.
 */
public final class PollChart extends VBox {

    private final Poll poll;
    private final BarChart<String, Number> chart;
    private final VBox exportable;

    public PollChart(Poll poll, SourceLinks links, Consumer<Poll> exporter) {
        this.poll = poll;
        getStyleClass().add("poll-chart");
        setId("poll-" + poll.id());
        Label title = styled(new Label(poll.title()), "poll-title");
        title.setWrapText(true);
        Label question = paragraph(poll.questionAsShown(), "poll-question");
        Label who = paragraph(poll.pollster() + ", " + poll.year().toDisplayText() + " · " + poll.respondents(), "detail-meta");

        CategoryAxis answers = new CategoryAxis();
        answers.setLabel("Answer");
        NumberAxis percent = new NumberAxis(0, axisMaximum(poll), 10);
        percent.setLabel("% of respondents");
        percent.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value.doubleValue() > 100 ? "" : String.valueOf(value.intValue());
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        chart = new BarChart<>(answers, percent);
        chart.getStyleClass().add("poll-bars");
        chart.setAnimated(false);
        chart.setCategoryGap(18);
        chart.setBarGap(1);
        chart.setLegendVisible(true);
        chart.setMinHeight(340);
        chart.setPrefHeight(380);
        chart.setAccessibleText("Bar chart: " + poll.title() + ". " + describe(poll));
        for (PollRow row : poll.rows()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(row.group());
            for (int a = 0; a < poll.answers().size(); a++) {
                XYChart.Data<String, Number> bar = new XYChart.Data<>(poll.answers().get(a), row.values().get(a));
                String text = row.group() + " — " + poll.answers().get(a) + ": " + percent(row.values().get(a));
                bar.nodeProperty().addListener((obs, old, node) -> decorate(node, bar, text));
                series.getData().add(bar);
            }
            chart.getData().add(series);
        }

        Node source = links.citation(poll.source());
        // Read before the link is renamed below: the chart printed "Source: Open the source".
        String citation = sourceText(source);
        if (source instanceof Hyperlink link) {
            // The citation is printed with the chart (and exported with it); here it is only the way to the source.
            link.setText("Open the source");
        }
        Label note = poll.note() == null ? null : paragraph(poll.note(), "poll-note");
        exportable = styled(new VBox(title, question, who, chart), "poll-exportable");
        exportable.getChildren().add(paragraph("Source: " + citation, "poll-source-text"));
        if (note != null) {
            exportable.getChildren().add(note);
        }
        Button save = new Button("Save chart as PNG…");
        save.setId("poll-save-" + poll.id());
        save.setAccessibleHelp("Saves this chart, with its question and source, as a PNG image");
        save.setOnAction(a -> chooseAndSave());
        Button export = new Button("Export for slides…");
        export.setId("poll-export-" + poll.id());
        export.setAccessibleHelp("Opens the export dialog on this chart: PNG, SVG or PDF at slide sizes, in any theme");
        export.setOnAction(a -> exporter.accept(poll));
        HBox actions = styled(new HBox(save, export, source), "poll-actions");
        getChildren().add(exportable);
        getChildren().add(actions);
    }

    private static String sourceText(Node source) {
        return source instanceof javafx.scene.control.Labeled labeled ? labeled.getText() : "";
    }

    /** Room above the tallest bar for its label, rounded up to ten; may pass 100, where the ticks stop. */
    private static double axisMaximum(Poll poll) {
        double max = poll.rows().stream().flatMap(r -> r.values().stream()).mapToDouble(Double::doubleValue).max().orElse(100);
        return Math.ceil((max + 14) / 10) * 10;
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    private static String describe(Poll poll) {
        StringBuilder text = new StringBuilder();
        for (PollRow row : poll.rows()) {
            text.append(row.group()).append(": ");
            for (int a = 0; a < poll.answers().size(); a++) {
                text.append(a == 0 ? "" : ", ").append(poll.answers().get(a)).append(' ').append(percent(row.values().get(a)));
            }
            text.append(". ");
        }
        return text.toString();
    }

    /** Puts the exact percentage on the bar, above its top, and in a tooltip. */
    private static void decorate(Node node, XYChart.Data<String, Number> bar, String text) {
        if (!(node instanceof StackPane pane)) {
            return;
        }
        Label value = new Label(percent(bar.getYValue().doubleValue()));
        value.getStyleClass().add("poll-bar-value");
        value.setMinSize(Label.USE_PREF_SIZE, Label.USE_PREF_SIZE);
        value.setMaxSize(Label.USE_PREF_SIZE, Label.USE_PREF_SIZE);
        value.setRotate(-90);
        value.setManaged(false);
        // Turned upright, the label stands on the bar's top: laid out unmanaged, centred over the bar.
        value.layoutXProperty().bind(pane.widthProperty().subtract(value.widthProperty()).divide(2));
        value.layoutYProperty().bind(value.widthProperty().add(value.heightProperty()).divide(-2).subtract(3));
        value.autosize();
        pane.heightProperty().addListener(obs -> value.autosize());
        value.fontProperty().addListener(obs -> value.autosize());
        pane.getChildren().add(value);
        Tooltip tooltip = new Tooltip(text);
        tooltip.setShowDelay(javafx.util.Duration.millis(150));
        Tooltip.install(pane, tooltip);
    }

    public Poll poll() {
        return poll;
    }

    /** The chart control, for tests: its series and bars. (Exports draw the poll through PollChartRenderer instead.) */
    public BarChart<String, Number> chart() {
        return chart;
    }

    /**
     * Saves the chart with its question and source as a PNG, as the exports are saved: whole or
     * not at all, replacing a file the chooser has confirmed, with the user's usual permissions.
     * Call on the FX thread.
     */
    public void savePng(Path target) throws FileNotWrittenException {
        WritableImage image = exportable.snapshot(null, null);
        AtomicWrite.write(target, true, out -> PngFiles.write(image, out));
    }

    private void chooseAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save chart as PNG");
        chooser.setInitialFileName(poll.id() + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image (*.png)", "*.png"));
        File chosen = chooser.showSaveDialog(getScene().getWindow());
        if (chosen == null) {
            return;
        }
        try {
            savePng(chosen.toPath());
        } catch (FileNotWrittenException e) {
            Alert failed = new Alert(Alert.AlertType.ERROR, "The chart could not be saved: " + e.getMessage());
            failed.initOwner(getScene().getWindow());
            failed.showAndWait();
        }
    }
}
