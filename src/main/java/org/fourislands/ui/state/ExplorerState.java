package org.fourislands.ui.state;

import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.fourislands.core.query.EventFilter;
import org.fourislands.core.query.Bibliography;
import org.fourislands.core.query.EventSearch;
import org.fourislands.core.query.IndexedDataset;
import org.fourislands.core.query.GlossaryIndex;
import org.fourislands.core.time.TimeWindow;
import org.fourislands.core.geo.MapData;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.GlossaryEntry;
import org.fourislands.core.model.Perspective;
import org.fourislands.core.model.Source;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Island;
import org.fourislands.core.model.NameResolver;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Script;
import org.fourislands.core.status.IslandStatusIndex;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.ui.theme.Theme;

/**
 * The one shared view model that links every view: the dataset, the selected date, event and
 * island, and the naming convention. Views observe it and write to it; they never bind to each
 * other. Lives on the FX thread: every mutator asserts that, so background work must commit
 * through {@link Platform#runLater}.
 */
public final class ExplorerState {

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<IslandStatusIndex> statusIndex = new ReadOnlyObjectWrapper<>(this, "statusIndex");
    private final ReadOnlyObjectWrapper<NameResolver> nameResolver = new ReadOnlyObjectWrapper<>(this, "nameResolver");
    private final ObjectProperty<HistoricalDate> selectedDate = new SimpleObjectProperty<>(this, "selectedDate", HistoricalDate.ofYear(1855));
    private final ObjectProperty<HistoricalEvent> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<Island> selectedIsland = new SimpleObjectProperty<>(this, "selectedIsland");
    private final ObjectProperty<NamingConvention> naming = new SimpleObjectProperty<>(this, "naming", NamingConvention.BOTH);
    private final ObjectProperty<Script> script = new SimpleObjectProperty<>(this, "script", Script.LATIN);
    private final ObjectProperty<MapData> mapData = new SimpleObjectProperty<>(this, "mapData");
    private final ObjectProperty<TimeWindow> visibleWindow =
            new SimpleObjectProperty<>(this, "visibleWindow", TimeWindow.covering(HistoricalDate.ofYear(1855), HistoricalDate.ofYear(2024)));
    private final ObjectProperty<TimeWindow> selectedRange = new SimpleObjectProperty<>(this, "selectedRange");
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(this, "filter", EventFilter.NONE);
    private final ReadOnlyObjectWrapper<List<HistoricalEvent>> filteredEvents = new ReadOnlyObjectWrapper<>(this, "filteredEvents", List.of());
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ReadOnlyObjectWrapper<List<HistoricalEvent>> searchResults = new ReadOnlyObjectWrapper<>(this, "searchResults", List.of());
    private final ReadOnlyStringWrapper searchSuggestion = new ReadOnlyStringWrapper(this, "searchSuggestion");
    private EventSearch search;
    private EventSearch.Results lastSearch;
    private GlossaryIndex glossaryIndex;
    /** The time the dataset covers: the timeline's window stays inside it. */
    private TimeWindow coveredSpan;
    private Bibliography bibliography;
    private final DoubleProperty typeScale = new SimpleDoubleProperty(this, "typeScale", 1.0);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<Perspective> perspective = new SimpleObjectProperty<>(this, "perspective");
    private final ObjectProperty<GlossaryEntry> selectedGlossaryEntry = new SimpleObjectProperty<>(this, "selectedGlossaryEntry");
    private final ObjectProperty<Source> selectedSource = new SimpleObjectProperty<>(this, "selectedSource");
    private final ObjectProperty<StudyPanel> studyPanel = new SimpleObjectProperty<>(this, "studyPanel", StudyPanel.DETAILS);
    /**
     * The events and islands read before, newest last, for Back (Alt+Left): a student who
     * followed a related event or an island's event link returns to where they were.
     */
    private final Deque<Object> history = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack", false);
    /** What the detail panel reads now: the event or the island selected last. */
    private Object reading;
    private boolean goingBack;

    public ExplorerState() {
        selectedEvent.addListener((obs, old, event) -> followEvent(event));
        selectedEvent.addListener((obs, old, event) -> nowReading(event));
        selectedIsland.addListener((obs, old, island) -> nowReading(island));
        filter.addListener(obs -> refilter());
        selectedRange.addListener(obs -> refilter());
        searchText.addListener(obs -> research());
    }

    /**
     * Moves the date to the event's and the timeline to show it. The playhead stands on the
     * event's last day (decision 0014), which is what is revealed when the event is a month or a
     * year too long to show whole.
     */
    private void followEvent(HistoricalEvent event) {
        if (event != null) {
            selectedDate.set(event.date());
            setWindowWithinData(visibleWindow.get().reveal(event.startEpochDay()).reveal(event.date().lastEpochDay() + 0.5));
        }
    }

    /** Remembers what was read before {@code shown}, unless going back to it. */
    private void nowReading(Object shown) {
        if (shown == null || shown.equals(reading)) {
            return;
        }
        if (reading != null && !goingBack) {
            history.addLast(reading);
            if (history.size() > HISTORY_LENGTH) {
                history.removeFirst();
            }
        }
        reading = shown;
        canGoBack.set(!history.isEmpty());
    }

    /** How many steps Back remembers. */
    private static final int HISTORY_LENGTH = 100;

    /** Whether Back has somewhere to go. */
    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    /** Shows again the event or island read before the present one; false when there is none. */
    public boolean goBack() {
        assertFxThread();
        if (history.isEmpty()) {
            return false;
        }
        Object previous = history.removeLast();
        // Before the selection moves, so that the views it rebuilds know whether Back goes further.
        canGoBack.set(!history.isEmpty());
        goingBack = true;
        try {
            if (previous instanceof HistoricalEvent event) {
                setSelectedEventAndFollow(event);
                studyPanel.set(StudyPanel.DETAILS);
            } else if (previous instanceof Island island) {
                // The island is often still the selected one (its event link was followed): unset
                // first, so that the change reaches the detail panel and it shows the island again.
                selectedIsland.set(null);
                selectedIsland.set(island);
                studyPanel.set(StudyPanel.DETAILS);
            }
        } finally {
            goingBack = false;
        }
        return true;
    }

    /** The events that pass the filter and, when a range is selected, overlap it. */
    private void refilter() {
        Dataset current = dataset.get();
        EventFilter active = filter.get();
        TimeWindow range = selectedRange.get();
        if (current == null) {
            filteredEvents.set(List.of());
        } else if (!active.isActive() && range == null) {
            filteredEvents.set(current.events());
        } else {
            filteredEvents.set(current.events().stream()
                    .filter(active::matches)
                    .filter(e -> range == null || (e.endEpochDayExclusive() > range.start() && e.startEpochDay() < range.end()))
                    .toList());
        }
    }

    private void research() {
        // Each keystroke narrows the search before it: with 100,000 events a scan of them all costs 18–35 ms.
        lastSearch = search == null ? null : search.search(searchText.get(), lastSearch);
        searchResults.set(lastSearch == null ? List.of() : lastSearch.events());
        searchSuggestion.set(search == null || !lastSearch.events().isEmpty() ? null : search.suggestionFor(searchText.get()));
    }

    /** Shows {@code newDataset}, building its indexes here: loaders build them off the FX thread instead. */
    public void setDataset(Dataset newDataset) {
        setDataset(IndexedDataset.of(newDataset));
    }

    /**
     * Shows a newly loaded dataset. The selection is kept where the new data still has it (a
     * teacher reloading an edited file stays on the same event, and its date), and dropped
     * otherwise; data without the selected event opens on its own first event and default range,
     * as at launch.
     */
    public void setDataset(IndexedDataset indexed) {
        assertFxThread();
        Dataset newDataset = indexed.dataset();
        String eventId = selectedEvent.get() == null ? null : selectedEvent.get().id();
        String islandId = selectedIsland.get() == null ? null : selectedIsland.get().id();
        String glossaryId = selectedGlossaryEntry.get() == null ? null : selectedGlossaryEntry.get().id();
        String sourceId = selectedSource.get() == null ? null : selectedSource.get().id();
        statusIndex.set(indexed.statusIndex());
        nameResolver.set(indexed.names());
        search = indexed.search();
        glossaryIndex = indexed.glossary();
        bibliography = indexed.bibliography();
        coveredSpan = newDataset.coveredSpan();
        dataset.set(newDataset);
        refilter();
        research();
        // What was read before belongs to the old data.
        history.clear();
        reading = null;
        canGoBack.set(false);
        HistoricalEvent keptEvent = eventId == null ? null : newDataset.event(eventId).orElse(null);
        selectedIsland.set(islandId == null ? null : newDataset.island(islandId).orElse(null));
        selectedGlossaryEntry.set(newDataset.glossary().stream().filter(g -> g.id().equals(glossaryId)).findFirst().orElse(null));
        selectedSource.set(newDataset.sourcesById().get(sourceId));
        if (keptEvent == null) {
            // New data without the event shown starts where its story starts, as at launch.
            setSelectedEventAndFollow(startingEvent(newDataset));
            visibleWindow.set(TimeWindow.covering(newDataset.defaultFrom(), newDataset.defaultTo()));
        } else {
            setSelectedEventAndFollow(keptEvent);
        }
    }

    /**
     * Selects the event and moves the date and timeline to it even when it is selected already
     * (equal events fire no change): after the playhead was dragged away, or with the same event
     * in a reloaded file.
     */
    private void setSelectedEventAndFollow(HistoricalEvent event) {
        boolean unchanged = Objects.equals(event, selectedEvent.get());
        selectedEvent.set(event);
        if (unchanged) {
            followEvent(event);
        }
    }

    /** Where the story starts: the first event of the default range (the 1855 treaty in the bundled data). */
    private static HistoricalEvent startingEvent(Dataset data) {
        return data.events().stream()
                .filter(event -> !event.date().isBefore(data.defaultFrom()))
                .findFirst().orElse(null);
    }

    /** Text with {@code {{id}}} tokens, rendered in the current naming convention. */
    public String render(String text) {
        NameResolver resolver = nameResolver.get();
        return resolver == null ? text : resolver.render(text, naming.get(), script.get());
    }

    /** The span of time the timeline shows. */
    public ObjectProperty<TimeWindow> visibleWindowProperty() {
        return visibleWindow;
    }

    public TimeWindow getVisibleWindow() {
        return visibleWindow.get();
    }

    /** Shows {@code window}, moved if need be to lie within the time the dataset covers. */
    public void setVisibleWindow(TimeWindow window) {
        assertFxThread();
        setWindowWithinData(window);
    }

    private void setWindowWithinData(TimeWindow window) {
        visibleWindow.set(coveredSpan == null ? window : window.keptWithin(coveredSpan));
    }

    /** A range chosen on the overview strip: the list, the timeline and exports keep to it; null for none. */
    public ObjectProperty<TimeWindow> selectedRangeProperty() {
        return selectedRange;
    }

    public ObjectProperty<EventFilter> filterProperty() {
        return filter;
    }

    public EventFilter getFilter() {
        return filter.get();
    }

    public void setFilter(EventFilter newFilter) {
        assertFxThread();
        filter.set(newFilter);
    }

    /** The dataset's events that pass the filter, in date order. */
    public ReadOnlyObjectProperty<List<HistoricalEvent>> filteredEventsProperty() {
        return filteredEvents.getReadOnlyProperty();
    }

    public List<HistoricalEvent> getFilteredEvents() {
        return filteredEvents.get();
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** Events matching the search text, in date order; empty when the search is blank. */
    public ReadOnlyObjectProperty<List<HistoricalEvent>> searchResultsProperty() {
        return searchResults.getReadOnlyProperty();
    }

    public List<HistoricalEvent> getSearchResults() {
        return searchResults.get();
    }

    /**
     * When the search text finds nothing, a query that does, with its misspelt words mended
     * ("dules" → "dulles"); null otherwise.
     */
    public ReadOnlyStringProperty searchSuggestionProperty() {
        return searchSuggestion.getReadOnlyProperty();
    }

    /** Replaces the search text with its suggestion, if it has one. */
    public void acceptSearchSuggestion() {
        assertFxThread();
        String suggestion = searchSuggestion.get();
        if (suggestion != null) {
            searchText.set(suggestion);
        }
    }

    /** True when an island is selected and the event does not touch it: views dim such events. */
    public boolean isDimmed(HistoricalEvent event) {
        Island island = selectedIsland.get();
        if (island == null) {
            return false;
        }
        String group = island.partOf();
        for (String id : event.islandIds()) {
            if (id.equals(island.id()) || id.equals(group) || island.id().equals(islandGroupOf(id))) {
                return false;
            }
        }
        return true;
    }

    private String islandGroupOf(String islandId) {
        Dataset current = dataset.get();
        return current == null ? null : current.island(islandId).map(Island::partOf).orElse(null);
    }

    /** The base geography shared by every map view; null while it loads. */
    public ObjectProperty<MapData> mapDataProperty() {
        return mapData;
    }

    public MapData getMapData() {
        return mapData.get();
    }

    public void setMapData(MapData data) {
        assertFxThread();
        mapData.set(data);
    }

    /** Renders names for canvases; null until a dataset is loaded. */
    public NameResolver nameResolver() {
        return nameResolver.get();
    }

    /** The colour theme of the window and the default for exports. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme getTheme() {
        return theme.get();
    }

    public void setTheme(Theme newTheme) {
        assertFxThread();
        theme.set(newTheme);
    }

    /** The glossary of the current dataset, searchable; null until a dataset is loaded. */
    public GlossaryIndex glossaryIndex() {
        return glossaryIndex;
    }

    /** The sources of the current dataset with the events citing each; null until a dataset is loaded. */
    public Bibliography bibliography() {
        return bibliography;
    }

    /** Multiplies type size on the canvases (presentation mode raises it). */
    public DoubleProperty typeScaleProperty() {
        return typeScale;
    }

    public double getTypeScale() {
        return typeScale.get();
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public Dataset getDataset() {
        return dataset.get();
    }

    public ReadOnlyObjectProperty<IslandStatusIndex> statusIndexProperty() {
        return statusIndex.getReadOnlyProperty();
    }

    public IslandStatusIndex getStatusIndex() {
        return statusIndex.get();
    }

    public ObjectProperty<HistoricalDate> selectedDateProperty() {
        return selectedDate;
    }

    public HistoricalDate getSelectedDate() {
        return selectedDate.get();
    }

    public void setSelectedDate(HistoricalDate date) {
        assertFxThread();
        selectedDate.set(date);
    }

    public ObjectProperty<HistoricalEvent> selectedEventProperty() {
        return selectedEvent;
    }

    public HistoricalEvent getSelectedEvent() {
        return selectedEvent.get();
    }

    /** Selects an event; the selected date follows it. */
    public void setSelectedEvent(HistoricalEvent event) {
        assertFxThread();
        setSelectedEventAndFollow(event);
    }

    public ObjectProperty<Island> selectedIslandProperty() {
        return selectedIsland;
    }

    public Island getSelectedIsland() {
        return selectedIsland.get();
    }

    public void setSelectedIsland(Island island) {
        assertFxThread();
        selectedIsland.set(island);
    }

    public ObjectProperty<NamingConvention> namingProperty() {
        return naming;
    }

    public NamingConvention getNaming() {
        return naming.get();
    }

    public void setNaming(NamingConvention convention) {
        assertFxThread();
        naming.set(convention);
    }

    public ObjectProperty<Script> scriptProperty() {
        return script;
    }

    public Script getScript() {
        return script.get();
    }

    public void setScript(Script newScript) {
        assertFxThread();
        script.set(newScript);
    }

    /**
     * Whose readings are highlighted across the app: their interpretations come first and are
     * marked, and the events they call turning points are badged. Null for all perspectives.
     * Highlighting never hides the other readings.
     */
    public ObjectProperty<Perspective> perspectiveProperty() {
        return perspective;
    }

    public Perspective getPerspective() {
        return perspective.get();
    }

    public void setPerspective(Perspective newPerspective) {
        assertFxThread();
        perspective.set(newPerspective);
    }

    /** The glossary entry the glossary view shows; null for none. */
    public ObjectProperty<GlossaryEntry> selectedGlossaryEntryProperty() {
        return selectedGlossaryEntry;
    }

    public GlossaryEntry getSelectedGlossaryEntry() {
        return selectedGlossaryEntry.get();
    }

    /** The bibliography entry the bibliography view shows; null for none. */
    public ObjectProperty<Source> selectedSourceProperty() {
        return selectedSource;
    }

    public Source getSelectedSource() {
        return selectedSource.get();
    }

    /** Which study panel is in front beside the map: details, glossary or sources. */
    public ObjectProperty<StudyPanel> studyPanelProperty() {
        return studyPanel;
    }

    public StudyPanel getStudyPanel() {
        return studyPanel.get();
    }

    public void setStudyPanel(StudyPanel panel) {
        assertFxThread();
        studyPanel.set(panel);
    }

    /** Opens a glossary entry: selects it and brings the glossary panel to the front. */
    public void showGlossaryEntry(GlossaryEntry entry) {
        assertFxThread();
        selectedGlossaryEntry.set(entry);
        studyPanel.set(StudyPanel.GLOSSARY);
    }

    /** Opens a bibliography entry: selects it and brings the sources panel to the front. */
    public void showSource(Source source) {
        assertFxThread();
        selectedSource.set(source);
        studyPanel.set(StudyPanel.SOURCES);
    }

    /** Selects an event and brings its details to the front (from the glossary or the bibliography). */
    public void showEventDetails(HistoricalEvent event) {
        assertFxThread();
        setSelectedEventAndFollow(event);
        studyPanel.set(StudyPanel.DETAILS);
    }

    private static void assertFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("explorer state changes must be committed on the FX thread, not " + Thread.currentThread().getName());
        }
    }
}
