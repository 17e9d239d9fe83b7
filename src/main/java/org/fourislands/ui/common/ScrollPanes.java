package org.fourislands.ui.common;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/** Vertical scrolling for reading panes. */
public final class ScrollPanes {

    private ScrollPanes() {}

    /**
     * Makes {@code scroll} scroll {@code content} vertically only, at the viewport's width:
     * wrapping labels need a width to wrap at, the viewport's, not their own preferred one.
     */
    public static <S extends ScrollPane> S readingPane(S scroll, Region content) {
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.viewportBoundsProperty().addListener((obs, old, bounds) -> content.setPrefWidth(bounds.getWidth()));
        return scroll;
    }
}
