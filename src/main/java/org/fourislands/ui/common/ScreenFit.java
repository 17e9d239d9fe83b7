package org.fourislands.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Keeps the app's own windows (the key sheet, the polls, the compare view) on the screen they
 * open on: at the presentation's type sizes on a 1280×720 projector the key sheet came out
 * 770 px tall, and the polls window opened 760 px tall with its title bar above the screen.
 */
public final class ScreenFit {

    private ScreenFit() {}

    /** Moves {@code window}, and shrinks it where it is larger, to lie within its screen's visual bounds. */
    public static void keepOnScreen(Window window) {
        Rectangle2D box = new Rectangle2D(window.getX(), window.getY(), Math.max(1, window.getWidth()), Math.max(1, window.getHeight()));
        Rectangle2D screen = Screen.getScreensForRectangle(box).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        Rectangle2D fitted = within(box, screen);
        if (!fitted.equals(box)) {
            window.setWidth(fitted.getWidth());
            window.setHeight(fitted.getHeight());
            window.setX(fitted.getMinX());
            window.setY(fitted.getMinY());
        }
    }

    /** {@code box} shrunk to at most the screen's size, then moved the least distance that puts it inside. */
    static Rectangle2D within(Rectangle2D box, Rectangle2D screen) {
        double width = Math.min(box.getWidth(), screen.getWidth());
        double height = Math.min(box.getHeight(), screen.getHeight());
        double x = Math.clamp(box.getMinX(), screen.getMinX(), screen.getMaxX() - width);
        double y = Math.clamp(box.getMinY(), screen.getMinY(), screen.getMaxY() - height);
        return new Rectangle2D(x, y, width, height);
    }
}
