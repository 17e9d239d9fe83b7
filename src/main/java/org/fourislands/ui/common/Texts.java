package org.fourislands.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** The styled labels the reading panes are built from: headings and wrapping paragraphs. */
public final class Texts {

    private Texts() {}

    public static Label heading(String text) {
        return styled(new Label(text), "detail-heading");
    }

    public static Label paragraph(String text, String styleClass) {
        Label label = styled(new Label(text), styleClass);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    public static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }
}
