package org.fourislands.ui.help;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.fourislands.core.data.Credits;
import org.fourislands.core.data.Credits.Licence;
import org.fourislands.core.model.Dataset;
import org.fourislands.ui.state.ExplorerState;

/**
 * The About box: what the app is, the credits, and under Show Details the full licence texts of
 * the coastlines and the font, which the licences require to travel with them.
 */
public final class AboutBox {

    private AboutBox() {
    }

    /** An About box over {@code owner}, naming the islands in the chosen convention. */
    public static Alert create(Window owner, ExplorerState state) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About Four Islands");
        about.setHeaderText("Four Islands — the Japan–Russia dispute over " + disputedIslands(state));
        about.setContentText(Credits.text(state.getDataset()));
        about.getDialogPane().setExpandableContent(licenceReader());
        about.getDialogPane().setMinWidth(560);
        return about;
    }

    /** "Etorofu / Iturup, Kunashiri / Kunashir, Shikotan and Habomai", as the Names setting spells them. */
    private static String disputedIslands(ExplorerState state) {
        Dataset dataset = state.getDataset();
        List<String> names = dataset == null ? List.of() : dataset.islands().stream()
                .filter(island -> island.isDisputed() && island.partOf() == null)
                .map(island -> island.names().display(state.getNaming(), state.getScript()))
                .toList();
        if (names.size() < 2) {
            return names.isEmpty() ? "four islands" : names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private static VBox licenceReader() {
        ComboBox<Licence> choice = new ComboBox<>();
        choice.setId("about-licence");
        choice.getItems().setAll(Credits.LICENCES);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Licence licence) {
                return licence == null ? "" : licence.title();
            }

            @Override
            public Licence fromString(String title) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        TextArea text = new TextArea();
        text.setId("about-licence-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(16);
        choice.valueProperty().addListener((obs, old, licence) -> {
            text.setText(licence == null ? "" : licence.text());
            text.positionCaret(0);
        });
        choice.getSelectionModel().selectFirst();
        Label label = new Label("Licence text:");
        label.setLabelFor(choice);
        VBox reader = new VBox(6, label, choice, text);
        VBox.setVgrow(text, Priority.ALWAYS);
        return reader;
    }
}
