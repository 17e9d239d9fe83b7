package org.fourislands.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.prefs.Preferences;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.fourislands.core.data.Credits;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Perspective;
import org.fourislands.core.model.Script;
import org.fourislands.core.geo.MapData;
import org.fourislands.ui.browser.EventBrowser;
import org.fourislands.ui.export.ExportDialog;
import org.fourislands.ui.common.Labelled;
import org.fourislands.ui.common.ToolButtons;
import org.fourislands.ui.common.ToolWindow;
import org.fourislands.ui.compare.CompareView;
import org.fourislands.ui.detail.DetailPanel;
import org.fourislands.ui.glossary.GlossaryView;
import org.fourislands.ui.polls.PollsView;
import org.fourislands.ui.sources.BibliographyView;
import org.fourislands.ui.map.MapPane;
import org.fourislands.ui.map.MapView;
import org.fourislands.ui.timeline.TimelinePane;
import org.fourislands.ui.timeline.TimelineView;
import org.fourislands.ui.state.DatasetSession;
import org.fourislands.ui.state.DatasetWatch;
import org.fourislands.ui.state.RecentFiles;
import org.fourislands.ui.state.StudyPanel;
import org.fourislands.ui.state.ExplorerState;
import org.fourislands.ui.state.ProblemsPane;
import org.fourislands.ui.theme.Theme;

/**
 * The main window: menus and the naming and perspective settings on top; the event browser, the
 * map and the study panels (details, glossary, sources) side by side above the timeline; the
 * problems of a failed load below. Compare dates and the opinion polls open in windows of their own.
 */
public final class MainWindow extends BorderPane {

    private final ExplorerState state = new ExplorerState();
    private final DatasetSession session = new DatasetSession(state);
    private final EventBrowser browser;
    private final DetailPanel detail;
    private final GlossaryView glossary;
    private final BibliographyView bibliography;
    private final TabPane studyTabs;
    private final ToolWindow compareWindow;
    private final ToolWindow pollsWindow;
    private final CompareView compare;
    private final PollsView polls;
    private final DatasetWatch watch = new DatasetWatch(session);
    private final RecentFiles recentFiles = new RecentFiles(Preferences.userNodeForPackage(MainWindow.class).node("recent-files"));
    private final MapPane mapPane;
    private final TimelinePane timelinePane;
    private final WindowLayout layout;

    public MainWindow(Consumer<String> linkOpener) {
        getStyleClass().add("main-window");
        browser = new EventBrowser(state);
        detail = new DetailPanel(state, linkOpener);
        glossary = new GlossaryView(state, linkOpener);
        bibliography = new BibliographyView(state, linkOpener);
        studyTabs = studyTabs();
        compare = new CompareView(state);
        compareWindow = new ToolWindow("Compare two dates — Four Islands", compare, 1280, 720);
        polls = new PollsView(state, linkOpener);
        pollsWindow = new ToolWindow("Opinion polls — Four Islands", polls, 1000, 760);
        mapPane = new MapPane(state);
        timelinePane = new TimelinePane(state);
        SplitPane upper = new SplitPane(browser, mapPane, studyTabs);
        upper.setId("main-split");
        SplitPane.setResizableWithParent(browser, false);
        SplitPane.setResizableWithParent(studyTabs, false);
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
        state.datasetProperty().addListener(obs -> {
            Path file = session.currentFileProperty().get();
            if (file != null) {
                recentFiles.add(file);
            }
        });
    }

    /** Details, Glossary and Sources as tabs beside the map; the front one is the shared state's study panel. */
    private TabPane studyTabs() {
        Map<StudyPanel, Tab> tabs = new EnumMap<>(StudyPanel.class);
        tabs.put(StudyPanel.DETAILS, studyTab(StudyPanel.DETAILS, detail));
        tabs.put(StudyPanel.GLOSSARY, studyTab(StudyPanel.GLOSSARY, glossary));
        tabs.put(StudyPanel.SOURCES, studyTab(StudyPanel.SOURCES, bibliography));
        TabPane pane = new TabPane(tabs.values().toArray(Tab[]::new));
        pane.setId("study-tabs");
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pane.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab != null && tab.getUserData() != state.getStudyPanel()) {
                state.setStudyPanel((StudyPanel) tab.getUserData());
            }
        });
        state.studyPanelProperty().addListener((obs, old, panel) -> {
            pane.getSelectionModel().select(tabs.get(panel));
            focusStudyPanel(panel);
        });
        return pane;
    }

    private static Tab studyTab(StudyPanel panel, javafx.scene.Node content) {
        Tab tab = new Tab(panel.label(), content);
        tab.setId("tab-" + panel.name().toLowerCase(java.util.Locale.ROOT));
        tab.setUserData(panel);
        return tab;
    }

    private void focusStudyPanel(StudyPanel panel) {
        switch (panel) {
            case DETAILS -> detail.requestFocus();
            case GLOSSARY -> (glossary.list().getSelectionModel().isEmpty() ? glossary.searchField() : glossary.list()).requestFocus();
            case SOURCES -> (bibliography.list().getSelectionModel().isEmpty() ? bibliography.searchField() : bibliography.list()).requestFocus();
        }
    }

    /** Opens the compare view in its window (made once, then shown again). */
    public void showCompare() {
        compareWindow.show(this);
    }

    /** Opens the opinion polls in their window. */
    public void showPolls() {
        pollsWindow.show(this);
    }

    public CompareView compareView() {
        return compare;
    }

    public PollsView pollsView() {
        return polls;
    }

    public GlossaryView glossaryView() {
        return glossary;
    }

    public BibliographyView bibliographyView() {
        return bibliography;
    }

    /** "Watch file for changes". */
    public DatasetWatch datasetWatch() {
        return watch;
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
        Menu recent = new Menu("Open recent");
        recent.setId("recent-files-menu");
        recent.setOnShowing(e -> fillRecentMenu(recent));
        fillRecentMenu(recent);
        CheckMenuItem watchItem = new CheckMenuItem("Watch file for changes");
        watchItem.setId("watch-file-item");
        watchItem.selectedProperty().bindBidirectional(watch.watchingProperty());
        watchItem.disableProperty().bind(session.currentFileProperty().isNull());
        MenuItem export = new MenuItem("Export image…");
        export.setId("export-menu-item");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(a -> openExportDialog());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(a -> getScene().getWindow().hide());
        Menu file = new Menu("File", null, open, recent, reload, watchItem, bundled, new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        Menu study = new Menu("Study");
        study.setId("study-menu");
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3};
        for (StudyPanel panel : StudyPanel.values()) {
            MenuItem item = new MenuItem(panel.label());
            item.setAccelerator(new KeyCodeCombination(digits[panel.ordinal()], KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(a -> {
                state.setStudyPanel(panel);
                focusStudyPanel(panel);
            });
            study.getItems().add(item);
        }
        MenuItem pollsItem = new MenuItem("Opinion polls…");
        pollsItem.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        pollsItem.setOnAction(a -> showPolls());
        MenuItem compareItem = new MenuItem("Compare dates…");
        compareItem.setId("compare-menu-item");
        compareItem.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        compareItem.setOnAction(a -> showCompare());
        study.getItems().addAll(new SeparatorMenuItem(), pollsItem, compareItem);

        MenuItem about = new MenuItem("About Four Islands");
        about.setOnAction(a -> showAbout());
        Menu help = new Menu("Help", null, about);
        return new MenuBar(file, study, help);
    }

    /** The bundled dataset first, then the files opened lately, most recent first. */
    private void fillRecentMenu(Menu recent) {
        MenuItem bundled = new MenuItem("Bundled dataset (Four Islands)");
        bundled.setOnAction(a -> session.loadBundled());
        recent.getItems().setAll(bundled, new SeparatorMenuItem());
        for (Path path : recentFiles.list()) {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(a -> {
                if (Files.isRegularFile(path)) {
                    session.load(path);
                } else {
                    recentFiles.remove(path);
                    fillRecentMenu(recent);
                }
            });
            recent.getItems().add(item);
        }
    }

    /** Files opened lately, kept between runs. */
    public RecentFiles recentFiles() {
        return recentFiles;
    }

    private ToolBar toolBar() {
        ChoiceBox<NamingConvention> naming = new ChoiceBox<>();
        naming.setId("naming-choice");
        naming.getItems().setAll(NamingConvention.values());
        naming.setConverter(Labelled.by(NamingConvention::label, ""));
        naming.valueProperty().bindBidirectional(state.namingProperty());
        naming.setAccessibleText("Naming convention");

        ToggleButton nativeScript = new ToggleButton("Native script");
        nativeScript.setId("native-script-toggle");
        nativeScript.setSelected(state.getScript() == Script.NATIVE);
        nativeScript.selectedProperty().addListener((obs, old, selected) -> state.setScript(selected ? Script.NATIVE : Script.LATIN));
        state.scriptProperty().addListener((obs, old, script) -> nativeScript.setSelected(script == Script.NATIVE));

        Label namingLabel = new Label("Names:");
        namingLabel.setLabelFor(naming);

        ChoiceBox<Perspective> perspective = new ChoiceBox<>();
        perspective.setId("perspective-choice");
        perspective.getItems().add(null);
        perspective.getItems().addAll(Perspective.values());
        perspective.setConverter(Labelled.by(Perspective::label, "All perspectives"));
        perspective.valueProperty().bindBidirectional(state.perspectiveProperty());
        perspective.setAccessibleText("Highlight the readings of one perspective");
        perspective.setTooltip(new Tooltip("Puts this perspective's readings first and marks its turning points; hides nothing"));
        Label perspectiveLabel = new Label("Perspective:");
        perspectiveLabel.setLabelFor(perspective);

        Button compareButton = ToolButtons.button("Compare dates…", "Two maps side by side, and what changed between (Ctrl+Shift+D)", this::showCompare);
        compareButton.setId("compare-button");
        Button pollsButton = ToolButtons.button("Polls…", "Charts of the opinion polls (Ctrl+Shift+P)", this::showPolls);
        pollsButton.setId("polls-button");
        ChoiceBox<Theme> theme = new ChoiceBox<>();
        theme.setId("theme-choice");
        theme.getItems().setAll(Theme.values());
        theme.setConverter(Labelled.by(Theme::label, ""));
        theme.valueProperty().bindBidirectional(state.themeProperty());
        theme.setAccessibleText("Colour theme");
        Label themeLabel = new Label("Theme:");
        themeLabel.setLabelFor(theme);
        return new ToolBar(namingLabel, naming, nativeScript, new Separator(Orientation.VERTICAL), perspectiveLabel, perspective,
                new Separator(Orientation.VERTICAL), compareButton, pollsButton, new Separator(Orientation.VERTICAL), themeLabel, theme);
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
