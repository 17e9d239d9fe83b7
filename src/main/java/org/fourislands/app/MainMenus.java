package org.fourislands.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Perspective;
import org.fourislands.core.model.Script;
import org.fourislands.ui.common.Labelled;
import org.fourislands.ui.common.ToolButtons;
import org.fourislands.ui.state.StudyPanel;
import org.fourislands.ui.theme.Theme;

/**
 * The main window's menu bar and tool bar: every command with its accelerator (the shortcut
 * sheet, {@code ui.help.Shortcuts}, lists the same keys). They act on the window and its state;
 * they hold no state of their own.
 */
final class MainMenus {

    private final MainWindow window;

    MainMenus(MainWindow window) {
        this.window = window;
    }

    MenuBar menuBar() {
        MenuItem open = new MenuItem("Open dataset…");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(a -> window.chooseAndOpen());
        MenuItem reload = new MenuItem("Reload");
        reload.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        reload.setOnAction(a -> window.session().reload());
        MenuItem bundled = new MenuItem("Open bundled dataset");
        bundled.setOnAction(a -> window.session().loadBundled());
        Menu recent = new Menu("Open recent");
        recent.setId("recent-files-menu");
        recent.setOnShowing(e -> fillRecentMenu(recent));
        fillRecentMenu(recent);
        CheckMenuItem watchItem = new CheckMenuItem("Watch file for changes");
        watchItem.setId("watch-file-item");
        watchItem.selectedProperty().bindBidirectional(window.datasetWatch().watchingProperty());
        watchItem.disableProperty().bind(window.session().currentFileProperty().isNull());
        MenuItem export = new MenuItem("Export image…");
        export.setId("export-menu-item");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(a -> window.openExportDialog());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(a -> window.getScene().getWindow().hide());
        Menu file = new Menu("File", null, open, recent, reload, watchItem, bundled, new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        Menu study = new Menu("Study");
        study.setId("study-menu");
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3};
        for (StudyPanel panel : StudyPanel.values()) {
            MenuItem item = new MenuItem(panel.label());
            item.setAccelerator(new KeyCodeCombination(digits[panel.ordinal()], KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(a -> {
                window.state().setStudyPanel(panel);
                window.focusStudyPanel(panel);
            });
            study.getItems().add(item);
        }
        MenuItem pollsItem = new MenuItem("Opinion polls…");
        pollsItem.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        pollsItem.setOnAction(a -> window.showPolls());
        MenuItem compareItem = new MenuItem("Compare dates…");
        compareItem.setId("compare-menu-item");
        compareItem.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        compareItem.setOnAction(a -> window.showCompare());
        MenuItem back = item("Back to the event or island before", new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN),
                () -> window.state().goBack());
        back.setId("back-menu-item");
        back.disableProperty().bind(window.state().canGoBackProperty().not());
        study.getItems().addAll(new SeparatorMenuItem(), back, new SeparatorMenuItem(), pollsItem, compareItem);

        MenuItem about = new MenuItem("About Four Islands");
        about.setOnAction(a -> window.showAbout());
        MenuItem keys = item("Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), window::showShortcuts);
        Menu help = new Menu("Help", null, keys, about);
        return new MenuBar(file, viewMenu(), study, tourMenu(), help);
    }

    /** The bundled dataset first, then the files opened lately, most recent first. */
    private void fillRecentMenu(Menu recent) {
        MenuItem bundled = new MenuItem("Bundled dataset (Four Islands)");
        bundled.setOnAction(a -> window.session().loadBundled());
        recent.getItems().setAll(bundled, new SeparatorMenuItem());
        for (Path path : window.recentFiles().list()) {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(a -> {
                if (Files.isRegularFile(path)) {
                    window.session().load(path);
                } else {
                    window.recentFiles().remove(path);
                    fillRecentMenu(recent);
                }
            });
            recent.getItems().add(item);
        }
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(accelerator);
        item.setOnAction(a -> action.run());
        return item;
    }

    /** Light, dark and projector as radio items (View → Theme): the toolbar has no room for them at 1280×720. */
    private Menu themeMenu() {
        Menu menu = new Menu("Theme");
        menu.setId("theme-menu");
        ToggleGroup group = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem choice = new RadioMenuItem(theme.label());
            choice.setId("theme-" + theme.id());
            choice.setToggleGroup(group);
            choice.setSelected(window.state().getTheme() == theme);
            choice.setOnAction(a -> window.state().setTheme(theme));
            window.state().themeProperty().addListener((obs, old, now) -> choice.setSelected(now == theme));
            menu.getItems().add(choice);
        }
        return menu;
    }

    private Menu viewMenu() {
        MenuItem present = item("Presentation mode", new KeyCodeCombination(KeyCode.F5), window::enterPresentation);
        present.setId("menu-present");
        Menu presentSize = new Menu("Type size when presenting");
        ToggleGroup presentGroup = new ToggleGroup();
        for (double factor : new double[] {1.2, 1.4, 1.6, 2.0, 2.5}) {
            RadioMenuItem choice = new RadioMenuItem(String.format(Locale.ROOT, "%.1f×", factor));
            choice.setToggleGroup(presentGroup);
            choice.setSelected(factor == window.presentationScaleProperty().get());
            choice.setOnAction(a -> window.presentationScaleProperty().set(factor));
            window.presentationScaleProperty().addListener(o -> choice.setSelected(Math.abs(window.presentationScaleProperty().get() - factor) < 1e-6));
            presentSize.getItems().add(choice);
        }
        // The menu shows one key each; MainWindow also takes Ctrl with the keypad's + and −, and with
        // a layout's own + key (the = key is + only with Shift on a US keyboard).
        MenuItem larger = item("Larger text", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), window::largerText);
        MenuItem smaller = item("Smaller text", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), window::smallerText);
        MenuItem normal = item("Normal text size", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                () -> window.textScaleProperty().set(1));
        CheckMenuItem animate = new CheckMenuItem("Animate map moves");
        animate.selectedProperty().bindBidirectional(window.animationsProperty());
        MenuItem events = item("Go to the event list", new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.ALT_DOWN),
                window::focusEventList);
        MenuItem mapItem = item("Go to the map", new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.ALT_DOWN),
                () -> window.map().requestFocus());
        MenuItem detailItem = item("Go to the detail panel", new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.ALT_DOWN),
                window::focusDetail);
        MenuItem timelineItem = item("Go to the timeline", new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.ALT_DOWN),
                () -> window.timeline().requestFocus());
        MenuItem search = item("Search", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> window.timelinePane().focusSearch());
        MenuItem text = item("Events as text", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), window::showEventText);
        return new Menu("View", null, present, presentSize, new SeparatorMenuItem(), themeMenu(), larger, smaller, normal, animate,
                new SeparatorMenuItem(), events, mapItem, detailItem, timelineItem, search, text);
    }

    private Menu tourMenu() {
        MenuItem choose = item("Choose a tour…", new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), window::chooseTour);
        MenuItem next = item("Next step", new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.ALT_DOWN), window.tours()::next);
        MenuItem previous = item("Previous step", new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.ALT_DOWN), window.tours()::previous);
        MenuItem leave = item("Leave the tour", null, window.tours()::leave);
        leave.disableProperty().bind(window.tours().tourProperty().isNull());
        return new Menu("Tours", null, choose, next, previous, leave);
    }

    ToolBar toolBar() {
        ChoiceBox<NamingConvention> naming = new ChoiceBox<>();
        naming.setId("naming-choice");
        naming.getItems().setAll(NamingConvention.values());
        naming.setConverter(Labelled.by(NamingConvention::label, ""));
        naming.valueProperty().bindBidirectional(window.state().namingProperty());
        naming.setAccessibleText("Naming convention");

        ToggleButton nativeScript = new ToggleButton("Native script");
        nativeScript.setId("native-script-toggle");
        nativeScript.setSelected(window.state().getScript() == Script.NATIVE);
        nativeScript.selectedProperty().addListener((obs, old, selected) -> window.state().setScript(selected ? Script.NATIVE : Script.LATIN));
        window.state().scriptProperty().addListener((obs, old, script) -> nativeScript.setSelected(script == Script.NATIVE));

        Label namingLabel = new Label("Names:");
        namingLabel.setLabelFor(naming);

        ChoiceBox<Perspective> perspective = new ChoiceBox<>();
        perspective.setId("perspective-choice");
        perspective.getItems().add(null);
        perspective.getItems().addAll(Perspective.values());
        perspective.setConverter(Labelled.by(Perspective::label, "All perspectives"));
        perspective.valueProperty().bindBidirectional(window.state().perspectiveProperty());
        perspective.setAccessibleText("Highlight the readings of one perspective");
        perspective.setTooltip(new Tooltip("Puts this perspective's readings first and marks its turning points; hides nothing"));
        Label perspectiveLabel = new Label("Perspective:");
        perspectiveLabel.setLabelFor(perspective);

        Button compareButton = ToolButtons.button("Compare dates…", "Two maps side by side, and what changed between (Ctrl+Shift+D)", window::showCompare);
        compareButton.setId("compare-button");
        Button pollsButton = ToolButtons.button("Polls…", "Charts of the opinion polls (Ctrl+Shift+P)", window::showPolls);
        pollsButton.setId("polls-button");
        Button present = ToolButtons.button("Present", "Presentation mode: full screen, large type, keys of a clicker (F5)",
                window::enterPresentation);
        present.setId("present-button");
        Button chooseTour = ToolButtons.button("Tours…", "Choose a guided tour (Ctrl+T)", window::chooseTour);
        chooseTour.setId("tours-button");
        return new ToolBar(withLabel(namingLabel, naming), nativeScript,
                new Separator(Orientation.VERTICAL), withLabel(perspectiveLabel, perspective),
                new Separator(Orientation.VERTICAL), compareButton, pollsButton,
                new Separator(Orientation.VERTICAL), chooseTour, present, exportButton());
    }

    /** A label and its control as one tool bar item: a narrow window moves them into the overflow menu together. */
    private static HBox withLabel(Label label, Node control) {
        HBox pair = new HBox(label, control);
        pair.getStyleClass().add("labelled-tool");
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private Button exportButton() {
        Button export = ToolButtons.button("Export…", "The timeline, the map, a slide or a poll chart as PNG, SVG or PDF (Ctrl+E)",
                window::openExportDialog);
        export.setId("export-button-toolbar");
        return export;
    }
}
