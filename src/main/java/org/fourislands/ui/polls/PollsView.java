package org.fourislands.ui.polls;

import static org.fourislands.ui.common.Texts.paragraph;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.Poll;
import org.fourislands.ui.common.ScrollPanes;
import org.fourislands.ui.common.SourceLinks;
import org.fourislands.ui.state.ExplorerState;

/** Every opinion poll of the dataset as a chart, one under another; rebuilt when a dataset loads. */
public final class PollsView extends ScrollPane {

    private final ExplorerState state;
    private final SourceLinks links;
    private final VBox charts = new VBox();
    private final Consumer<Poll> exporter;

    /**
     * @param exporter opens the export dialog on a poll, for slides at any size and in SVG or PDF
     */
    public PollsView(ExplorerState state, Consumer<String> linkOpener, Consumer<Poll> exporter) {
        this.state = state;
        this.exporter = exporter;
        this.links = new SourceLinks(state, linkOpener);
        setId("polls-view");
        getStyleClass().add("polls-view");
        charts.getStyleClass().add("polls-content");
        ScrollPanes.readingPane(this, charts);
        state.datasetProperty().addListener(obs -> rebuild());
        rebuild();
    }

    private void rebuild() {
        charts.getChildren().clear();
        Dataset dataset = state.getDataset();
        if (dataset == null || dataset.polls().isEmpty()) {
            charts.getChildren().add(paragraph("This dataset has no opinion polls.", "detail-hint"));
            return;
        }
        dataset.polls().forEach(poll -> charts.getChildren().add(new PollChart(poll, links, exporter)));
    }

    /** The charts shown, one per poll, in the dataset's order. */
    public List<PollChart> pollCharts() {
        return charts.getChildren().stream().filter(PollChart.class::isInstance).map(PollChart.class::cast).toList();
    }
}
