package org.fourislands.ui.state;

import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fourislands.core.data.DatasetProblem;
import org.fourislands.core.data.LoadResult;

/**
 * Lists every problem of a failed load, with its location, while the previous dataset stays on
 * screen. Double-clicking a problem copies its location for the editor's "go to line".
 */
public final class ProblemsPane extends BorderPane {

    private final Label summary = new Label();
    private final ListView<DatasetProblem> problems = new ListView<>();

    public ProblemsPane(DatasetSession session) {
        getStyleClass().add("problems-pane");
        setId("problems-pane");
        summary.getStyleClass().add("problems-summary");
        Button dismiss = new Button("Dismiss");
        dismiss.setOnAction(a -> session.lastFailureProperty().set(null));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(summary, gap, dismiss);
        header.getStyleClass().add("problems-header");
        problems.setId("problems-list");
        problems.setPrefHeight(160);
        problems.setAccessibleHelp("Double-click a problem to copy its location (file:line:column and JSON path)");
        problems.setTooltip(new javafx.scene.control.Tooltip("Double-click a problem to copy its location"));
        problems.setOnMouseClicked(click -> {
            DatasetProblem selected = problems.getSelectionModel().getSelectedItem();
            if (click.getClickCount() == 2 && selected != null) {
                ClipboardContent content = new ClipboardContent();
                content.putString(copiedLocation(selected));
                Clipboard.getSystemClipboard().setContent(content);
            }
        });
        setTop(header);
        setCenter(problems);
        session.lastFailureProperty().addListener((obs, old, failure) -> show(failure));
        show(session.lastFailureProperty().get());
    }

    /** What double-clicking a problem copies: {@code file:line:col $.path}, for an editor's "go to". */
    public static String copiedLocation(DatasetProblem problem) {
        return problem.location() + (problem.path().isEmpty() ? "" : " " + problem.path());
    }

    private void show(LoadResult.Failed failure) {
        setVisible(failure != null);
        setManaged(failure != null);
        if (failure == null) {
            problems.getItems().clear();
            return;
        }
        int count = failure.problems().size();
        summary.setText(String.format(Locale.ROOT, "%s could not be loaded: %d problem%s. The data on screen is unchanged.",
                failure.file(), count, count == 1 ? "" : "s"));
        problems.setItems(FXCollections.observableArrayList(failure.problems()));
    }
}
