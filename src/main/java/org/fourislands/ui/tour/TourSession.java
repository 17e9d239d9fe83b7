package org.fourislands.ui.tour;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Tour;
import org.fourislands.core.model.TourStep;
import org.fourislands.core.query.EventFilter;
import org.fourislands.core.time.TimeWindow;
import org.fourislands.ui.state.ExplorerState;

/**
 * Stepping through a lesson, over the shared {@link ExplorerState}: through the active tour's
 * steps, or, with no tour, through the events that pass the current filter. Starting a tour
 * applies its categories and remembers what was there; leaving it puts that back. The naming is
 * the user's throughout: a tour that switched a student's Russian names to both sides' took a
 * choice that is theirs to make.
 * Moving to a step selects its event, so the playhead, the map and the detail panel follow.
 * Selecting another event (on the timeline, say) leaves the steps: there is no current step
 * until one is selected again, but the tour remembers the step it was at, and Next and Previous
 * go on from there. Lives on the FX thread, like the state.
 */
public final class TourSession {

    private final ExplorerState state;
    private final ReadOnlyObjectWrapper<Tour> tour = new ReadOnlyObjectWrapper<>(this, "tour");
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position", -1);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count", 0);
    private final ReadOnlyObjectWrapper<Step> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final List<Consumer<Step>> arrivalListeners = new ArrayList<>();
    private List<Step> tourSteps = List.of();
    /** The tour's step last reached or selected; kept while the user looks at an event that is no step. */
    private int tourIndex = -1;
    private boolean moving;
    private Saved saved;

    /** What a tour replaced, to put back when it ends. */
    private record Saved(EventFilter filter, TimeWindow range, TimeWindow window) {}

    public TourSession(ExplorerState state) {
        this.state = state;
        state.selectedEventProperty().addListener(obs -> refresh());
        state.filteredEventsProperty().addListener(obs -> refresh());
        state.datasetProperty().addListener((obs, old, dataset) -> followReload(dataset));
        refresh();
    }

    /** Starts {@code newTour} at its first step. */
    public void start(Tour newTour) {
        start(newTour, 0);
    }

    /**
     * Starts {@code newTour} at step {@code index} (0-based, clamped): applies its categories
     * and shows the years its steps span on the timeline.
     */
    public void start(Tour newTour, int index) {
        if (saved == null) {
            saved = new Saved(state.getFilter(), state.selectedRangeProperty().get(), state.getVisibleWindow());
        }
        tourSteps = stepsOf(newTour, state.getDataset());
        tourIndex = -1;
        tour.set(newTour);
        state.selectedRangeProperty().set(null);
        state.setFilter(newTour.categories().isEmpty() ? EventFilter.NONE
                : EventFilter.NONE.withCategories(EnumSet.copyOf(newTour.categories())));
        if (!tourSteps.isEmpty()) {
            state.setVisibleWindow(spanOf(tourSteps));
        }
        goTo(index);
    }

    /**
     * The time a tour's steps span, with an eighth of it to spare each side (more than the tenth
     * that selecting an event keeps clear, so stepping does not pan): over 1855–2024 the step's
     * event hid in a badge of sixteen on the projector; over the tour's own years it stands alone.
     */
    static TimeWindow spanOf(List<Step> steps) {
        double first = steps.stream().mapToDouble(step -> step.event().startEpochDay()).min().orElseThrow();
        double last = steps.stream().mapToDouble(step -> step.event().endEpochDayExclusive()).max().orElseThrow();
        double margin = Math.max((last - first) / 8, TimeWindow.MIN_SPAN_DAYS);
        return new TimeWindow(first - margin, last + margin);
    }

    /** Ends the tour and restores the filter, range and timeline span it replaced. Stepping goes back to the filtered events. */
    public void leave() {
        if (tour.get() == null) {
            return;
        }
        Saved before = saved;
        saved = null;
        tour.set(null);
        tourSteps = List.of();
        tourIndex = -1;
        state.setFilter(before.filter());
        state.selectedRangeProperty().set(before.range());
        state.setVisibleWindow(before.window());
        refresh();
    }

    /** The step after the one stepping is at; with none, the first at or after the playhead. */
    public void next() {
        int from = stepReached();
        goTo(from < 0 ? firstAfterPlayhead() : from + 1);
    }

    /** The step before the one stepping is at; with none, the last at or before the playhead. */
    public void previous() {
        int from = stepReached();
        goTo(from < 0 ? lastBeforePlayhead() : from - 1);
    }

    /**
     * Arrives again at the step stepping is at, so that its own map view shows (presentation mode
     * does on entering); with none, the first at or after the playhead, as Next would.
     */
    public void arriveAgain() {
        int at = stepReached();
        goTo(at < 0 ? firstAfterPlayhead() : at);
    }

    /**
     * The 0-based step that stepping goes on from: the tour's step last reached or selected, even
     * while another event is selected; without a tour, the selected event's. -1 for none.
     */
    public int stepReached() {
        return tour.get() != null ? tourIndex : position.get();
    }

    public void first() {
        goTo(0);
    }

    public void last() {
        goTo(Integer.MAX_VALUE);
    }

    /** Moves to step {@code index} (0-based), clamped to the steps there are; selects its event. */
    public void goTo(int index) {
        List<Step> steps = steps();
        if (steps.isEmpty()) {
            return;
        }
        int target = Math.clamp(index, 0, steps.size() - 1);
        Step step = steps.get(target);
        moving = true;
        try {
            if (tour.get() != null) {
                tourIndex = target;
            }
            state.setSelectedEvent(step.event());
        } finally {
            moving = false;
        }
        refresh();
        // After the selection, so that a tour's own map view wins over framing the event.
        for (Consumer<Step> listener : List.copyOf(arrivalListeners)) {
            listener.accept(step);
        }
    }

    /** Called each time a step is reached by stepping (not when the selection changes elsewhere). */
    public void addArrivalListener(Consumer<Step> listener) {
        arrivalListeners.add(listener);
    }

    /** The steps now: the tour's, or one per filtered event. */
    public List<Step> steps() {
        if (tour.get() != null) {
            return tourSteps;
        }
        return state.getFilteredEvents().stream().map(TourSession::eventStep).toList();
    }

    private static Step eventStep(HistoricalEvent event) {
        return new Step(event, event.summary(), null);
    }

    private static List<Step> stepsOf(Tour tour, Dataset dataset) {
        if (dataset == null) {
            return List.of();
        }
        List<Step> steps = new ArrayList<>();
        for (TourStep step : tour.steps()) {
            dataset.event(step.eventId()).ifPresent(event -> steps.add(new Step(event, step.caption(), step.view())));
        }
        return List.copyOf(steps);
    }

    /** A reloaded dataset keeps the tour going when it still has it (a teacher fixing a caption), and ends it otherwise. */
    private void followReload(Dataset dataset) {
        Tour active = tour.get();
        if (active == null || dataset == null) {
            refresh();
            return;
        }
        Tour reloaded = dataset.tours().stream().filter(t -> t.id().equals(active.id())).findFirst().orElse(null);
        if (reloaded == null) {
            leave();
            return;
        }
        tourSteps = stepsOf(reloaded, dataset);
        tourIndex = Math.min(tourIndex, tourSteps.size() - 1);
        tour.set(reloaded);
        refresh();
    }

    private void refresh() {
        if (moving) {
            return;
        }
        List<Step> steps = steps();
        count.set(steps.size());
        int index = indexOfSelected(steps);
        if (tour.get() != null && index >= 0) {
            tourIndex = index;
        }
        position.set(index);
        current.set(index < 0 ? null : steps.get(index));
    }

    /**
     * Which step the selected event is, or -1. A tour may visit an event twice: the step the tour
     * is at wins, so that selecting its event again does not jump to the other visit.
     */
    private int indexOfSelected(List<Step> steps) {
        HistoricalEvent selected = state.getSelectedEvent();
        if (tour.get() != null && tourIndex >= 0 && steps.get(tourIndex).event().equals(selected)) {
            return tourIndex;
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).event().equals(selected)) {
                return i;
            }
        }
        return -1;
    }

    /** With no step reached yet: the first event at or after the playhead. */
    private int firstAfterPlayhead() {
        List<Step> steps = steps();
        long day = state.getSelectedDate().startEpochDay();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).event().startEpochDay() >= day) {
                return i;
            }
        }
        return steps.size() - 1;
    }

    private int lastBeforePlayhead() {
        List<Step> steps = steps();
        long day = state.getSelectedDate().startEpochDay();
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).event().startEpochDay() <= day) {
                return i;
            }
        }
        return 0;
    }

    /** The active tour, or null when stepping through the filtered events. */
    public ReadOnlyObjectProperty<Tour> tourProperty() {
        return tour.getReadOnlyProperty();
    }

    public Tour getTour() {
        return tour.get();
    }

    /** The 0-based index of the current step, or -1 when the selection is not one of the steps. */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public int getPosition() {
        return position.get();
    }

    /** How many steps there are. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public int getCount() {
        return count.get();
    }

    /** The current step, or null. */
    public ReadOnlyObjectProperty<Step> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Step getCurrent() {
        return current.get();
    }

    /** "7 / 12", or "– / 12" when the selection is not a step. */
    public String counterText() {
        return (position.get() < 0 ? "–" : Integer.toString(position.get() + 1)) + " / " + count.get();
    }
}
