package org.fourislands.ui.map;

import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.util.Duration;
import org.fourislands.core.geo.BaseMap;
import org.fourislands.core.geo.LandPolygon;
import org.fourislands.core.geo.MapData;
import org.fourislands.core.model.Border;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.Island;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.ui.canvas.CanvasSkin;
import org.fourislands.ui.state.ExplorerState;

/**
 * Draws the {@link MapView} on a canvas, at most once per pulse, and turns mouse, touch and key
 * input into viewport changes and selections. Listeners are registered through
 * {@link SkinBase}, so disposing the skin removes them all.
 */
final class MapViewSkin extends CanvasSkin<MapView> {

    private static final double PAN_STEP_PX = 80;
    /** How near a border's line the pointer must be to hover or click it, px. */
    private static final double BORDER_REACH_PX = 6;
    /** Islet labels and islet selection start at this scale (metres per pixel). */
    static final double ISLET_SCALE = 60;

    private final MapRenderer renderer = new MapRenderer();
    private final Tooltip tooltip = new Tooltip();
    private double pressX;
    private double pressY;
    private boolean dragged;
    private HistoricalDate titleDate;
    /** The border the pointer is over, whose note the tooltip shows; null when none. */
    private Border hoverBorder;
    private String title;

    MapViewSkin(MapView map) {
        super(map, 200, 150, 640, 480);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        ExplorerState state = map.state();
        redrawOn(map.widthProperty(), map.heightProperty(), map.viewportProperty(), state.mapDataProperty(),
                map.hoverIslandProperty(), map.keyboardIslandProperty(),
                map.legendShownProperty(), map.studyHighlightsProperty(), map.dateProperty(), state.datasetProperty(), state.selectedDateProperty(), state.selectedIslandProperty(), state.namingProperty(),
                state.scriptProperty(), state.typeScaleProperty(), map.measuringProperty(), map.focusedProperty(), canvas.hoverProperty());
        registerListChangeListener(map.measurePoints(), change -> markDirty());
        registerChangeListener(state.mapDataProperty(), o -> ensureViewport());
        registerChangeListener(map.widthProperty(), o -> ensureViewport());
        registerChangeListener(map.heightProperty(), o -> ensureViewport());
        registerChangeListener(state.datasetProperty(), o -> ensureViewport());

        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        canvas.addEventHandler(ZoomEvent.ZOOM, this::onPinch);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPress);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClick);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMove);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> getSkinnable().setHoverIsland(null));
    }

    @Override
    protected void draw() {
        MapFrame frame = frame();
        renderer.render(surface, frame);
        getSkinnable().setLegendEntries(renderer.renderedLegend(frame));
    }

    /** Where the last drawing put the legend box, or null when it drew none. */
    StatusLegend.Box legendBox() {
        return renderer.renderedLegendBox();
    }

    /** The date as the map's title, written out again only when the date changes. */
    private String title(HistoricalDate date) {
        if (!date.equals(titleDate)) {
            titleDate = date;
            title = date.toDisplayText();
        }
        return title;
    }

    /** Snapshots the control and the shared state for one drawing. */
    MapFrame frame() {
        MapView map = getSkinnable();
        ExplorerState state = map.state();
        HistoricalDate date = map.shownDate();
        MapViewport viewport = map.getViewport() != null ? map.getViewport()
                : new MapViewport(0, 0, MapViewport.MAX_METRES_PER_PIXEL);
        Island hover = map.hoverIslandProperty().get() != null ? map.hoverIslandProperty().get() : map.keyboardIslandProperty().get();
        Island selected = map.studyHighlightsProperty().get() ? state.getSelectedIsland() : null;
        MapData data = state.getMapData();
        return new MapFrame(data == null ? null : data.coastline(), data == null ? null : data.locator(),
                data == null ? null : data.landBeyond(), data == null ? null : data.graticule(), viewport,
                state.getDataset(), state.getStatusIndex(), state.nameResolver(), date.lastEpochDay(), title(date),
                state.getNaming(), state.getScript(), selected == null ? null : selected.id(), hover == null ? null : hover.id(),
                List.copyOf(map.measurePoints()), palette(state.getTypeScale()), true, map.legendShownProperty().get(),
                crosshairShown());
    }

    /**
     * The distance tool's crosshair shows where Enter sets a point: while measuring, with the map
     * focused and the pointer elsewhere, as when the keyboard drives it. A pointer over the map
     * sets points where it clicks, and a crosshair there would only be in the way.
     */
    private boolean crosshairShown() {
        MapView map = getSkinnable();
        return map.measuringProperty().get() && map.isFocused() && !canvas.isHover();
    }

    /** Sets a distance point at projected map coordinates; a third point starts a new measurement. */
    private static void measureAt(MapView map, double mapX, double mapY) {
        if (map.measurePoints().size() == 2) {
            map.measurePoints().clear();
        }
        map.measurePoints().add(map.baseMap().projection().unproject(mapX, mapY));
    }

    private void ensureViewport() {
        MapView map = getSkinnable();
        if (map.getViewport() == null && map.baseMap() != null && map.getWidth() > 0 && map.getHeight() > 0
                && map.state().getDataset() != null) {
            boolean animated = map.animatedProperty().get();
            map.animatedProperty().set(false);
            map.fitDisputedIslands();
            if (map.getViewport() == null) {
                map.showWholeRegion();
            }
            map.animatedProperty().set(animated);
        }
    }

    private void onScroll(ScrollEvent event) {
        MapViewport viewport = getSkinnable().getViewport();
        if (viewport == null || event.getDeltaY() == 0) {
            return;
        }
        double factor = Math.pow(1.0025, event.getDeltaY());
        getSkinnable().navigateTo(viewport.zoomAround(event.getX(), event.getY(), factor, canvas.getWidth(), canvas.getHeight()));
        event.consume();
    }

    private void onPinch(ZoomEvent event) {
        MapViewport viewport = getSkinnable().getViewport();
        if (viewport != null) {
            getSkinnable().navigateTo(viewport.zoomAround(event.getX(), event.getY(), event.getZoomFactor(), canvas.getWidth(), canvas.getHeight()));
            event.consume();
        }
    }

    private void onPress(MouseEvent event) {
        getSkinnable().requestFocus();
        pressX = event.getX();
        pressY = event.getY();
        dragged = false;
    }

    private void onDrag(MouseEvent event) {
        MapViewport viewport = getSkinnable().getViewport();
        if (viewport == null || event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = event.getX() - pressX;
        double dy = event.getY() - pressY;
        if (dragged || Math.hypot(dx, dy) > 3) {
            dragged = true;
            getSkinnable().navigateTo(viewport.panByPixels(dx, dy));
            pressX = event.getX();
            pressY = event.getY();
        }
    }

    private void onClick(MouseEvent event) {
        MapView map = getSkinnable();
        MapViewport viewport = map.getViewport();
        if (dragged || viewport == null || event.getButton() != MouseButton.PRIMARY || map.baseMap() == null) {
            return;
        }
        double mapX = viewport.toMapX(event.getX(), canvas.getWidth());
        double mapY = viewport.toMapY(event.getY(), canvas.getHeight());
        if (map.measuringProperty().get()) {
            measureAt(map, mapX, mapY);
            return;
        }
        if (event.getClickCount() == 2) {
            map.navigateTo(viewport.zoomAround(event.getX(), event.getY(), 2, canvas.getWidth(), canvas.getHeight()));
            return;
        }
        ExplorerState state = map.state();
        // A border's line opens the event that drew it (the treaty), as the tooltip says.
        Border border = borderAt(event.getX(), event.getY());
        if (border != null && border.beganWithEventId() != null) {
            state.getDataset().event(border.beganWithEventId()).ifPresent(state::setSelectedEvent);
            return;
        }
        Island island = islandAt(mapX, mapY);
        state.setSelectedIsland(island != null && island.equals(state.getSelectedIsland()) ? null : island);
    }

    private void onMove(MouseEvent event) {
        MapView map = getSkinnable();
        MapViewport viewport = map.getViewport();
        if (viewport == null || map.baseMap() == null) {
            return;
        }
        // A border's line, thin over the sea, is found before the land it may pass beside.
        Border border = borderAt(event.getX(), event.getY());
        Island island = border != null ? null : islandAt(viewport.toMapX(event.getX(), canvas.getWidth()), viewport.toMapY(event.getY(), canvas.getHeight()));
        if (border == hoverBorder && island == map.hoverIslandProperty().get()) {
            return;
        }
        hoverBorder = border;
        map.setHoverIsland(island);
        if (island == null && border == null) {
            Tooltip.uninstall(canvas, tooltip);
        } else {
            tooltip.setText(island != null ? describe(island) : describe(border));
            Tooltip.install(canvas, tooltip);
        }
    }

    /** The border in force on the map's date whose line is under the pointer, or null. */
    private Border borderAt(double x, double y) {
        MapFrame frame = frame();
        return frame == null ? null : renderer.borderNear(frame, x, y, canvas.getWidth(), canvas.getHeight(), BORDER_REACH_PX);
    }

    /** A border's note (what it divided, how it is drawn), or its name; and what a click opens. */
    private String describe(Border border) {
        ExplorerState state = getSkinnable().state();
        String text = state.render(border.note() != null ? border.note() : border.label());
        return border.beganWithEventId() == null ? text : text + "\nClick for the event that drew it.";
    }

    /** The island unit under a map point: an islet only when zoomed in enough to tell islets apart. */
    private Island islandAt(double mapX, double mapY) {
        MapView map = getSkinnable();
        Dataset dataset = map.state().getDataset();
        BaseMap baseMap = map.baseMap();
        LandPolygon polygon = baseMap.polygonAt(mapX, mapY);
        if (polygon == null || polygon.islandId() == null || dataset == null) {
            return null;
        }
        Island island = dataset.island(polygon.islandId()).orElse(null);
        if (island != null && island.partOf() != null && map.getViewport().metresPerPixel() > ISLET_SCALE) {
            return dataset.island(island.partOf()).orElse(island);
        }
        return island;
    }

    private String describe(Island island) {
        ExplorerState state = getSkinnable().state();
        return StatusText.describe(island, state.getStatusIndex().statusOn(island.id(), getSkinnable().shownDate()), state.getDataset(),
                state.getNaming(), state.getScript());
    }

    @Override
    protected void onKey(KeyEvent event) {
        MapView map = getSkinnable();
        MapViewport viewport = map.getViewport();
        if (viewport == null) {
            return;
        }
        boolean handled = true;
        switch (event.getCode()) {
            case PLUS, EQUALS, ADD -> map.zoomBy(1.5);
            case MINUS, SUBTRACT -> map.zoomBy(1 / 1.5);
            case LEFT -> map.navigateTo(viewport.panByPixels(PAN_STEP_PX, 0));
            case RIGHT -> map.navigateTo(viewport.panByPixels(-PAN_STEP_PX, 0));
            case UP -> map.navigateTo(viewport.panByPixels(0, PAN_STEP_PX));
            case DOWN -> map.navigateTo(viewport.panByPixels(0, -PAN_STEP_PX));
            case DIGIT0, NUMPAD0 -> map.showWholeRegion();
            case F -> map.fitDisputedIslands();
            case D -> map.measuringProperty().set(!map.measuringProperty().get());
            case CLOSE_BRACKET -> stepKeyboardIsland(1);
            case OPEN_BRACKET -> stepKeyboardIsland(-1);
            case ENTER, SPACE -> {
                Island island = map.keyboardIslandProperty().get();
                if (map.measuringProperty().get() && map.baseMap() != null) {
                    // Under the crosshair.
                    measureAt(map, viewport.centreX(), viewport.centreY());
                } else if (island != null) {
                    map.state().setSelectedIsland(island);
                }
            }
            case ESCAPE -> {
                map.measurePoints().clear();
                map.state().setSelectedIsland(null);
            }
            default -> handled = false;
        }
        if (handled) {
            event.consume();
        }
    }

    /** Moves the keyboard focus to the next or previous island unit that has land on the map. */
    private void stepKeyboardIsland(int direction) {
        MapView map = getSkinnable();
        Dataset dataset = map.state().getDataset();
        if (dataset == null) {
            return;
        }
        List<Island> reachable = dataset.islands().stream()
                .filter(island -> !map.extentOfIslands(List.of(island.id())).isNull())
                .toList();
        if (reachable.isEmpty()) {
            return;
        }
        int current = reachable.indexOf(map.keyboardIslandProperty().get());
        int next = current < 0 ? (direction > 0 ? 0 : reachable.size() - 1) : Math.floorMod(current + direction, reachable.size());
        Island island = reachable.get(next);
        map.setKeyboardIsland(island);
        map.fitIsland(island);
    }

}
