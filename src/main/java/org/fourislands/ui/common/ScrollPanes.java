package org.fourislands.ui.common;

import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/** Vertical scrolling for reading panes. */
public final class ScrollPanes {

    /** The share of the visible height a page key turns: a line or two stays in view, to read on from. */
    private static final double PAGE_SHARE = 0.9;

    private ScrollPanes() {}

    /**
     * Makes {@code scroll} scroll {@code content} vertically only, at the viewport's width:
     * wrapping labels need a width to wrap at, the viewport's, not their own preferred one.
     * Page Up and Page Down turn a page of what is shown: JavaFX's own turn a tenth of the
     * scroll range, about 25 px of a long event's text.
     */
    public static <S extends ScrollPane> S readingPane(S scroll, Region content) {
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.viewportBoundsProperty().addListener((obs, old, bounds) -> content.setPrefWidth(bounds.getWidth()));
        // A filter, so that the page keys turn the page whichever link or button inside has the focus.
        scroll.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.isShortcutDown() || key.isAltDown()) {
                return;
            }
            switch (key.getCode()) {
                case PAGE_DOWN -> turnPage(scroll, content, 1);
                case PAGE_UP -> turnPage(scroll, content, -1);
                default -> {
                    return;
                }
            }
            key.consume();
        });
        return scroll;
    }

    private static void turnPage(ScrollPane scroll, Region content, int direction) {
        double visible = scroll.getViewportBounds().getHeight();
        double hidden = content.getHeight() - visible;
        if (hidden <= 0) {
            return;
        }
        double range = scroll.getVmax() - scroll.getVmin();
        double step = PAGE_SHARE * visible / hidden * range;
        scroll.setVvalue(Math.clamp(scroll.getVvalue() + direction * step, scroll.getVmin(), scroll.getVmax()));
    }
}
