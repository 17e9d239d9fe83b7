package org.fourislands.app;

import java.util.List;
import javafx.scene.control.SplitPane;

/**
 * Where the user put the split dividers. Defaults suit a 1280×720 projector: list, map and detail
 * side by side above a timeline about 45% high. The positions are remembered between runs with
 * the other settings ({@link SettingsStore}).
 */
public final class WindowLayout {

    /** The fresh-install positions: the two dividers of the upper split, then the timeline's. */
    static final List<Double> DEFAULTS = List.of(0.22, 0.73, 0.52);

    private final SplitPane upper;
    private final SplitPane vertical;

    WindowLayout(SplitPane upper, SplitPane vertical) {
        this.upper = upper;
        this.vertical = vertical;
        reset();
    }

    /** Puts the dividers back where a fresh install has them. */
    public void reset() {
        restore(DEFAULTS);
    }

    /** The divider positions, as {@link #restore} takes them. */
    List<Double> positions() {
        double[] top = upper.getDividerPositions();
        return List.of(top[0], top[1], vertical.getDividerPositions()[0]);
    }

    /** Moves the dividers; ignores a list of the wrong length or with positions outside 0–1. */
    void restore(List<Double> positions) {
        if (positions.size() != 3 || positions.stream().anyMatch(p -> p == null || !(p >= 0 && p <= 1))) {
            return;
        }
        upper.setDividerPositions(positions.get(0), positions.get(1));
        vertical.setDividerPositions(positions.get(2));
    }

    /** Calls {@code action} whenever a divider moves. */
    void onChange(Runnable action) {
        upper.getDividers().forEach(d -> d.positionProperty().addListener(o -> action.run()));
        vertical.getDividers().forEach(d -> d.positionProperty().addListener(o -> action.run()));
    }
}
