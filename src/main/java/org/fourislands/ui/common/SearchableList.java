package org.fourislands.ui.common;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * A search field over a list over a detail pane, the list's selection kept in step with a
 * property of the shared state: the glossary and the bibliography are both made of one.
 * Down in the search field moves to the list; the detail pane follows the selection.
 */
public class SearchableList<T> extends BorderPane {

    private final TextField search = new TextField();
    private final ListView<T> list = new ListView<>();
    private final VBox detail = new VBox();
    private final ScrollPane detailScroll = ScrollPanes.readingPane(new ScrollPane(), detail);
    private final ObjectProperty<T> selection;
    private final Function<String, List<T>> searcher;
    private final BiConsumer<T, VBox> describer;

    /**
     * @param idPrefix prefix of the node ids ({@code glossary} gives {@code #glossary-search}, {@code #glossary-list}, …)
     * @param selection the shared state's selection this list shows and sets
     * @param searcher the items matching a query, all of them for a blank one; empty before data is loaded
     * @param cellText how an item reads in the list
     * @param describer fills the detail pane for an item
     */
    public SearchableList(String idPrefix, String what, ObjectProperty<T> selection, Function<String, List<T>> searcher,
                          Function<T, String> cellText, BiConsumer<T, VBox> describer) {
        this.selection = selection;
        this.searcher = searcher;
        this.describer = describer;
        getStyleClass().addAll("searchable-list", idPrefix + "-view");
        search.setId(idPrefix + "-search");
        search.setPromptText("Search the " + what);
        search.setAccessibleText("Search the " + what + ", ignoring case and accents");
        search.getStyleClass().add("searchable-list-field");
        list.setId(idPrefix + "-list");
        list.setAccessibleText("The " + what);
        list.setCellFactory(view -> new ListCell<>() {
            {
                setPrefWidth(0);
                setWrapText(true);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : cellText.apply(item));
            }
        });
        detail.setId(idPrefix + "-detail");
        detail.getStyleClass().add("detail-content");
        SplitPane split = new SplitPane(list, detailScroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.38);
        setTop(search);
        setCenter(split);

        search.textProperty().addListener(obs -> refresh());
        search.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                key.consume();
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item != selection.get()) {
                selection.set(item);
            }
        });
        selection.addListener((obs, old, item) -> reveal(item));
        // The main window adds a study panel only when its tab is first shown, so an entry chosen
        // before that (a glossary link in the details) is selected in a list that has never been
        // laid out, and cannot be scrolled to. Scrolled during its first layout, the list ends
        // with the row cut off at its bottom edge; scrolled just after that pulse, it shows the
        // row at the top, as a list laid out before does.
        list.heightProperty().addListener((obs, old, height) -> {
            if (old.doubleValue() == 0 && height.doubleValue() > 0 && selection.get() != null) {
                Platform.runLater(() -> list.scrollTo(selection.get()));
            }
        });
        refresh();
    }

    /** Runs the search again, e.g. on a new dataset, keeping the selection when it is still listed. */
    public final void refresh() {
        list.getItems().setAll(searcher.apply(search.getText()));
        reveal(selection.get());
    }

    private void reveal(T item) {
        boolean listed = item != null && list.getItems().contains(item);
        if (item != null && !listed && !search.getText().isEmpty()) {
            // Chosen elsewhere (a link in the details) but hidden by the search: clearing the
            // search lists everything again, and that refresh reveals the item.
            search.clear();
            return;
        }
        // Not in the whole list either, the item is the last dataset's, edited or gone in the
        // one being shown; the state selects the new dataset's own entry next. (Clearing the
        // empty search for it again and again overflowed the stack on a teacher's reload.)
        if (!listed) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedItem() != item) {
            list.getSelectionModel().select(item);
            list.scrollTo(item);
        }
        detail.getChildren().clear();
        if (!listed) {
            Label hint = new Label(list.getItems().isEmpty() ? "Nothing found." : "Choose an entry to read it.");
            hint.getStyleClass().add("detail-hint");
            detail.getChildren().add(hint);
        } else {
            describer.accept(item, detail);
        }
        detailScroll.setVvalue(0);
    }

    public TextField searchField() {
        return search;
    }

    public ListView<T> list() {
        return list;
    }

    /** The pane describing the selected item. */
    public VBox detail() {
        return detail;
    }
}
