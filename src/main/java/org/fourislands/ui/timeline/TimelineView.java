package org.fourislands.ui.timeline;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.Skin;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.core.time.TimeWindow;
import org.fourislands.ui.access.EventDescription;
import org.fourislands.ui.canvas.CanvasControl;
import org.fourislands.ui.state.ExplorerState;

/**
 * The timeline control: an adaptive axis over the visible window, era bands, status strips,
 * event lanes with clusters and labels, a draggable playhead and an overview strip. All of its
 * state (window, date, selection, filters, search) lives in the shared {@link ExplorerState};
 * the control adds only play/pause. Drawn by {@link TimelineViewSkin} through
 * {@link TimelineRenderer}.
 */
public final class TimelineView extends CanvasControl {

    private final ExplorerState state;
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
    private final BooleanProperty studyHighlights = new SimpleBooleanProperty(this, "studyHighlights", true);
    private final BooleanProperty overviewShown = new SimpleBooleanProperty(this, "overviewShown", true);
    /** Playback speed in days of history per second of playing. */
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 365.25);
    private final AnimationTimer player = new AnimationTimer() {
        private long last;

        @Override
        public void start() {
            last = 0;
            super.start();
        }

        @Override
        public void handle(long now) {
            if (last != 0) {
                double days = speed.get() * (now - last) / 1e9;
                double next = state.getSelectedDate().lastEpochDay() + Math.max(1, Math.round(days));
                TimeWindow overview = TimeWindow.covering(state.getDataset().defaultFrom(), state.getDataset().defaultTo());
                if (next >= overview.end()) {
                    playing.set(false);
                    return;
                }
                state.setSelectedDate(HistoricalDate.ofEpochDay((long) next));
                state.setVisibleWindow(state.getVisibleWindow().reveal(next));
            }
            last = now;
        }
    };

    public TimelineView(ExplorerState state) {
        this.state = state;
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        setAccessibleRoleDescription("Timeline");
        for (javafx.beans.Observable o : new javafx.beans.Observable[] {state.selectedEventProperty(), state.namingProperty(),
            state.scriptProperty(), state.statusIndexProperty()}) {
            o.addListener(obs -> notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT));
        }
        playing.addListener((obs, was, now) -> {
            if (now && state.getDataset() != null) {
                player.start();
            } else {
                player.stop();
            }
        });
    }

    /** Keys to move between events, for screen readers (HELP). */
    static final String KEYBOARD_HELP = "Right and Left, or ] and [, move between events; Up and Down zoom; Space plays.";

    @Override
    protected String keyboardHelp() {
        return KEYBOARD_HELP;
    }

    /** What a screen reader says for the timeline now: the selected event, its date, category, title and its islands' status. */
    @Override
    public String accessibleDescription() {
        HistoricalEvent event = state.getSelectedEvent();
        return event == null ? "Timeline, " + state.getSelectedDate().toDisplayText() + ". " + KEYBOARD_HELP
                : EventDescription.describe(state, event);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineViewSkin(this);
    }

    public ExplorerState state() {
        return state;
    }

    /** Shows the dataset's default range (1855–2024 for the bundled data). */
    public void showAll() {
        if (state.getDataset() != null) {
            state.setVisibleWindow(TimeWindow.covering(state.getDataset().defaultFrom(), state.getDataset().defaultTo()));
        }
    }

    public void zoomBy(double factor) {
        TimeWindow window = state.getVisibleWindow();
        long selectedDay = state.getSelectedDate().lastEpochDay();
        double anchor = window.contains(selectedDay) ? selectedDay : window.centre();
        state.setVisibleWindow(window.zoomAround(anchor, factor));
    }

    /** Selects the first filtered event after the playhead (or after the selected event). */
    public void nextEvent() {
        step(1);
    }

    public void previousEvent() {
        step(-1);
    }

    private void step(int direction) {
        List<HistoricalEvent> events = state.getFilteredEvents();
        if (events.isEmpty()) {
            return;
        }
        HistoricalEvent selected = state.getSelectedEvent();
        int index = selected == null ? -1 : events.indexOf(selected);
        if (index < 0) {
            long day = state.getSelectedDate().startEpochDay();
            index = direction > 0 ? -1 : events.size();
            for (int i = 0; i < events.size(); i++) {
                if (direction > 0 && events.get(i).startEpochDay() <= day) {
                    index = i;
                }
                if (direction < 0 && events.get(i).startEpochDay() >= day && index == events.size()) {
                    index = i;
                }
            }
        }
        int next = Math.clamp(index + direction, 0, events.size() - 1);
        state.setSelectedEvent(events.get(next));
    }

    /**
     * The renderer as of the last frame drawn: hit testing, marker positions and the tick unit,
     * which tests and assistive code use to find things on the canvas. Null before the skin exists.
     */
    public TimelineRenderer renderer() {
        return getSkin() instanceof TimelineViewSkin skin ? skin.renderer() : null;
    }

    /**
     * Whether the search's results and the selected island's events stand out, the rest dimmed
     * (the default). Presentation mode's timeline leaves them out: a search from the window
     * dimmed the lanes on the projector.
     */
    public BooleanProperty studyHighlightsProperty() {
        return studyHighlights;
    }

    /**
     * Whether the overview strip runs along the bottom (the default). Presentation mode hides it,
     * as it hides the other chrome: the strip is for dragging with a pointer, and its room goes to
     * larger type for the back of the room.
     */
    public BooleanProperty overviewShownProperty() {
        return overviewShown;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public DoubleProperty speedProperty() {
        return speed;
    }
}
