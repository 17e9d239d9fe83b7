package org.fourislands.ui.timeline;

import static org.fourislands.ui.common.ToolButtons.button;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.AccessibleAction;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.EventCategory;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.query.EventFilter;
import org.fourislands.ui.state.ExplorerState;

/**
 * The timeline with its tool bar: zoom, previous/next event, play/pause and speed, full-text
 * search with stepping, and the category, actor and island filters.
 */
public final class TimelinePane extends BorderPane {

    private static final double[] SPEEDS = {30, 365.25, 5 * 365.25};

    private final ExplorerState state;
    private final TimelineView timeline;
    private final TextField search = new TextField();
    private final ToolBar bar;
    private final Label searchCount = new CountLabel();
    /** Stands in for the count when the search finds nothing but a mended spelling would. */
    private final Hyperlink searchSuggestion = new Hyperlink();
    private final Tooltip searchSuggestionTip = new Tooltip();
    private final MenuButton categories = new MenuButton("Categories");
    private final MenuButton actors = new MenuButton("Actors");
    private final MenuButton islands = new MenuButton("Islands");

    public TimelinePane(ExplorerState state) {
        this.state = state;
        getStyleClass().add("timeline-pane");
        timeline = new TimelineView(state);
        timeline.setId("timeline-view");

        Button previous = button("◀ Event", "Previous event (Left)", timeline::previousEvent);
        previous.setId("timeline-previous");
        Button next = button("Event ▶", "Next event (Right)", timeline::nextEvent);
        next.setId("timeline-next");
        ToggleButton play = new ToggleButton();
        play.setId("timeline-play");
        play.textProperty().bind(Bindings.when(timeline.playingProperty()).then("❚❚ Pause").otherwise("▶ Play"));
        play.selectedProperty().bindBidirectional(timeline.playingProperty());
        play.setTooltip(new Tooltip("Play through time (Space)"));
        ChoiceBox<Double> speed = new ChoiceBox<>();
        speed.getItems().setAll(SPEEDS[0], SPEEDS[1], SPEEDS[2]);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double days) {
                return days == null ? "" : days < 100 ? "1 month/s" : days < 1000 ? "1 year/s" : "5 years/s";
            }

            @Override
            public Double fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        speed.setValue(SPEEDS[1]);
        timeline.speedProperty().bind(speed.valueProperty());
        speed.setAccessibleText("Playback speed");
        Button zoomIn = button("+", "Zoom in", () -> timeline.zoomBy(1.5));
        Button zoomOut = button("−", "Zoom out", () -> timeline.zoomBy(1 / 1.5));
        Button all = button("1855–2024", "Show the whole period (Home)", timeline::showAll);
        all.setId("timeline-all");

        search.setId("search-field");
        search.setPromptText("Search events, quotes, sources…");
        // The bar moves what does not fit at its preferred width into its overflow menu, where
        // Ctrl+F cannot reach it. So the field asks for 12 columns and grows, as far as its
        // theme's maximum (the whole prompt), into room the bar has spare: at half a laptop's
        // screen the filters go into the menu and the search stays.
        search.setPrefColumnCount(12);
        search.getStyleClass().add("timeline-search");
        HBox.setHgrow(search, Priority.ALWAYS);
        search.textProperty().bindBidirectional(state.searchTextProperty());
        search.setOnAction(a -> stepSearch());
        searchCount.setId("search-count");
        searchCount.getStyleClass().add("search-count");
        searchSuggestion.setId("search-suggestion");
        searchSuggestion.getStyleClass().add("search-suggestion");
        searchSuggestion.setTooltip(searchSuggestionTip);
        searchSuggestion.setOnAction(a -> {
            state.acceptSearchSuggestion();
            search.requestFocus();
            search.end();
        });
        state.searchResultsProperty().addListener((obs, old, results) -> updateSearchCount());
        state.searchTextProperty().addListener(obs -> updateSearchCount());
        state.searchSuggestionProperty().addListener(obs -> updateSearchCount());
        updateSearchCount();

        categories.setId("filter-categories");
        actors.setId("filter-actors");
        islands.setId("filter-islands");
        Button clear = button("Clear filters", "Show every event", () -> state.setFilter(EventFilter.NONE));
        clear.setId("filter-clear");
        clear.disableProperty().bind(Bindings.createBooleanBinding(() -> !state.getFilter().isActive(), state.filterProperty()));
        state.datasetProperty().addListener((obs, old, dataset) -> rebuildFilterMenus(dataset));
        state.filterProperty().addListener(obs -> rebuildFilterMenus(state.getDataset()));
        // The islands' menu names them in the chosen convention, as every other view does.
        state.namingProperty().addListener(obs -> rebuildFilterMenus(state.getDataset()));
        state.scriptProperty().addListener(obs -> rebuildFilterMenus(state.getDataset()));
        if (state.getDataset() != null) {
            rebuildFilterMenus(state.getDataset());
        }

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        bar = new ToolBar(zoomIn, zoomOut, all, previous, next, play, speed, gap, search, searchCount, searchSuggestion, categories, actors,
                islands, clear);
        bar.getStyleClass().add("timeline-toolbar");
        setTop(bar);
        setCenter(timeline);
    }

    /**
     * Enter in the search field selects the next result after the selected event, wrapping
     * around; when nothing is found, it takes the suggested spelling, if there is one.
     */
    private void stepSearch() {
        List<HistoricalEvent> results = state.getSearchResults();
        if (results.isEmpty()) {
            state.acceptSearchSuggestion();
            search.end();
            return;
        }
        int index = results.indexOf(state.getSelectedEvent());
        state.setSelectedEvent(results.get((index + 1) % results.size()));
        updateSearchCount();
    }

    private void updateSearchCount() {
        List<HistoricalEvent> results = state.getSearchResults();
        String suggestion = state.searchSuggestionProperty().get();
        // Short, so that a laptop's tool bar keeps its filter buttons in view beside it.
        searchSuggestion.setText(suggestion == null ? "" : "try “" + suggestion + "”");
        searchSuggestionTip.setText(suggestion == null ? "" : "No event matches; Enter or a click searches for “" + suggestion + "”");
        searchSuggestion.setVisible(suggestion != null);
        searchSuggestion.setManaged(suggestion != null);
        searchCount.setVisible(suggestion == null);
        searchCount.setManaged(suggestion == null);
        if (state.searchTextProperty().get().isBlank()) {
            searchCount.setText("");
        } else if (results.isEmpty()) {
            searchCount.setText("no match");
        } else {
            int index = results.indexOf(state.getSelectedEvent());
            searchCount.setText(index < 0 ? results.size() + " found — Enter" : (index + 1) + " / " + results.size());
        }
    }

    private void rebuildFilterMenus(Dataset dataset) {
        if (dataset == null) {
            return;
        }
        EventFilter filter = state.getFilter();
        fill(categories, "Categories", List.of(EventCategory.values()), EventCategory::label, filter.categories(),
                chosen -> state.setFilter(state.getFilter().withCategories(chosen.isEmpty() ? Set.of() : EnumSet.copyOf(chosen))));
        fill(actors, "Actors", dataset.actors().stream().map(a -> a.id()).toList(), id -> dataset.actor(id).map(a -> a.names().en()).orElse(id),
                filter.actorIds(), chosen -> state.setFilter(state.getFilter().withActors(chosen)));
        fill(islands, "Islands", dataset.islands().stream().filter(i -> i.partOf() == null).map(i -> i.id()).toList(),
                id -> dataset.island(id).map(i -> i.names().display(state.getNaming(), state.getScript())).orElse(id),
                filter.islandIds(), chosen -> state.setFilter(state.getFilter().withIslands(chosen)));
    }

    private static <T> void fill(MenuButton menu, String title, List<T> options, Function<T, String> label, Set<T> selected, Consumer<Set<T>> apply) {
        menu.getItems().clear();
        for (T option : options) {
            CheckMenuItem item = new CheckMenuItem(label.apply(option));
            item.setSelected(selected.contains(option));
            item.setOnAction(a -> {
                Set<T> chosen = new HashSet<>(selected);
                if (item.isSelected()) {
                    chosen.add(option);
                } else {
                    chosen.remove(option);
                }
                apply.accept(chosen);
            });
            menu.getItems().add(item);
        }
        MenuItem none = new MenuItem("Any");
        none.setOnAction(a -> apply.accept(Set.of()));
        menu.getItems().addAll(new SeparatorMenuItem(), none);
        menu.setText(selected.isEmpty() ? title : title + " (" + selected.size() + ")");
    }

    public TimelineView timeline() {
        return timeline;
    }

    /**
     * Puts the keys in the search field (Ctrl+F). Where the window is too narrow for it, the bar
     * keeps the field in its overflow menu, out of the keys' reach: the menu opens, and the
     * field there takes them.
     */
    public void focusSearch() {
        Node overflow = bar.lookup(".tool-bar-overflow-button");
        if (!search.getParent().isVisible() && overflow != null) {
            overflow.executeAccessibleAction(AccessibleAction.FIRE);
        }
        search.requestFocus();
    }

    /**
     * The search's count. The theme reserves it a minimum width, so that the search field does
     * not shift as counts come and go; its preferred width includes that reservation, since a
     * tool bar decides what fits by preferred widths but lays out by the larger of the two.
     */
    private static final class CountLabel extends Label {
        @Override
        protected double computePrefWidth(double height) {
            return Math.max(super.computePrefWidth(height), getMinWidth());
        }
    }
}
