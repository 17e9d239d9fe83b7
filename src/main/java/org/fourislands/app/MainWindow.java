package org.fourislands.app;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.fourislands.core.data.Credits;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Script;
import org.fourislands.core.geo.MapData;
import org.fourislands.ui.browser.EventBrowser;
import org.fourislands.ui.common.Choices;
import org.fourislands.ui.export.ExportDialog;
import org.fourislands.ui.detail.DetailPanel;
import org.fourislands.ui.map.MapPane;
import org.fourislands.ui.map.MapView;
import org.fourislands.ui.timeline.TimelinePane;
import org.fourislands.ui.timeline.TimelineView;
import org.fourislands.ui.state.DatasetSession;
import org.fourislands.ui.state.ExplorerState;
import org.fourislands.ui.state.ProblemsPane;
import org.fourislands.ui.theme.Theme;

/**
 * The main window: menus and the naming setting on top, the event browser and the detail
 * panel side by side, and the problems of a failed load below them.
 */
public final class MainWindow extends BorderPane {

    private final ExplorerState state = new ExplorerState();
    private final DatasetSession session = new DatasetSession(state);
    private final EventBrowser browser;
    private final DetailPanel detail;
    private final MapPane mapPane;
    private final TimelinePane timelinePane;
    private final WindowLayout layout;

    public MainWindow(Consumer<String> linkOpener) {
        getStyleClass().add("main-window");
        browser = new EventBrowser(state);
        detail = new DetailPanel(state, linkOpener);
        mapPane = new MapPane(state);
        timelinePane = new TimelinePane(state);
        SplitPane upper = new SplitPane(browser, mapPane, detail);
        upper.setId("main-split");
        SplitPane.setResizableWithParent(browser, false);
        SplitPane.setResizableWithParent(detail, false);
        SplitPane split = new SplitPane(upper, timelinePane);
        split.setId("timeline-split");
        split.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(timelinePane, false);
        layout = new WindowLayout(upper, split);
        setTop(new VBox(menuBar(), toolBar()));
        setCenter(split);
        setBottom(new ProblemsPane(session));
        sceneProperty().addListener((obs, old, scene) -> applyTheme());
        state.themeProperty().addListener(obs -> applyTheme());
    }

    private void applyTheme() {
        if (getScene() != null) {
            state.getTheme().applyTo(getScene());
        }
    }


    /**
     * Loads the bundled coastlines off the FX thread in two steps: full detail first, so the map
     * appears quickly, then the simplified levels that make zoomed-out redraws fast.
     */
    public void loadMapData() {
        Thread thread = new Thread(() -> {
            MapData fullDetail = MapData.loadBundledFullDetailOnly();
            Platform.runLater(() -> state.setMapData(fullDetail));
            MapData withLevels = fullDetail.withLevelsOfDetail();
            Platform.runLater(() -> state.setMapData(withLevels));
        }, "map-loader");
        thread.setDaemon(true);
        thread.start();
    }

    public MapView map() {
        return mapPane.map();
    }

    public TimelineView timeline() {
        return timelinePane.timeline();
    }

    /** Split positions, remembered between runs. */
    public WindowLayout windowLayout() {
        return layout;
    }

    /** Opens {@code file}, or the bundled dataset when null. */
    public void open(Path file) {
        if (file == null) {
            session.loadBundled();
        } else {
            session.load(file);
        }
    }

    public ExplorerState state() {
        return state;
    }

    public DatasetSession session() {
        return session;
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("Open dataset…");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(a -> chooseAndOpen());
        MenuItem reload = new MenuItem("Reload");
        reload.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        reload.setOnAction(a -> session.reload());
        MenuItem bundled = new MenuItem("Open bundled dataset");
        bundled.setOnAction(a -> session.loadBundled());
        MenuItem export = new MenuItem("Export image…");
        export.setId("export-menu-item");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(a -> openExportDialog());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(a -> getScene().getWindow().hide());
        Menu file = new Menu("File", null, open, reload, bundled, new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        MenuItem about = new MenuItem("About Four Islands");
        about.setOnAction(a -> showAbout());
        Menu help = new Menu("Help", null, about);
        return new MenuBar(file, help);
    }

    private ToolBar toolBar() {
        ChoiceBox<NamingConvention> naming = new ChoiceBox<>();
        naming.setId("naming-choice");
        naming.getItems().setAll(NamingConvention.values());
        naming.setConverter(Choices.showing(NamingConvention::label));
        naming.valueProperty().bindBidirectional(state.namingProperty());
        naming.setAccessibleText("Naming convention");

        ToggleButton nativeScript = new ToggleButton("Native script");
        nativeScript.setId("native-script-toggle");
        nativeScript.setSelected(state.getScript() == Script.NATIVE);
        nativeScript.selectedProperty().addListener((obs, old, selected) -> state.setScript(selected ? Script.NATIVE : Script.LATIN));
        state.scriptProperty().addListener((obs, old, script) -> nativeScript.setSelected(script == Script.NATIVE));

        Label namingLabel = new Label("Names:");
        namingLabel.setLabelFor(naming);

        ChoiceBox<Theme> theme = new ChoiceBox<>();
        theme.setId("theme-choice");
        theme.getItems().setAll(Theme.values());
        theme.setConverter(Choices.showing(Theme::label));
        theme.valueProperty().bindBidirectional(state.themeProperty());
        theme.setAccessibleText("Colour theme");
        Label themeLabel = new Label("Theme:");
        themeLabel.setLabelFor(theme);
        return new ToolBar(namingLabel, naming, nativeScript, new Separator(Orientation.VERTICAL), themeLabel, theme);
    }

    /** Opens the export dialog on what the explorer shows now (once the data is loaded). */
    public ExportDialog openExportDialog() {
        if (state.getDataset() == null || state.getMapData() == null) {
            return null;
        }
        MapView map = map();
        ExportDialog dialog = new ExportDialog(getScene().getWindow(), state,
                () -> map.getViewport() == null ? null : map.getViewport().visibleEnvelope(map.getWidth(), map.getHeight()));
        dialog.show();
        return dialog;
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a Four Islands dataset");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Dataset (*.json)", "*.json"));
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            session.load(chosen.toPath());
        }
    }

    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(getScene().getWindow());
        about.setTitle("About Four Islands");
        about.setHeaderText("Four Islands — the Japan–Russia dispute over Etorofu/Iturup, Kunashiri/Kunashir, Shikotan and the Habomai islets");
        about.setContentText(Credits.text(state.getDataset()));
        about.getDialogPane().setMinWidth(560);
        about.showAndWait();
    }
}
