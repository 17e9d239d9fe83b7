package org.fourislands.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The list under the glossary and the bibliography, kept in step with a selection that other
 * parts of the window set: a link in the details, or a dataset reloaded after a teacher's edit.
 */
@ExtendWith(ApplicationExtension.class)
class SearchableListTest {

    /** An entry of the list: records are equal by value, as the glossary's entries are. */
    record Entry(String term, String definition) {}

    private final ObjectProperty<Entry> selection = new SimpleObjectProperty<>();
    private List<Entry> entries = new ArrayList<>(List.of(new Entry("Chishima", "The Kuril Islands."),
            new Entry("Habomai", "The islets off Nemuro."), new Entry("SCAPIN-677", "A directive of 1946.")));
    private SearchableList<Entry> view;

    @Start
    void start(Stage stage) {
        view = new SearchableList<>("test", "entries", selection,
                query -> entries.stream().filter(e -> e.term().toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT))).toList(),
                Entry::term, (entry, pane) -> pane.getChildren().add(new Label(entry.definition())));
        stage.setScene(new Scene(new StackPane(view), 400, 400));
        stage.show();
    }

    private String detailText() {
        return view.detail().getChildren().stream().map(node -> ((Label) node).getText()).reduce("", String::concat);
    }

    @Test
    void anEntryChosenElsewhereButHiddenByTheSearchClearsTheSearchAndIsShown(FxRobot robot) {
        robot.interact(() -> view.searchField().setText("chi"));
        assertThat(view.list().getItems()).extracting(Entry::term).containsExactly("Chishima");

        Entry scapin = entries.get(2);
        robot.interact(() -> selection.set(scapin));

        assertThat(view.searchField().getText()).isEmpty();
        assertThat(view.list().getItems()).hasSize(3);
        assertThat(view.list().getSelectionModel().getSelectedItem()).isSameAs(scapin);
        assertThat(detailText()).isEqualTo("A directive of 1946.");
    }

    @Test
    void aReloadThatEditedTheShownEntryShowsTheEditedOneWithoutLooping(FxRobot robot) {
        robot.interact(() -> selection.set(entries.get(2)));
        // The teacher's edit: the new data's entry differs from the one still selected.
        Entry edited = new Entry("SCAPIN-677", "A directive of 29 January 1946.");
        entries = List.of(entries.get(0), entries.get(1), edited);

        // The state's order on a reload: the views refresh with the new data first, while the
        // selection still holds the old entry, then the selection moves to the new entry.
        robot.interact(view::refresh);
        assertThat(view.list().getSelectionModel().isEmpty()).isTrue();
        assertThat(detailText()).isEqualTo("Choose an entry to read it.");
        robot.interact(() -> selection.set(edited));

        assertThat(view.list().getSelectionModel().getSelectedItem()).isSameAs(edited);
        assertThat(detailText()).isEqualTo("A directive of 29 January 1946.");
    }

    @Test
    void aSearchThatFindsNothingSaysSo(FxRobot robot) {
        robot.interact(() -> view.searchField().setText("Etorofu"));

        assertThat(view.list().getItems()).isEmpty();
        assertThat(detailText()).isEqualTo("Nothing found.");
    }
}
