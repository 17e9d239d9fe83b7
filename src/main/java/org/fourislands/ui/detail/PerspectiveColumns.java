package org.fourislands.ui.detail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.fourislands.core.model.Interpretation;
import org.fourislands.core.model.Perspective;
import org.fourislands.ui.common.SourceLinks;
import org.fourislands.ui.state.ExplorerState;

/**
 * An event's interpretations side by side, one column each, headed by its attribution and
 * followed by its source. The chosen perspective's columns come first and are marked; the
 * others stay. Columns wrap to a new row when the panel is too narrow to read them side by side.
 */
final class PerspectiveColumns extends GridPane {

    static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    /** Narrower than this, a column is too cramped to read. */
    private static final double MIN_COLUMN_WIDTH = 165;

    private final List<VBox> columns = new ArrayList<>();
    private int perRow;

    PerspectiveColumns(ExplorerState state, List<Interpretation> interpretations, SourceLinks links) {
        getStyleClass().add("perspective-columns");
        setId("perspective-columns");
        Perspective chosen = state.getPerspective();
        for (Interpretation interpretation : ordered(interpretations, chosen)) {
            VBox column = DetailPanel.styled(new VBox(), "interpretation");
            column.getStyleClass().add("interpretation-column");
            column.pseudoClassStateChanged(HIGHLIGHTED, interpretation.perspective() == chosen);
            Label attribution = DetailPanel.styled(new Label(interpretation.attribution() + " (" + interpretation.perspective().label() + ")"),
                    "interpretation-attribution");
            attribution.setWrapText(true);
            column.getChildren().add(attribution);
            if (interpretation.turningPoint()) {
                column.getChildren().add(DetailPanel.paragraph("★ A turning point in this reading", "turning-point-note"));
            }
            column.getChildren().add(DetailPanel.paragraph(state.render(interpretation.text()), "interpretation-text"));
            column.getChildren().add(links.citation(interpretation.source()));
            column.setAccessibleText("Reading of " + attribution.getText());
            columns.add(column);
        }
        widthProperty().addListener(obs -> arrange());
        arrange();
    }

    /** The interpretations with the chosen perspective's first, otherwise in the dataset's order. */
    static List<Interpretation> ordered(List<Interpretation> interpretations, Perspective chosen) {
        return interpretations.stream()
                .sorted(Comparator.comparing((Interpretation i) -> chosen == null || i.perspective() != chosen))
                .toList();
    }

    private void arrange() {
        double gap = getHgap();
        int fitting = (int) Math.floor((getWidth() + gap) / (MIN_COLUMN_WIDTH + gap));
        int wanted = Math.max(1, Math.min(columns.size(), fitting));
        if (wanted == perRow) {
            return;
        }
        perRow = wanted;
        getChildren().clear();
        getColumnConstraints().clear();
        for (int c = 0; c < perRow; c++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / perRow);
            constraints.setFillWidth(true);
            getColumnConstraints().add(constraints);
        }
        for (int i = 0; i < columns.size(); i++) {
            add(columns.get(i), i % perRow, i / perRow);
        }
    }
}
