package org.fourislands.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.prefs.Preferences;
import java.util.function.Consumer;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.fourislands.core.geo.MapData;
import org.fourislands.core.model.Tour;
import org.fourislands.ui.access.EventTextView;
import org.fourislands.ui.browser.EventBrowser;
import org.fourislands.ui.export.ExportDialog;
import org.fourislands.ui.common.AppIcon;
import org.fourislands.ui.common.ToolWindow;
import org.fourislands.ui.compare.CompareView;
import org.fourislands.ui.common.NoticeBar;
import org.fourislands.ui.help.AboutBox;
import org.fourislands.ui.help.ShortcutSheet;
import org.fourislands.ui.present.PresentationView;
import org.fourislands.ui.tour.TourBar;
import org.fourislands.ui.tour.TourPicker;
import org.fourislands.ui.tour.TourSession;
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
import org.fourislands.ui.state.Loading;
import org.fourislands.ui.state.ProblemsPane;

/**
 * The main window: menus, the naming, perspective and theme settings and the tour bar on top; the
 * event browser, the map and the study panels (details, glossary, sources) side by side above the
 * timeline; the problems of a failed load below. Compare dates and the opinion polls open in
 * windows of their own. F5 swaps all of it for the {@link PresentationView} (full screen, no
 * chrome, larger type); a key filter on this root then routes the presenter's keys to it first.
 */
public final class MainWindow extends BorderPane {

    private final ExplorerState state = new ExplorerState();
    private final DatasetSession session = new DatasetSession(state);
    private final EventBrowser browser;
    private final DetailPanel detail;
    private final GlossaryView glossary;
    private final BibliographyView bibliography;
    private final TabPane studyTabs;
    private final ToolWindow<CompareView> compareWindow;
    private final ToolWindow<PollsView> pollsWindow;
    private final DatasetWatch watch = new DatasetWatch(session);
    /**
     * Where, under the preferences root it is given, the window keeps the files opened lately and
     * the export dialog's last choices: where the app has always kept them, so users keep theirs.
     */
    private static final String RECENT_FILES_NODE = "org/fourislands/app/recent-files";
    private static final String EXPORT_CHOICES_NODE = "org/fourislands/ui/export/choices";
    private final Preferences preferences;
    private final RecentFiles recentFiles;
    private final MapPane mapPane;
    private final TimelinePane timelinePane;
    private final WindowLayout layout;
    /**
     * On JavaFX's headless platform (tests, the command line) there is no screen to fill, and
     * resizing a window larger than its fixed 1000×1000 screen to full screen intermittently
     * fails in {@code HeadlessWindow.blit} (JavaFX 26.0.1): presentation mode stays windowed there.
     */
    private static final boolean HEADLESS = "headless".equals(System.getProperty("glass.platform"));
    private final TourSession tours = new TourSession(state);
    private final NoticeBar notices = new NoticeBar();
    private final VBox top;
    private final SplitPane center;
    private final ProblemsPane problems;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting", false);
    /** The text size the user chose, 1 = normal; presentation mode multiplies it. */
    private final DoubleProperty textScale = new SimpleDoubleProperty(this, "textScale", 1.0);
    private static final double TEXT_SCALE_STEP = 0.125;
    private static final double MIN_TEXT_SCALE = 0.75;
    private static final double MAX_TEXT_SCALE = 3;
    /** How much larger type is in presentation mode; the teacher sets it (View menu). */
    private final DoubleProperty presentationScale = new SimpleDoubleProperty(this, "presentationScale", 1.6);
    /** Whether the maps glide to each step (about half a second) or jump. */
    private final BooleanProperty animations = new SimpleBooleanProperty(this, "animations", true);
    private PresentationView presentation;
    private Stage eventTextWindow;
    private boolean fullScreenBefore;
    private SettingsBinding settings;

    /**
     * @param preferences the root of what the window remembers between runs (recent files, export
     *     choices): the user's, {@link Preferences#userRoot()}, in the app; a node of their own in tests
     */
    public MainWindow(Consumer<String> linkOpener, Preferences preferences) {
        this.preferences = preferences;
        recentFiles = new RecentFiles(preferences.node(RECENT_FILES_NODE));
        getStyleClass().add("main-window");
        browser = new EventBrowser(state);
        detail = new DetailPanel(state, linkOpener);
        glossary = new GlossaryView(state, linkOpener);
        bibliography = new BibliographyView(state, linkOpener);
        studyTabs = studyTabs();
        compareWindow = new ToolWindow<>("Compare two dates — Four Islands", () -> new CompareView(state), 1280, 720);
        pollsWindow = new ToolWindow<>("Opinion polls — Four Islands", () -> new PollsView(state, linkOpener, poll -> {
            ExportDialog dialog = openExportDialog();
            if (dialog != null) {
                dialog.choosePoll(poll.id());
            }
        }), 1000, 760);
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
        MainMenus menus = new MainMenus(this);
        top = new VBox(menus.menuBar(), menus.toolBar(), new TourBar(state, tours, this::enterPresentation), notices);
        center = split;
        problems = new ProblemsPane(session);
        setTop(top);
        setCenter(split);
        setBottom(problems);
        sceneProperty().addListener((obs, old, scene) -> applyTheme());
        state.themeProperty().addListener(obs -> applyTheme());
        watch.problemProperty().addListener((obs, old, problem) -> {
            if (problem != null) {
                notices.show(problem);
            }
        });
        state.datasetProperty().addListener(obs -> {
            Path file = session.currentFileProperty().get();
            if (file != null) {
                recentFiles.add(file);
            }
        });
        state.typeScaleProperty().bind(Bindings.createDoubleBinding(
                () -> textScale.get() * (presenting.get() ? presentationScale.get() * screenScale(getHeight()) : 1),
                textScale, presentationScale, presenting, heightProperty()));
        // Controls scale with the canvases: each part's font is the theme's size times the type scale.
        ObservableStringValue fontSize = Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "-fx-font-size: %.3fem;", state.getTypeScale()), state.typeScaleProperty());
        for (Node part : new Node[] {top, center, problems}) {
            part.styleProperty().bind(fontSize);
        }
        animations.addListener((obs, was, on) -> {
            map().animatedProperty().set(on);
            if (presentation != null) {
                presentation.map().animatedProperty().set(on);
            }
        });
        tours.addArrivalListener(step -> {
            if (step.view() != null) {
                map().flyToExtent(step.view());
            }
        });
        addEventFilter(KeyEvent.ANY, this::routeKey);
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

    /**
     * A tab whose panel joins the window when the tab is first shown. Two of the three start
     * hidden, and with them in the window its first CSS pass and layout, on the FX thread before
     * anything is drawn, took 50–150 ms longer (docs/performance.md, session 9).
     */
    private static Tab studyTab(StudyPanel panel, Node content) {
        Tab tab = new Tab(panel.label());
        tab.selectedProperty().subscribe(selected -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content);
                // Its controls' skins now, not at the next pulse: until a split pane has its skin,
                // the list inside it is not in the window and cannot take the keyboard.
                content.applyCss();
            }
        });
        tab.setId("tab-" + panel.name().toLowerCase(java.util.Locale.ROOT));
        tab.setUserData(panel);
        return tab;
    }

    void focusStudyPanel(StudyPanel panel) {
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
        return compareWindow.content();
    }

    public PollsView pollsView() {
        return pollsWindow.content();
    }

    public GlossaryView glossaryView() {
        return glossary;
    }

    /** "Watch file for changes". */
    public DatasetWatch datasetWatch() {
        return watch;
    }

    /**
     * Presentation keys go to the presentation before any control sees them (the canvases use
     * the arrows themselves); outside it, "?" opens the shortcut sheet unless someone is typing.
     */
    private void routeKey(KeyEvent event) {
        if (presenting.get()) {
            presentation.handleKey(event);
        } else if (event.getEventType() == KeyEvent.KEY_TYPED && "?".equals(event.getCharacter())
                && !(getScene() != null && getScene().getFocusOwner() instanceof TextInputControl)) {
            showShortcuts();
            event.consume();
        } else if (event.getEventType() == KeyEvent.KEY_PRESSED && event.isShortcutDown()
                && (event.getCode() == KeyCode.PLUS || event.getCode() == KeyCode.ADD || event.getCode() == KeyCode.SUBTRACT)) {
            // The text-size keys the View menu's accelerators (Ctrl+= and Ctrl+−) do not catch.
            if (event.getCode() == KeyCode.SUBTRACT) {
                smallerText();
            } else {
                largerText();
            }
            event.consume();
        }
    }

    /** The text one step larger, up to three times the normal size. */
    public void largerText() {
        textScale.set(Math.min(MAX_TEXT_SCALE, textScale.get() + TEXT_SCALE_STEP));
    }

    /** The text one step smaller, down to three quarters of the normal size. */
    public void smallerText() {
        textScale.set(Math.max(MIN_TEXT_SCALE, textScale.get() - TEXT_SCALE_STEP));
    }

    /** Hides every piece of chrome and shows the map, timeline and caption, full screen and in larger type. */
    public void enterPresentation() {
        if (presenting.get() || state.getDataset() == null) {
            return;
        }
        if (presentation == null) {
            presentation = new PresentationView(state, tours);
            presentation.setOnLeave(this::leavePresentation);
            presentation.setOnHelp(this::showShortcuts);
            presentation.map().animatedProperty().set(animations.get());
            presentation.styleProperty().bind(top.styleProperty());
        }
        presenting.set(true);
        setTop(null);
        setBottom(null);
        setCenter(presentation);
        if (getScene() != null && getScene().getWindow() instanceof Stage stage && !HEADLESS) {
            fullScreenBefore = stage.isFullScreen();
            // Esc is the presenter's key (it first clears a blank screen), not the stage's.
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        }
        presentation.enter();
    }

    /** Puts the window back as it was before presentation mode. */
    public void leavePresentation() {
        if (!presenting.get()) {
            return;
        }
        presenting.set(false);
        setTop(top);
        setCenter(center);
        setBottom(problems);
        if (getScene() != null && getScene().getWindow() instanceof Stage stage && !fullScreenBefore) {
            stage.setFullScreen(false);
        }
        map().requestFocus();
    }

    /** Remembers the settings in {@code store} between runs: applies them now and saves each change. */
    public void useSettings(SettingsStore store) {
        settings = SettingsBinding.attach(this, store);
    }

    /** Writes the settings now (on closing); does nothing without a store. */
    public void saveSettings() {
        if (settings != null) {
            settings.saveNow();
        }
    }

    /** What {@link Settings} this window shows now, without the tour position (the binding adds it). */
    Settings currentSettings() {
        return new Settings(state.getTheme(), textScale.get(), presentationScale.get(), state.getNaming(), state.getScript(),
                animations.get(), layout.positions(), null, 0);
    }

    void apply(Settings remembered) {
        state.setTheme(remembered.theme());
        textScale.set(remembered.textScale());
        presentationScale.set(remembered.presentationScale());
        state.setNaming(remembered.naming());
        state.setScript(remembered.script());
        animations.set(remembered.animations());
        layout.restore(remembered.layout());
    }

    /** True while in presentation mode. */
    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    /** The presentation view, created on first use; null before. */
    public PresentationView presentation() {
        return presentation;
    }

    public TourSession tours() {
        return tours;
    }

    /** Messages that need no answer (a settings file that could not be read, say), shown without blocking. */
    public NoticeBar notices() {
        return notices;
    }

    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    /**
     * How much larger presentation type is on a screen taller than 720 px: a 1080p projector's
     * picture is no larger on the wall than a 720p one's, so type read from the back of the room
     * keeps its share of the height (the caption was 2.5 % of it at 1080p, 3.7 % at 720p).
     */
    static double screenScale(double height) {
        return Math.clamp(height / 720, 1, 3);
    }

    public DoubleProperty presentationScaleProperty() {
        return presentationScale;
    }

    public BooleanProperty animationsProperty() {
        return animations;
    }

    /** Opens the tour picker; the chosen tour starts, and presentation mode too if asked. */
    public void chooseTour() {
        TourPicker.show(getScene().getWindow(), top.getStyle(), state, tours.getTour(), (tour, present) -> {
            tours.start(tour);
            if (present) {
                enterPresentation();
            }
        });
    }

    /** Starts the tour with this id at a step, if the dataset has it (resuming a lesson). */
    public boolean resumeTour(String tourId, int step) {
        if (state.getDataset() == null) {
            return false;
        }
        for (Tour tour : state.getDataset().tours()) {
            if (tour.id().equals(tourId)) {
                tours.start(tour, step);
                return true;
            }
        }
        return false;
    }

    public void showShortcuts() {
        ShortcutSheet.show(getScene().getWindow(), top.getStyle());
    }

    /** The filtered events as plain text, in a window of its own beside this one. */
    public void showEventText() {
        if (eventTextWindow == null) {
            EventTextView view = new EventTextView(state);
            eventTextWindow = new Stage();
            eventTextWindow.initOwner(getScene().getWindow());
            AppIcon.followOwner(eventTextWindow, eventTextWindow.getOwner());
            eventTextWindow.setTitle("Four Islands — events as text");
            Scene scene = new Scene(view, 720, 640);
            scene.getStylesheets().setAll(getScene().getStylesheets());
            getScene().getStylesheets().addListener((javafx.collections.ListChangeListener<String>) c ->
                    scene.getStylesheets().setAll(getScene().getStylesheets()));
            view.styleProperty().bind(top.styleProperty());
            eventTextWindow.setScene(scene);
        }
        eventTextWindow.show();
        eventTextWindow.toFront();
    }

    private void applyTheme() {
        if (getScene() != null) {
            state.getTheme().applyTo(getScene());
        }
    }

    /**
     * Loads the bundled coastlines off the FX thread, with their levels of detail: read from the
     * ranks the build worked out, they take milliseconds, so the first frame already has them.
     */
    public void loadMapData() {
        Loading.submit(() -> {
            MapData data = MapData.loadBundled();
            Platform.runLater(() -> state.setMapData(data));
        });
    }

    public MapView map() {
        return mapPane.map();
    }

    /** The timeline with its tool bar. */
    TimelinePane timelinePane() {
        return timelinePane;
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

    /** Files opened lately, kept between runs. */
    public RecentFiles recentFiles() {
        return recentFiles;
    }

    void focusEventList() {
        browser.list().requestFocus();
    }

    void focusDetail() {
        detail.requestFocus();
    }

    /** Opens the export dialog on what the explorer shows now (once the data is loaded). */
    public ExportDialog openExportDialog() {
        if (state.getDataset() == null || state.getMapData() == null) {
            return null;
        }
        MapView map = map();
        ExportDialog dialog = new ExportDialog(getScene().getWindow(), state,
                () -> map.getViewport() == null ? null : map.getViewport().visibleEnvelope(map.getWidth(), map.getHeight()),
                preferences.node(EXPORT_CHOICES_NODE));
        dialog.show();
        return dialog;
    }

    void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a Four Islands dataset");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Dataset (*.json)", "*.json"));
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            session.load(chosen.toPath());
        }
    }

    void showAbout() {
        AboutBox.create(getScene().getWindow(), state).showAndWait();
    }
}
