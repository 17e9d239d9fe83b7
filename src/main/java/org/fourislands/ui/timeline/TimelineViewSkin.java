package org.fourislands.ui.timeline;

import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.util.Duration;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.core.time.TimeWindow;
import org.fourislands.ui.canvas.CanvasSkin;
import org.fourislands.ui.map.StatusText;
import org.fourislands.ui.state.ExplorerState;

/**
 * Draws the {@link TimelineView} at most once per pulse and turns input into changes of the
 * shared state: wheel and pinch zoom around the pointer, drag pans, the playhead drags, clicks
 * select events or open clusters, the overview strip moves the window or selects a range.
 */
final class TimelineViewSkin extends CanvasSkin<TimelineView> {

    private enum Drag { NONE, PAN, PLAYHEAD, OVERVIEW_WINDOW, RANGE }

    private final TimelineRenderer renderer = new TimelineRenderer();
    private final Tooltip tooltip = new Tooltip();
    private Drag drag = Drag.NONE;
    private double pressX;
    private double lastX;
    private double rangeStartDay;
    private boolean moved;
    /**
     * {@link #computeMinHeight}'s last answer, and the events and overview it was worked out for
     * (a new dataset always brings new filtered events).
     */
    private double rowsHeight;
    private List<HistoricalEvent> rowsEvents;
    private boolean rowsWithOverview;

    TimelineViewSkin(TimelineView view) {
        super(view, 300, 180, 900, 330);
        tooltip.setShowDelay(Duration.millis(200));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(440);
        ExplorerState state = view.state();
        redrawOn(view.widthProperty(), view.heightProperty(), state.datasetProperty(), state.filteredEventsProperty(),
                state.visibleWindowProperty(), state.selectedEventProperty(), state.selectedIslandProperty(),
                state.searchResultsProperty(), state.selectedRangeProperty(), state.namingProperty(), state.scriptProperty(),
                state.typeScaleProperty(), view.studyHighlightsProperty(), view.overviewShownProperty());
        // The playhead is on the overlay: moving it leaves the lanes as they are.
        redrawOverlayOn(state.selectedDateProperty());
        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        canvas.addEventHandler(ZoomEvent.ZOOM, this::onPinch);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPress);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onRelease);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMove);
        // What the rows need depends on the lanes and the overview shown: the window's layout must
        // ask again. A new dataset always brings new filtered events, so they alone are watched.
        registerInvalidationListener(state.filteredEventsProperty(), o -> view.requestLayout());
        registerInvalidationListener(view.overviewShownProperty(), o -> view.requestLayout());
    }

    /**
     * Never shorter than every row at its smallest (axis, eras, strips, a lane a category, the
     * overview where shown): a window or split made smaller takes the room from the views above
     * instead of sliding the last lanes under the overview strip. Where a parent fixes the
     * minimum itself (presentation mode), that value is used instead.
     */
    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        ExplorerState state = state();
        boolean withOverview = getSkinnable().overviewShownProperty().get();
        if (state.getFilteredEvents() != rowsEvents || withOverview != rowsWithOverview) {
            rowsEvents = state.getFilteredEvents();
            rowsWithOverview = withOverview;
            rowsHeight = TimelineRenderer.smallestHeight(frame());
        }
        return Math.max(super.computeMinHeight(width, top, right, bottom, left), top + rowsHeight + bottom);
    }

    @Override
    protected void draw() {
        renderer.renderWithoutPlayhead(surface, frame());
    }

    @Override
    protected void drawOverlay() {
        renderer.renderPlayhead(overlaySurface, frame());
    }

    TimelineFrame frame() {
        TimelineView view = getSkinnable();
        ExplorerState state = view.state();
        boolean highlights = view.studyHighlightsProperty().get();
        return new TimelineFrame(state.getDataset(), state.getFilteredEvents(), state.getStatusIndex(), state.nameResolver(),
                state.getVisibleWindow(), state.getSelectedDate().lastEpochDay(), state.getSelectedEvent(),
                highlights ? state.getSelectedIsland() : null, highlights ? state.getSearchResults() : List.of(),
                state.selectedRangeProperty().get(), state.getNaming(), state.getScript(), palette(state.getTypeScale()), null, view.overviewShownProperty().get(), true);
    }

    /** The renderer of the last frame, for hit tests and geometry queries. */
    TimelineRenderer renderer() {
        return renderer;
    }

    private ExplorerState state() {
        return getSkinnable().state();
    }

    private void onScroll(ScrollEvent event) {
        ExplorerState state = state();
        TimeWindow window = state.getVisibleWindow();
        double anchor = window.toDay(event.getX() - renderer.plotLeft(), renderer.plotWidth());
        if (event.isShiftDown() || Math.abs(event.getDeltaX()) > Math.abs(event.getDeltaY())) {
            double delta = event.isShiftDown() ? event.getDeltaY() : event.getDeltaX();
            state.setVisibleWindow(window.panByDays(-delta / renderer.plotWidth() * window.span()));
        } else if (event.getDeltaY() != 0) {
            state.setVisibleWindow(window.zoomAround(anchor, Math.pow(1.0025, event.getDeltaY())));
        }
        event.consume();
    }

    private void onPinch(ZoomEvent event) {
        TimeWindow window = state().getVisibleWindow();
        double anchor = window.toDay(event.getX() - renderer.plotLeft(), renderer.plotWidth());
        state().setVisibleWindow(window.zoomAround(anchor, event.getZoomFactor()));
        event.consume();
    }

    private void onPress(MouseEvent event) {
        getSkinnable().requestFocus();
        pressX = event.getX();
        lastX = event.getX();
        moved = false;
        TimelineRenderer.Hit hit = renderer.hitTest(event.getX(), event.getY());
        drag = switch (hit) {
            case TimelineRenderer.PlayheadHit p -> Drag.PLAYHEAD;
            case TimelineRenderer.AxisHit axis -> {
                movePlayhead(axis.day());
                yield Drag.PLAYHEAD;
            }
            case TimelineRenderer.OverviewHit overview when overview.insideWindow() -> Drag.OVERVIEW_WINDOW;
            case TimelineRenderer.OverviewHit overview -> {
                rangeStartDay = overview.day();
                yield Drag.RANGE;
            }
            case null -> Drag.NONE;
            default -> Drag.PAN;
        };
    }

    private void onDrag(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        moved |= Math.abs(event.getX() - pressX) > 3;
        ExplorerState state = state();
        TimeWindow window = state.getVisibleWindow();
        double dx = event.getX() - lastX;
        lastX = event.getX();
        switch (drag) {
            case PLAYHEAD -> movePlayhead(window.toDay(event.getX() - renderer.plotLeft(), renderer.plotWidth()));
            case PAN -> {
                if (moved) {
                    state.setVisibleWindow(window.panByDays(-dx / renderer.plotWidth() * window.span()));
                }
            }
            case OVERVIEW_WINDOW -> {
                TimeWindow overview = renderer.overview();
                if (overview != null) {
                    state.setVisibleWindow(window.panByDays(dx / renderer.plotWidth() * overview.span()));
                }
            }
            case RANGE -> {
                TimeWindow overview = renderer.overview();
                if (overview != null && moved) {
                    double day = overview.toDay(event.getX() - renderer.plotLeft(), renderer.plotWidth());
                    state.selectedRangeProperty().set(new TimeWindow(Math.min(rangeStartDay, day), Math.max(rangeStartDay, day) + 1));
                }
            }
            case NONE -> { }
        }
    }

    private void onRelease(MouseEvent event) {
        if (!moved && event.getButton() == MouseButton.PRIMARY && (drag == Drag.PAN || drag == Drag.RANGE)) {
            click(event);
        }
        drag = Drag.NONE;
    }

    private void click(MouseEvent event) {
        ExplorerState state = state();
        switch (renderer.hitTest(event.getX(), event.getY())) {
            case TimelineRenderer.EventHit hit -> state.setSelectedEvent(hit.event());
            case TimelineRenderer.ClusterHit cluster -> {
                double pad = Math.max(3, (cluster.lastDay() - cluster.firstDay()) * 0.15);
                state.setVisibleWindow(new TimeWindow(cluster.firstDay() - pad,
                        Math.max(cluster.lastDay() + pad, cluster.firstDay() + TimeWindow.MIN_SPAN_DAYS)));
            }
            case TimelineRenderer.OverviewHit overview -> {
                TimeWindow window = state.getVisibleWindow();
                state.setVisibleWindow(window.panByDays(overview.day() - window.centre()));
                state.selectedRangeProperty().set(null);
            }
            case null, default -> { }
        }
    }

    private void movePlayhead(double day) {
        state().setSelectedDate(HistoricalDate.ofEpochDay((long) Math.floor(day)));
    }

    private void onMove(MouseEvent event) {
        String text = switch (renderer.hitTest(event.getX(), event.getY())) {
            case TimelineRenderer.EventHit hit -> hit.event().date().toDisplayText() + " — " + renderedTitle(hit.event());
            case TimelineRenderer.ClusterHit cluster -> cluster.count() + " events — click to zoom in";
            case TimelineRenderer.StripHit strip -> strip.segment().status().administrator() == null ? null
                    : StatusText.describe(strip.island(), strip.segment().status(), state().getDataset(), state().getNaming(), state().getScript())
                            + basisOf(strip);
            case TimelineRenderer.PlayheadHit p -> "Drag to move through time";
            case null, default -> null;
        };
        if (text == null) {
            Tooltip.uninstall(canvas, tooltip);
        } else {
            tooltip.setText(text);
            Tooltip.install(canvas, tooltip);
        }
    }

    private String basisOf(TimelineRenderer.StripHit strip) {
        Dataset dataset = state().getDataset();
        String eventId = strip.segment().status().basisEventId();
        return eventId == null ? "" : dataset.event(eventId).map(e -> "\nBasis: " + renderedTitle(e) + " (" + e.date().toDisplayText() + ")").orElse("");
    }

    private String renderedTitle(HistoricalEvent event) {
        return state().render(event.title());
    }

    @Override
    protected void onKey(KeyEvent event) {
        TimelineView view = getSkinnable();
        ExplorerState state = state();
        TimeWindow window = state.getVisibleWindow();
        boolean handled = true;
        switch (event.getCode()) {
            case CLOSE_BRACKET -> view.nextEvent();
            case OPEN_BRACKET -> view.previousEvent();
            case RIGHT -> {
                if (event.isShiftDown()) {
                    state.setVisibleWindow(window.panByDays(window.span() / 8));
                } else {
                    view.nextEvent();
                }
            }
            case LEFT -> {
                if (event.isShiftDown()) {
                    state.setVisibleWindow(window.panByDays(-window.span() / 8));
                } else {
                    view.previousEvent();
                }
            }
            case PLUS, EQUALS, ADD, UP -> view.zoomBy(1.5);
            case MINUS, SUBTRACT, DOWN -> view.zoomBy(1 / 1.5);
            case HOME -> view.showAll();
            // The keyboard's way to what dragging on the overview does: the years shown become the range.
            case R -> state.selectedRangeProperty().set(window);
            case SPACE -> view.playingProperty().set(!view.playingProperty().get());
            case ESCAPE -> {
                state.setSelectedIsland(null);
                state.selectedRangeProperty().set(null);
            }
            default -> handled = false;
        }
        if (handled) {
            event.consume();
        }
    }

}
