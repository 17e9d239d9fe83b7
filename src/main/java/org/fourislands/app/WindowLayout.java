package org.fourislands.app;

import java.util.prefs.Preferences;
import javafx.scene.control.SplitPane;

/**
 * Remembers where the user put the split dividers, per user, between runs. Defaults suit a
 * 1280×720 projector: list, map and detail side by side above a timeline about 45% high.
 */
public final class WindowLayout {

    private static final double[] UPPER_DEFAULT = {0.22, 0.73};
    private static final double VERTICAL_DEFAULT = 0.52;

    private final Preferences preferences;
    private final SplitPane upper;
    private final SplitPane vertical;

    WindowLayout(SplitPane upper, SplitPane vertical) {
        this(Preferences.userNodeForPackage(WindowLayout.class).node("layout"), upper, vertical);
    }

    WindowLayout(Preferences preferences, SplitPane upper, SplitPane vertical) {
        this.preferences = preferences;
        this.upper = upper;
        this.vertical = vertical;
        upper.setDividerPositions(preferences.getDouble("upper.0", UPPER_DEFAULT[0]), preferences.getDouble("upper.1", UPPER_DEFAULT[1]));
        vertical.setDividerPositions(preferences.getDouble("vertical", VERTICAL_DEFAULT));
        upper.getDividers().forEach(d -> d.positionProperty().addListener(o -> save()));
        vertical.getDividers().forEach(d -> d.positionProperty().addListener(o -> save()));
    }

    private void save() {
        double[] positions = upper.getDividerPositions();
        preferences.putDouble("upper.0", positions[0]);
        preferences.putDouble("upper.1", positions[1]);
        preferences.putDouble("vertical", vertical.getDividerPositions()[0]);
    }

    /** Puts the dividers back where a fresh install has them. */
    public void reset() {
        upper.setDividerPositions(UPPER_DEFAULT);
        vertical.setDividerPositions(VERTICAL_DEFAULT);
    }
}
