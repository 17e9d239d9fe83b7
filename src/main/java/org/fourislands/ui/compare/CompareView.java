package org.fourislands.ui.compare;

import static org.fourislands.ui.common.Texts.heading;
import static org.fourislands.ui.common.Texts.paragraph;
import static org.fourislands.ui.common.Texts.styled;

import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fourislands.core.model.Actor;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.query.DateComparison;
import org.fourislands.core.time.DatePrecision;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.ui.common.ScrollPanes;
import org.fourislands.ui.map.MapView;
import org.fourislands.ui.state.ExplorerState;

/**
 * Two maps side by side, each on a date of its own, panned and zoomed together, with the list of
 * what changed between the two dates beside them. Each date is typed ("1875", "1946-02-02") or
 * taken from the timeline's playhead. The maps read their dates from their own
 * {@link MapView#dateProperty()}, so the main map keeps following the playhead.
 */
public final class CompareView extends BorderPane {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final ExplorerState state;
    private final ObjectProperty<HistoricalDate> dateA = new SimpleObjectProperty<>(this, "dateA", HistoricalDate.ofYear(1875));
    private final ObjectProperty<HistoricalDate> dateB = new SimpleObjectProperty<>(this, "dateB", HistoricalDate.ofYear(1946));
    private final ReadOnlyObjectWrapper<DateComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final MapView mapA;
    private final MapView mapB;
    private final VBox changes = new VBox();

    public CompareView(ExplorerState state) {
        this.state = state;
        getStyleClass().add("compare-view");
        setId("compare-view");
        mapA = comparedMap(state, "compare-map-a", dateA);
        mapB = comparedMap(state, "compare-map-b", dateB);
        // Same size, same viewport: panning or zooming either map moves both.
        mapA.viewportProperty().bindBidirectional(mapB.viewportProperty());

        HBox maps = new HBox(column("a", "First date", dateA, mapA), column("b", "Second date", dateB, mapB));
        maps.getStyleClass().add("compare-maps");
        changes.getStyleClass().addAll("detail-content", "compare-changes");
        changes.setId("compare-changes");
        ScrollPane changesScroll = ScrollPanes.readingPane(new ScrollPane(), changes);
        changesScroll.setPrefWidth(360);
        changesScroll.setMinWidth(260);
        setCenter(maps);
        setRight(changesScroll);

        dateA.addListener(obs -> recompare());
        dateB.addListener(obs -> recompare());
        state.datasetProperty().addListener(obs -> recompare());
        state.namingProperty().addListener(obs -> recompare());
        state.scriptProperty().addListener(obs -> recompare());
        recompare();
    }

    private static MapView comparedMap(ExplorerState state, String id, ObjectProperty<HistoricalDate> date) {
        MapView map = new MapView(state);
        map.setId(id);
        map.dateProperty().bind(date);
        return map;
    }

    private VBox column(String suffix, String name, ObjectProperty<HistoricalDate> date, MapView map) {
        TextField field = new TextField(date.get().toIso());
        field.setId("compare-date-" + suffix);
        field.setPrefColumnCount(10);
        field.setAccessibleText(name + ", as YYYY, YYYY-MM or YYYY-MM-DD");
        field.setTooltip(new Tooltip("Type a year (1875), a month (1945-08) or a day (1946-02-02)"));
        Label problem = styled(new Label(), "compare-date-problem");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        field.textProperty().addListener((obs, old, text) -> {
            HistoricalDate parsed = HistoricalDate.tryParse(text.strip()).orElse(null);
            field.pseudoClassStateChanged(INVALID, parsed == null);
            problem.setText(parsed == null ? HistoricalDate.problemWith(text.strip()) : "");
            if (parsed != null) {
                date.set(parsed);
            }
        });
        date.addListener((obs, old, value) -> {
            if (!HistoricalDate.tryParse(field.getText().strip()).map(value::equals).orElse(false)) {
                field.setText(value.toIso());
            }
        });
        Button playhead = new Button("Use timeline playhead");
        playhead.setId("compare-playhead-" + suffix);
        playhead.setTooltip(new Tooltip("Take the date of the main timeline's playhead"));
        playhead.setOnAction(a -> date.set(state.getSelectedDate()));
        Label label = new Label(name + ":");
        label.setLabelFor(field);
        HBox bar = new HBox(label, field, playhead);
        bar.getStyleClass().add("compare-date-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        Label title = styled(new Label(), "compare-map-title");
        title.textProperty().bind(date.map(d -> "The islands " + (d.precision() == DatePrecision.DAY ? "on " : "in ") + d.toDisplayText()));
        VBox column = new VBox(bar, problem, title, map);
        column.getStyleClass().add("compare-column");
        VBox.setVgrow(map, Priority.ALWAYS);
        HBox.setHgrow(column, Priority.ALWAYS);
        // Equal halves, so that one viewport frames the same area in both maps.
        column.setPrefWidth(0);
        column.setMinWidth(0);
        map.setMinSize(0, 0);
        return column;
    }

    private void recompare() {
        Dataset dataset = state.getDataset();
        changes.getChildren().clear();
        if (dataset == null || state.getStatusIndex() == null) {
            comparison.set(null);
            return;
        }
        DateComparison result = DateComparison.compare(dataset, state.getStatusIndex(), dateA.get(), dateB.get());
        comparison.set(result);
        Label title = styled(new Label("What changed from " + result.earlier().toDisplayText() + " to " + result.later().toDisplayText()),
                "detail-title");
        title.setWrapText(true);
        changes.getChildren().add(title);

        changes.getChildren().add(heading("Who administered the islands"));
        if (result.administrationChanges().isEmpty()) {
            changes.getChildren().add(paragraph("No island changed hands.", "detail-hint"));
        }
        for (DateComparison.AdministrationChange change : result.administrationChanges()) {
            String via = change.periodsBetween().size() <= 1 ? "" : " (by way of "
                    + change.periodsBetween().stream().limit(change.periodsBetween().size() - 1)
                    .map(p -> actorName(dataset.actor(p.administratorId()).orElse(null)) + " from " + p.from().year())
                    .collect(Collectors.joining(", ")) + ")";
            Label line = paragraph(change.island().names().display(state.getNaming(), state.getScript()) + ": "
                    + actorName(change.before()) + " → " + actorName(change.after()) + via, "compare-change");
            line.getStyleClass().add("compare-administration");
            changes.getChildren().add(line);
        }

        changes.getChildren().add(heading("Borders"));
        if (result.borderChanges().isEmpty()) {
            changes.getChildren().add(paragraph("The same borders were in force.", "detail-hint"));
        }
        for (DateComparison.BorderChange change : result.borderChanges()) {
            String what = switch (change.kind()) {
                case APPEARED -> "Came into force: ";
                case ENDED -> "Ended: ";
                case CAME_AND_WENT -> "Came and went in between: ";
            };
            Label line = paragraph(what + change.border().label() + " (" + change.border().from().toDisplayText()
                    + (change.border().to() == null ? "" : " – " + change.border().to().toDisplayText()) + ")", "compare-change");
            line.getStyleClass().add("compare-border");
            changes.getChildren().add(line);
        }

        changes.getChildren().add(heading("Events in between (" + result.eventsBetween().size() + ")"));
        VBox events = styled(new VBox(), "related-events");
        events.setId("compare-events");
        for (HistoricalEvent event : result.eventsBetween()) {
            Hyperlink link = new Hyperlink(event.date().toIso() + " " + state.render(event.title()));
            link.setWrapText(true);
            link.setUserData(event.id());
            link.setOnAction(a -> state.showEventDetails(event));
            events.getChildren().add(link);
        }
        changes.getChildren().add(events);
    }

    private String actorName(Actor actor) {
        // States are named in English: the naming convention is for places, and "Nihon / Yaponiya" helps no one here.
        return actor == null ? "no administrator recorded" : actor.names().en();
    }

    public ObjectProperty<HistoricalDate> dateBProperty() {
        return dateB;
    }

    /** What changed between the two dates, recomputed when either date or the dataset changes. */
    public ReadOnlyObjectProperty<DateComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public MapView mapA() {
        return mapA;
    }

    public MapView mapB() {
        return mapB;
    }
}
