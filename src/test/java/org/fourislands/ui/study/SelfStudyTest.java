package org.fourislands.ui.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import org.fourislands.core.model.GlossaryEntry;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Perspective;
import org.fourislands.core.model.Poll;
import org.fourislands.core.model.PollRow;
import org.fourislands.core.query.DateComparison;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.testing.ExplorerExtension;
import org.fourislands.testing.ExplorerHarness;
import org.fourislands.ui.browser.EventBrowser;
import org.fourislands.ui.map.MapViewport;
import org.fourislands.ui.polls.PollChart;
import org.fourislands.ui.state.StudyPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The self-study features in the real main window: perspectives, glossary links, compare, polls. */
@ExtendWith(ExplorerExtension.class)
class SelfStudyTest {

    private ExplorerHarness harness; // set by ExplorerExtension before each test

    /** A failed test must not leave a tool window over the main window for the next one. */
    @AfterEach
    void closeToolWindows(FxRobot robot) {
        robot.interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w != harness.window.getScene().getWindow())
                .toList().forEach(javafx.stage.Window::hide));
        robot.interact(() -> {
            harness.window.state().setPerspective(null);
            harness.window.state().setStudyPanel(StudyPanel.DETAILS);
        });
    }

    private void select(FxRobot robot, String eventId) {
        robot.interact(() -> harness.window.state().setSelectedEvent(harness.window.state().getDataset().event(eventId).orElseThrow()));
        ExplorerHarness.settle();
    }

    /** Scrolls the scroll pane around {@code node} so that a real click can reach it. */
    private static void scrollIntoView(FxRobot robot, Node node) {
        robot.interact(() -> {
            Node parent = node.getParent();
            while (!(parent instanceof javafx.scene.control.ScrollPane)) {
                parent = parent.getParent();
            }
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) parent;
            Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 20) / room)));
        });
        ExplorerHarness.settle();
    }

    private static List<String> attributions(FxRobot robot) {
        return robot.lookup("#perspective-columns .interpretation-attribution").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }

    @Test
    void interpretationsStandInColumnsHeadedByTheirAttributionInOrder(FxRobot robot) {
        select(robot, "1945-soviet-entry-into-war");
        assertThat(attributions(robot)).containsExactly(
                "Northern Territories Issue Association (Japanese government agency) (Japanese government)",
                "Yoko Hirose (Scholar)",
                "Soviet declaration of war, 8 August 1945 (Soviet/Russian government)");
        // Each column ends with its source as a link.
        assertThat(robot.lookup("#perspective-columns .interpretation-column").queryAll())
                .allSatisfy(column -> assertThat(((javafx.scene.layout.VBox) column).getChildren().getLast()).isInstanceOf(Hyperlink.class));
    }

    @Test
    void choosingAPerspectivePutsItsColumnFirstAndMarksItWithoutHidingTheOthers(FxRobot robot) {
        select(robot, "1945-soviet-entry-into-war");
        @SuppressWarnings("unchecked")
        ChoiceBox<Perspective> choice = robot.lookup("#perspective-choice").queryAs(ChoiceBox.class);
        robot.interact(() -> choice.setValue(Perspective.RUSSIA_GOVERNMENT));
        ExplorerHarness.settle();
        assertThat(harness.window.state().getPerspective()).isEqualTo(Perspective.RUSSIA_GOVERNMENT);
        assertThat(attributions(robot)).containsExactly(
                "Soviet declaration of war, 8 August 1945 (Soviet/Russian government)",
                "Northern Territories Issue Association (Japanese government agency) (Japanese government)",
                "Yoko Hirose (Scholar)");
        List<Node> columns = List.copyOf(robot.lookup("#perspective-columns .interpretation-column").queryAll());
        assertThat(columns.getFirst().getPseudoClassStates()).extracting(Object::toString).contains("highlighted");
        assertThat(columns.get(1).getPseudoClassStates()).extracting(Object::toString).doesNotContain("highlighted");
        robot.interact(() -> choice.setValue(null));
    }

    @Test
    void theEventBrowserBadgesThePerspectivesTurningPoints(FxRobot robot) {
        HistoricalEvent suspended = harness.window.state().getDataset().event("2022-talks-suspended").orElseThrow();
        HistoricalEvent dulles = harness.window.state().getDataset().event("1956-dulles-shigemitsu").orElseThrow();
        assertThat(EventBrowser.turningPointBadge(suspended, Perspective.RUSSIA_GOVERNMENT))
                .isEqualTo("★ turning point (Soviet/Russian government)");
        assertThat(EventBrowser.turningPointBadge(suspended, Perspective.JAPAN_GOVERNMENT)).isNull();
        // A scholar or a journalist is named: a bare "Scholar" read as the scholars' consensus.
        assertThat(EventBrowser.turningPointBadge(dulles, null)).isEqualTo("★ turning point (Reiho Takeuchi, journalist)");
        HistoricalEvent osaka = harness.window.state().getDataset().event("2019-g20-osaka-summit").orElseThrow();
        assertThat(EventBrowser.turningPointBadge(osaka, Perspective.SCHOLAR)).isEqualTo("★ turning point (James D.J. Brown, scholar)");
        // An unsigned column is described at length: the badge keeps to the perspective.
        HistoricalEvent communique = harness.window.state().getDataset().event("1991-joint-communique").orElseThrow();
        assertThat(EventBrowser.turningPointBadge(communique, null)).isEqualTo("★ turning point (Journalist)");

        robot.interact(() -> harness.window.state().setPerspective(Perspective.RUSSIA_GOVERNMENT));
        select(robot, "2022-talks-suspended");
        assertThat(robot.lookup(".list-cell:selected .turning-point-badge").queryAs(Label.class))
                .satisfies(badge -> {
                    assertThat(badge.getText()).isEqualTo("★ turning point (Soviet/Russian government)");
                    assertThat(badge.isVisible()).isTrue();
                });
        robot.interact(() -> harness.window.state().setPerspective(null));
    }

    @Test
    void clickingAGlossaryLinkInTheSummaryOpensTheEntryInTheGlossary(FxRobot robot) {
        select(robot, "1946-scapin-677");
        Hyperlink link = robot.lookup(".detail-summary .glossary-link").queryAllAs(Hyperlink.class).stream()
                .filter(l -> l.getText().equals("SCAPIN-677")).findFirst().orElseThrow();
        assertThat(link.getTooltip().getText()).startsWith("SCAPIN-677: ");
        scrollIntoView(robot, link);
        robot.clickOn(link);
        ExplorerHarness.settle();

        GlossaryEntry entry = harness.window.state().getSelectedGlossaryEntry();
        assertThat(entry.id()).isEqualTo("scapin-677");
        assertThat(harness.window.state().getStudyPanel()).isEqualTo(StudyPanel.GLOSSARY);
        assertThat(robot.lookup("#study-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText()).isEqualTo("Glossary");
        assertThat(harness.window.glossaryView().list().getSelectionModel().getSelectedItem()).isEqualTo(entry);
        assertThat(robot.lookup("#glossary-term").queryAs(Label.class).getText()).isEqualTo("SCAPIN-677");
        // The glossary had never been shown: its list is laid out only now, and must still show the entry whole.
        assertShownWhole(harness.window.glossaryView().list(), entry);
        robot.interact(() -> harness.window.state().setStudyPanel(StudyPanel.DETAILS));
    }

    @Test
    void anEntryOpenedBeforeTheGlossaryWasEverShownIsInViewWholeAndHasTheKeyboard(FxRobot robot) {
        List<GlossaryEntry> entries = harness.window.glossaryView().list().getItems();
        GlossaryEntry nearTheEnd = entries.get(entries.size() - 3);
        robot.interact(() -> harness.window.state().showGlossaryEntry(nearTheEnd));
        ExplorerHarness.settle();
        assertShownWhole(harness.window.glossaryView().list(), nearTheEnd);
        assertThat(harness.window.getScene().getFocusOwner()).as("focus").isSameAs(harness.window.glossaryView().list());
        robot.interact(() -> harness.window.state().setStudyPanel(StudyPanel.DETAILS));
    }

    private static void assertShownWhole(ListView<?> list, Object item) {
        ListCell<?> cell = list.lookupAll(".list-cell").stream()
                .map(node -> (ListCell<?>) node)
                .filter(c -> c.isVisible() && c.getItem() == item).findFirst().orElseThrow();
        Bounds inList = list.sceneToLocal(cell.localToScene(cell.getBoundsInLocal()));
        assertThat(inList.getMinY()).as("top of the selected entry's row in its list").isGreaterThanOrEqualTo(-0.5);
        assertThat(inList.getMaxY()).as("bottom of the selected entry's row, list %.0f px high", list.getHeight())
                .isLessThanOrEqualTo(list.getHeight() + 0.5);
    }

    /**
     * An event link in the island panel, followed, replaces the panel with the event: the focus
     * stays in the panel (it went to the Names box at the top of the window).
     */
    @Test
    void followingAnIslandsEventLinkKeepsTheFocusInThePanel(FxRobot robot) {
        robot.interact(() -> harness.window.state().setSelectedIsland(harness.window.state().getDataset().island("shikotan").orElseThrow()));
        ExplorerHarness.settle();
        Hyperlink link = robot.lookup(".detail-panel .hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getOnAction() != null && h.getText().contains("Shikotan")).findFirst().orElseThrow();
        scrollIntoView(robot, link);
        robot.interact(link::requestFocus);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        ExplorerHarness.settle();
        Node detail = robot.lookup(".detail-panel").query();
        assertThat(harness.window.state().getSelectedEvent()).isNotNull();
        assertThat(detail.getScene().getFocusOwner()).isSameAs(detail);
    }

    /**
     * A student follows a related event from the detail panel and comes back with Alt+Left, or
     * the panel's Back link; the map, focused, leaves Alt+Left to the window instead of panning.
     */
    @Test
    void backReturnsFromAFollowedLinkWithAltLeftOrTheBackLink(FxRobot robot) {
        select(robot, "1956-joint-declaration");
        HistoricalEvent declaration = harness.window.state().getSelectedEvent();
        Hyperlink related = robot.lookup(".related-events .hyperlink").queryAs(Hyperlink.class);
        scrollIntoView(robot, related);
        robot.clickOn(related);
        ExplorerHarness.settle();
        HistoricalEvent followed = harness.window.state().getSelectedEvent();
        assertThat(followed).isNotEqualTo(declaration);
        robot.interact(() -> harness.window.map().requestFocus());
        var viewport = harness.window.map().getViewport();
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        ExplorerHarness.settle();
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(declaration);
        assertThat(harness.window.map().getViewport()).as("the map does not pan on Alt+Left").isEqualTo(viewport);
        robot.interact(() -> harness.window.state().setSelectedEvent(followed));
        ExplorerHarness.settle();
        Hyperlink back = robot.lookup("#detail-back").queryAs(Hyperlink.class);
        robot.interact(back::fire);
        ExplorerHarness.settle();
        assertThat(harness.window.state().getSelectedEvent()).isEqualTo(declaration);
    }

    @Test
    void theDetailsDateLineWrapsRatherThanLosingThePrecisionAt1280x720(FxRobot robot) {
        select(robot, "1956-shigemitsu-moscow-talks");
        Label meta = robot.lookup(".detail-panel .detail-meta").queryAs(Label.class);
        assertThat(meta.getText()).contains("known to the month");
        assertThat(((Text) meta.lookup(".text")).getText()).isEqualTo(meta.getText());
    }

    @Test
    void theGlossarySearchIgnoresCaseAndAccents(FxRobot robot) {
        robot.interact(() -> harness.window.state().setStudyPanel(StudyPanel.GLOSSARY));
        robot.clickOn("#glossary-search").write("HOPPO RYODO");
        ExplorerHarness.settle();
        assertThat(harness.window.glossaryView().list().getItems()).extracting(GlossaryEntry::id).first().isEqualTo("northern-territories");
        robot.interact(() -> {
            harness.window.glossaryView().searchField().clear();
            harness.window.state().setStudyPanel(StudyPanel.DETAILS);
        });
    }

    @Test
    void compare1875With1946ListsTheChangesAndKeepsBothMapsTogether(FxRobot robot) {
        robot.clickOn("#compare-button");
        ExplorerHarness.settle();
        var compare = harness.window.compareView();
        TextField first = robot.lookup("#compare-date-a").queryAs(TextField.class);
        TextField second = robot.lookup("#compare-date-b").queryAs(TextField.class);
        robot.interact(() -> {
            first.setText("1875");
            second.setText("1946-02-02");
        });
        ExplorerHarness.settle();
        DateComparison result = compare.comparisonProperty().get();
        assertThat(result.later()).isEqualTo(HistoricalDate.parse("1946-02-02"));
        assertThat(result.administrationChanges()).extracting(c -> c.island().id())
                .contains("etorofu-iturup", "kunashiri-kunashir", "shikotan", "habomai");
        List<String> listed = robot.lookup("#compare-events .hyperlink").queryAllAs(Hyperlink.class).stream()
                .map(l -> (String) l.getUserData()).toList();
        assertThat(listed).contains("1945-occupation-etorofu", "1945-occupation-kunashiri", "1945-occupation-shikotan",
                "1945-occupation-habomai", "1946-incorporation");
        assertThat(robot.lookup(".compare-administration").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(text -> text.startsWith("Shikotan") && text.contains("Japan → Union of Soviet Socialist Republics"));

        // Each map draws its own date; the main map keeps the playhead's.
        assertThat(compare.mapA().shownDate()).isEqualTo(HistoricalDate.parse("1875"));
        assertThat(compare.mapB().shownDate()).isEqualTo(HistoricalDate.parse("1946-02-02"));
        assertThat(harness.window.map().shownDate()).isEqualTo(harness.window.state().getSelectedDate());

        // Panning one map pans the other.
        robot.interact(() -> compare.mapA().setViewport(compare.mapA().getViewport().panByPixels(40, -25)));
        MapViewport moved = compare.mapA().getViewport();
        assertThat(compare.mapB().getViewport()).isEqualTo(moved);

        // A bad date is refused and keeps the last good one; the playhead button takes the timeline's date.
        robot.interact(() -> second.setText("1956-02-30"));
        assertThat(compare.dateBProperty().get()).isEqualTo(HistoricalDate.parse("1946-02-02"));
        robot.interact(() -> harness.window.state().setSelectedDate(HistoricalDate.parse("1956-10-19")));
        robot.clickOn("#compare-playhead-b");
        assertThat(compare.dateBProperty().get()).isEqualTo(HistoricalDate.parse("1956-10-19"));
        assertThat(second.getText()).isEqualTo("1956-10-19");
        robot.interact(() -> harness.window.compareView().getScene().getWindow().hide());
    }

    @Test
    void everyPollChartHoldsExactlyTheDatasetsNumbers(FxRobot robot, @TempDir Path temp) throws Exception {
        robot.clickOn("#polls-button");
        ExplorerHarness.settle();
        List<Poll> polls = harness.window.state().getDataset().polls();
        List<PollChart> charts = harness.window.pollsView().pollCharts();
        assertThat(charts).extracting(PollChart::poll).containsExactlyElementsOf(polls);
        for (PollChart chart : charts) {
            Poll poll = chart.poll();
            List<XYChart.Series<String, Number>> series = chart.chart().getData();
            assertThat(series).extracting(XYChart.Series::getName).containsExactlyElementsOf(poll.rows().stream().map(PollRow::group).toList());
            for (int r = 0; r < poll.rows().size(); r++) {
                List<XYChart.Data<String, Number>> bars = series.get(r).getData();
                assertThat(bars).extracting(XYChart.Data::getXValue).containsExactlyElementsOf(poll.answers());
                for (int a = 0; a < poll.answers().size(); a++) {
                    assertThat(bars.get(a).getYValue().doubleValue()).as(poll.id() + " " + poll.rows().get(r).group())
                            .isEqualTo(poll.rows().get(r).values().get(a));
                    // The exact percentage is written on the bar.
                    Node bar = bars.get(a).getNode();
                    String expected = String.format(java.util.Locale.ROOT, "%.1f%%", poll.rows().get(r).values().get(a));
                    assertThat(bar.lookup(".poll-bar-value")).isInstanceOfSatisfying(Label.class, label ->
                            assertThat(label.getText()).isEqualTo(expected));
                }
            }
            // The chart (and the PNG saved from it) cites its source, as the exported chart does.
            String citation = harness.window.state().getDataset().sourcesById().get(poll.source().sourceId()).citationText();
            assertThat(chart.lookup(".poll-source-text")).isInstanceOfSatisfying(Label.class, label ->
                    assertThat(label.getText()).startsWith("Source: " + citation));
        }

        Path png = temp.resolve("poll.png");
        robot.interact(() -> {
            try {
                charts.getFirst().savePng(png);
            } catch (org.fourislands.core.io.FileNotWrittenException e) {
                throw new IllegalStateException(e);
            }
        });
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isGreaterThan(300);
        // The user's usual permissions, as for any file they save: a private temporary file's
        // (rw-------) kept a teacher's shared folder from opening the chart.
        Path usual = Files.createFile(temp.resolve("usual.txt"));
        assertThat(Files.getPosixFilePermissions(png)).isEqualTo(Files.getPosixFilePermissions(usual));
        Files.delete(usual);
        try (var files = Files.list(temp)) {
            assertThat(files).containsExactly(png);
        }
        robot.interact(() -> harness.window.pollsView().getScene().getWindow().hide());
    }

    @Test
    void anEventInTheBibliographyOpensItsDetails(FxRobot robot) throws TimeoutException {
        robot.interact(() -> harness.window.state().showSource(harness.window.state().getDataset().sourcesById().get("hirose-2018")));
        ExplorerHarness.settle();
        assertThat(robot.lookup("#study-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText()).isEqualTo("Sources");
        List<Hyperlink> events = robot.lookup("#bibliography-events .hyperlink").queryAllAs(Hyperlink.class).stream().toList();
        HistoricalEvent citing = harness.window.state().bibliography().entry("hirose-2018").citingEvents().get(2);
        assertThat(events).hasSize(harness.window.state().bibliography().entry("hirose-2018").citingEvents().size());
        scrollIntoView(robot, events.get(2));
        robot.clickOn(events.get(2));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.window.state().getSelectedEvent() == citing);
        assertThat(harness.window.state().getStudyPanel()).isEqualTo(StudyPanel.DETAILS);
    }
}
