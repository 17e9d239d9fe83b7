package org.fourislands.ui.map;

import java.util.List;
import javafx.animation.Interpolator;
import javafx.animation.Transition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.Skin;
import javafx.util.Duration;
import org.fourislands.core.geo.BaseMap;
import org.fourislands.core.geo.MapExtents;
import org.fourislands.core.geo.MapData;
import org.fourislands.core.model.GeoPoint;
import org.fourislands.core.model.Island;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.core.model.MapExtent;
import org.fourislands.ui.canvas.CanvasControl;
import org.fourislands.ui.state.ExplorerState;
import org.locationtech.jts.geom.Envelope;

/**
 * The map control: coastlines filled by each island's status on the selected date, borders in
 * force, places and names, with pan, zoom, hover, selection and a distance tool. Its state is
 * the viewport, the hovered island and the distance tool; everything shared lives in the
 * {@link ExplorerState}. Drawn by {@link MapViewSkin} through {@link MapRenderer}.
 */
public final class MapView extends CanvasControl {

    private static final String DEFAULT_STYLE_CLASS = "map-view";
    /** Height kept free at the bottom for the legend when framing islands: five entries' box at full size. */
    private static final double LEGEND_ROOM_PX = 104;
    /** Width kept free at the right for the legend before it has been drawn: a typical box at full size. */
    private static final double LEGEND_WIDTH_PX = 240;
    private static final double SCALE_BAR_ROOM_PX = 40;

    private final ExplorerState state;
    private final ObjectProperty<MapViewport> viewport = new SimpleObjectProperty<>(this, "viewport");
    private final ReadOnlyObjectWrapper<Island> hoverIsland = new ReadOnlyObjectWrapper<>(this, "hoverIsland");
    private final ReadOnlyObjectWrapper<Island> keyboardIsland = new ReadOnlyObjectWrapper<>(this, "keyboardIsland");
    private final BooleanProperty measuring = new SimpleBooleanProperty(this, "measuring", false);
    private final ObservableList<GeoPoint> measurePoints = FXCollections.observableArrayList();
    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);
    private final BooleanProperty legendShown = new SimpleBooleanProperty(this, "legendShown", true);
    private final BooleanProperty studyHighlights = new SimpleBooleanProperty(this, "studyHighlights", true);
    private final ReadOnlyObjectWrapper<List<StatusLegend.Entry>> legendEntries =
            new ReadOnlyObjectWrapper<>(this, "legendEntries", List.of());
    private final ObjectProperty<HistoricalDate> date = new SimpleObjectProperty<>(this, "date");
    private Transition flight;

    public MapView(ExplorerState state) {
        this.state = state;
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
        setAccessibleRoleDescription("Map");
        measuring.addListener((obs, was, now) -> measurePoints.clear());
        state.selectedEventProperty().addListener((obs, old, event) -> {
            if (event != null && date.get() == null) {
                flyToEvent(event);
            }
        });
        // A screen reader hears the focused island again whenever what it would say changes.
        for (javafx.beans.Observable o : new javafx.beans.Observable[] {keyboardIsland, state.selectedDateProperty(), date,
            state.namingProperty(), state.scriptProperty(), state.statusIndexProperty()}) {
            o.addListener(obs -> notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT));
        }
    }

    /** Keys to reach the islands, for screen readers (HELP) and the shortcut sheet. */
    static final String KEYBOARD_HELP = "Press ] and [ to move between islands, Enter to select one; arrows pan, + and − zoom.";

    @Override
    protected String keyboardHelp() {
        return KEYBOARD_HELP;
    }

    /**
     * What a screen reader says for the map now: the island the keyboard has reached, in the
     * current naming convention, with who administered and who claimed it on the shown date.
     */
    @Override
    public String accessibleDescription() {
        Island island = keyboardIsland.get();
        String date = shownDate().toDisplayText();
        if (island == null || state.getStatusIndex() == null) {
            return "Map of the islands on " + date + ". " + KEYBOARD_HELP;
        }
        return StatusText.describe(island, state.getStatusIndex().statusOn(island.id(), shownDate()), state.getDataset(),
                state.getNaming(), state.getScript()) + ". On " + date + ".";
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new MapViewSkin(this);
    }

    /**
     * What the view would draw now, snapshotted. Exports do not draw this: {@code ExportComposer}
     * builds a frame of its own for the export's size, theme and options. Null before the skin exists.
     */
    public MapFrame currentFrame() {
        return getSkin() instanceof MapViewSkin skin ? skin.frame() : null;
    }

    public ExplorerState state() {
        return state;
    }

    /**
     * Shows the whole region, with the legend beside it rather than over its bottom-right corner,
     * where the four islands lie: in a column down the right or a strip along the bottom, whichever
     * leaves the region larger. On a map wider than the region, as in a laptop's main window, the
     * column costs nothing; before, the region sat in the middle and the legend covered the room
     * beside Shikotan and Habomai, which went unnamed.
     */
    public void showWholeRegion() {
        if (baseMap() == null) {
            return;
        }
        Envelope region = baseMap().bounds();
        MapViewport aboveLegend = fitClearOfLegend(region, 10);
        if (!legendShown.get()) {
            flyTo(aboveLegend);
            return;
        }
        StatusLegend.Box drawn = getSkin() instanceof MapViewSkin skin ? skin.legendBox() : null;
        double legendWidth = drawn != null ? drawn.width() : LEGEND_WIDTH_PX * state.getTypeScale();
        double column = Math.min(legendWidth, viewWidth() * MapRenderer.LEGEND_MAX_WIDTH) + MapRenderer.LEGEND_EDGE_GAP_PX;
        MapViewport besideLegend = fitInside(region, viewWidth() - column, viewHeight() - scaleBarRoom(), margin(10));
        flyTo(besideLegend.metresPerPixel() < aboveLegend.metresPerPixel() ? besideLegend : aboveLegend);
    }

    /** Frames the four disputed islands. */
    public void fitDisputedIslands() {
        if (baseMap() == null || state.getDataset() == null) {
            return;
        }
        Envelope extent = MapExtents.ofDisputedIslands(baseMap(), state.getDataset());
        if (!extent.isNull()) {
            flyTo(fitClearOfLegend(extent, 40));
        }
    }

    /**
     * Frames an extent in the part of the view the legend or scale bar (bottom) and the title (top
     * left) leave free, so that they never cover the islands being shown.
     */
    MapViewport fitClearOfLegend(Envelope extent, double marginPx) {
        // Without the legend, the scale bar (bottom left) still needs a strip.
        double reserved = legendShown.get()
                ? Math.min(LEGEND_ROOM_PX * state.getTypeScale(), viewHeight() * MapRenderer.LEGEND_MAX_HEIGHT)
                : scaleBarRoom();
        return fitInside(extent, viewWidth(), viewHeight() - reserved, margin(marginPx));
    }

    /** On a small map the margins shrink with it, so the islands stay as large as possible. */
    private double margin(double marginPx) {
        return Math.min(marginPx, Math.min(viewWidth(), viewHeight()) * 0.06);
    }

    private double scaleBarRoom() {
        return Math.min(SCALE_BAR_ROOM_PX * state.getTypeScale(), viewHeight() * 0.15);
    }

    /** Fits the extent into the view's top-left {@code width}×{@code height} (at least 100 px each), as the whole view's viewport. */
    private MapViewport fitInside(Envelope extent, double width, double height, double margin) {
        double usableWidth = Math.max(100, width);
        double usableHeight = Math.max(100, height);
        return MapViewport.fit(extent, usableWidth, usableHeight, margin)
                .panByPixels(-(viewWidth() - usableWidth) / 2, -(viewHeight() - usableHeight) / 2);
    }

    /** Frames an island unit, islets included. */
    public void fitIsland(Island island) {
        Envelope extent = extentOfIslands(List.of(island.id()));
        if (!extent.isNull()) {
            flyTo(fitClearOfLegend(extent, 60));
        }
    }

    /** Frames a longitude/latitude box (a tour step's view). */
    public void flyToExtent(MapExtent view) {
        BaseMap map = baseMap();
        if (map == null) {
            return;
        }
        flyTo(fitClearOfLegend(map.projectedExtent(view), 10));
    }

    /** Zooms by {@code factor} around the centre of the view (buttons and +/- keys). */
    public void zoomBy(double factor) {
        MapViewport current = viewport.get();
        if (current != null) {
            navigateTo(current.zoomAround(viewWidth() / 2, viewHeight() / 2, factor, viewWidth(), viewHeight()));
        }
    }

    /**
     * Moves to where the user's drag, wheel, pinch, double-click or keys lead, but never with the
     * view's centre beyond the coastlines' box: a student who flung the map away was left with
     * open sea and nothing to find the islands by. The fits, tours and events place the view
     * themselves ({@link #flyTo}).
     */
    void navigateTo(MapViewport target) {
        BaseMap map = baseMap();
        viewport.set(map == null ? target : target.withCentreWithin(map.bounds()));
    }

    /** Animates to a viewport over about half a second, or jumps there when animation is off. */
    public void flyTo(MapViewport target) {
        MapViewport start = viewport.get();
        if (flight != null) {
            flight.stop();
        }
        if (start == null || !animated.get()) {
            viewport.set(target);
            return;
        }
        flight = new Transition() {
            {
                setCycleDuration(Duration.millis(500));
                setInterpolator(Interpolator.EASE_BOTH);
            }

            @Override
            protected void interpolate(double t) {
                viewport.set(start.interpolate(target, t));
            }
        };
        flight.play();
    }

    private void flyToEvent(org.fourislands.core.model.HistoricalEvent event) {
        BaseMap map = baseMap();
        if (map == null || state.getDataset() == null || getWidth() <= 0) {
            return;
        }
        Envelope extent = MapExtents.ofEvent(map, state.getDataset(), event);
        if (extent.isNull()) {
            return;
        }
        flyTo(fitClearOfLegend(extent, 60));
    }

    Envelope extentOfIslands(List<String> islandIds) {
        BaseMap map = baseMap();
        return map == null || state.getDataset() == null ? new Envelope() : MapExtents.ofIslands(map, state.getDataset(), islandIds);
    }

    double viewWidth() {
        return getWidth() > 0 ? getWidth() : 800;
    }

    double viewHeight() {
        return getHeight() > 0 ? getHeight() : 600;
    }

    /** The coastlines, or null while they load. */
    BaseMap baseMap() {
        MapData data = state.getMapData();
        return data == null ? null : data.coastline();
    }

    public ObjectProperty<MapViewport> viewportProperty() {
        return viewport;
    }

    public MapViewport getViewport() {
        return viewport.get();
    }

    public void setViewport(MapViewport newViewport) {
        viewport.set(newViewport);
    }

    public ReadOnlyObjectProperty<Island> hoverIslandProperty() {
        return hoverIsland.getReadOnlyProperty();
    }

    void setHoverIsland(Island island) {
        hoverIsland.set(island);
    }

    /** The island the keyboard has reached with [ and ]; Enter selects it. */
    public ReadOnlyObjectProperty<Island> keyboardIslandProperty() {
        return keyboardIsland.getReadOnlyProperty();
    }

    void setKeyboardIsland(Island island) {
        keyboardIsland.set(island);
    }

    public BooleanProperty measuringProperty() {
        return measuring;
    }

    public ObservableList<GeoPoint> measurePoints() {
        return measurePoints;
    }

    /** Whether the legend is drawn over the map. */
    /** What the legend explains for the last drawing: the statuses in view and the borders of the date. */
    public ReadOnlyObjectProperty<List<StatusLegend.Entry>> legendEntriesProperty() {
        return legendEntries.getReadOnlyProperty();
    }

    /** Set by the skin after each drawing; unchanged entries fire nothing. */
    void setLegendEntries(List<StatusLegend.Entry> entries) {
        if (!entries.equals(legendEntries.get())) {
            legendEntries.set(entries);
        }
    }

    public BooleanProperty legendShownProperty() {
        return legendShown;
    }

    /**
     * Whether the island selected for study is outlined (the default). Presentation mode's map
     * leaves it out: a step shows its own event, and an outline from the window, which its
     * legend does not explain, covered a small island on the projector.
     */
    public BooleanProperty studyHighlightsProperty() {
        return studyHighlights;
    }

    /**
     * The date this map shows, or null (the default) to follow the shared state's selected date.
     * A map with a date of its own, such as one of the compare view's, also stays put when an
     * event is selected elsewhere.
     */
    public ObjectProperty<HistoricalDate> dateProperty() {
        return date;
    }

    /** The date drawn: this map's own date, or the shared selected date. */
    public HistoricalDate shownDate() {
        return date.get() != null ? date.get() : state.getSelectedDate();
    }

    public BooleanProperty animatedProperty() {
        return animated;
    }
}
