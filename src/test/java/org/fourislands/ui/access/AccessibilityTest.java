package org.fourislands.ui.access;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.render.Rgba;
import org.fourislands.testing.ExplorerExtension;
import org.fourislands.testing.ExplorerHarness;
import org.fourislands.ui.map.MapView;
import org.fourislands.ui.theme.Theme;
import org.fourislands.ui.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/** What a screen reader is told about the canvases, and the keys and focus ring that get there. */
@ExtendWith(ExplorerExtension.class)
class AccessibilityTest {

    private ExplorerHarness harness; // set by ExplorerExtension before each test

    private static Object query(javafx.scene.Node node, AccessibleAttribute attribute) {
        return node.queryAccessibleAttribute(attribute);
    }

    @Test
    void focusingAnIslandOnTheMapTellsItsNameAndStatusOnTheDate(FxRobot robot) {
        MapView map = harness.window.map();
        harness.setDate(robot, "1950-06-01");
        robot.interact(map::requestFocus);
        assertThat(query(map, AccessibleAttribute.ROLE)).isEqualTo(AccessibleRole.IMAGE_VIEW);
        assertThat((String) query(map, AccessibleAttribute.HELP)).contains("]").contains("[");
        for (int i = 0; i < 20 && (map.keyboardIslandProperty().get() == null
                || !map.keyboardIslandProperty().get().id().equals("kunashiri-kunashir")); i++) {
            robot.type(KeyCode.CLOSE_BRACKET);
        }
        String text = (String) query(map, AccessibleAttribute.TEXT);
        assertThat(text).contains("Kunashiri / Kunashir").contains("administered by Union of Soviet Socialist Republics (USSR)").contains("also claimed by Japan")
                .contains("1 June 1950");

        robot.interact(() -> harness.window.state().setNaming(NamingConvention.RUSSIAN));
        assertThat((String) query(map, AccessibleAttribute.TEXT)).startsWith("Kunashir (");
        harness.setDate(robot, "1900-06-01");
        assertThat((String) query(map, AccessibleAttribute.TEXT)).contains("administered by Japan").doesNotContain("USSR");
    }

    @Test
    void theTimelineReadsTheEventTheKeysReachWithItsIslandsStatus(FxRobot robot) {
        TimelineView timeline = harness.window.timeline();
        robot.interact(() -> harness.window.state().setSelectedEvent(harness.window.state().getDataset().event("1956-joint-declaration").orElseThrow()));
        robot.interact(timeline::requestFocus);
        robot.type(KeyCode.CLOSE_BRACKET);
        robot.type(KeyCode.OPEN_BRACKET);
        String text = (String) query(timeline, AccessibleAttribute.TEXT);
        assertThat(harness.window.state().getSelectedEvent().id()).isEqualTo("1956-joint-declaration");
        assertThat(text).contains("19 October 1956").contains("Islands on that date").contains("administered by Union of Soviet Socialist Republics (USSR)");
    }

    @Test
    void theFocusRingIsDrawnInEachThemesFocusColour(FxRobot robot) throws Exception {
        MapView map = harness.window.map();
        robot.interact(map::requestFocus);
        Region ring = (Region) map.lookup(".canvas-focus-ring");
        for (Theme theme : Theme.values()) {
            robot.interact(() -> theme.applyTo(map.getScene()));
            ExplorerHarness.settle();
            assertThat(ring.isVisible()).isTrue();
            Color drawn = (Color) ring.getBorder().getStrokes().getFirst().getTopStroke();
            Rgba declared = Rgba.hex(org.fourislands.ui.theme.ThemeColours.declared(theme).get("-fi-focus"));
            assertThat(drawn.getRed()).as(theme.id()).isCloseTo(declared.red(), org.assertj.core.data.Offset.offset(0.01));
            assertThat(drawn.getGreen()).as(theme.id()).isCloseTo(declared.green(), org.assertj.core.data.Offset.offset(0.01));
            assertThat(ring.getBorder().getStrokes().getFirst().getWidths().getTop()).isGreaterThanOrEqualTo(3);
        }
        robot.interact(() -> harness.window.timeline().requestFocus());
        assertThat(ring.isVisible()).isFalse();
    }

    /** A focused glossary link in the event's text is ringed in the focus colour: Tab reached it and nothing showed. */
    @Test
    void aFocusedGlossaryLinkIsRingedInTheFocusColour(FxRobot robot) throws Exception {
        robot.interact(() -> harness.window.state().setSelectedEvent(harness.window.state().getDataset().event("1946-scapin-677").orElseThrow()));
        ExplorerHarness.settle();
        javafx.scene.control.Hyperlink link = robot.lookup(".glossary-link").queryAs(javafx.scene.control.Hyperlink.class);
        assertThat(link.getBackground() == null || link.getBackground().getFills().isEmpty()
                || link.getBackground().getFills().stream().allMatch(f -> ((Color) f.getFill()).getOpacity() == 0)).as("unfocused").isTrue();
        robot.interact(link::requestFocus);
        ExplorerHarness.settle();
        Color ring = (Color) link.getBackground().getFills().getFirst().getFill();
        Rgba declared = Rgba.hex(org.fourislands.ui.theme.ThemeColours.declared(Theme.LIGHT).get("-fi-focus"));
        assertThat(ring.getBlue()).isCloseTo(declared.blue(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(link.getBackground().getFills().getFirst().getInsets().getTop()).isNegative();
    }

    /** The detail panel, reached with Alt+3, is ringed in the focus colour; before, nothing showed where the keys went. */
    @Test
    void theFocusedDetailPanelIsRingedInTheFocusColour(FxRobot robot) throws Exception {
        Region detail = robot.lookup(".detail-panel").queryAs(Region.class);
        Color unfocused = (Color) detail.getBackground().getFills().getFirst().getFill();
        robot.press(KeyCode.ALT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.ALT);
        ExplorerHarness.settle();
        assertThat(detail.isFocused()).isTrue();
        Color ring = (Color) detail.getBackground().getFills().getFirst().getFill();
        Rgba declared = Rgba.hex(org.fourislands.ui.theme.ThemeColours.declared(Theme.LIGHT).get("-fi-focus"));
        assertThat(unfocused.getOpacity()).isZero();
        assertThat(ring.getBlue()).isCloseTo(declared.blue(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(ring.getOpacity()).isEqualTo(1);
    }

    /** Page Down reads on a page at a time in the detail panel: it moved about 25 px, a line of a long event. */
    @Test
    void pageDownTurnsAPageOfTheDetailPanel(FxRobot robot) {
        robot.interact(() -> harness.window.state().setSelectedEvent(
                harness.window.state().getDataset().event("1956-joint-declaration").orElseThrow()));
        ExplorerHarness.settle();
        javafx.scene.control.ScrollPane detail = robot.lookup(".detail-panel").queryAs(javafx.scene.control.ScrollPane.class);
        robot.press(KeyCode.ALT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.ALT);
        ExplorerHarness.settle();
        double visible = detail.getViewportBounds().getHeight();
        double hidden = detail.getContent().getLayoutBounds().getHeight() - visible;
        assertThat(hidden).as("the event's text runs past the panel").isGreaterThan(visible);
        robot.type(KeyCode.PAGE_DOWN);
        ExplorerHarness.settle();
        double turned = detail.getVvalue() / detail.getVmax() * hidden;
        assertThat(turned).isCloseTo(0.9 * visible, org.assertj.core.data.Offset.offset(1.0));
        robot.type(KeyCode.PAGE_UP);
        ExplorerHarness.settle();
        assertThat(detail.getVvalue()).isEqualTo(detail.getVmin());
    }

    /**
     * The text-size keys work with the keypad and with a layout's own + key as well as with the
     * menu's Ctrl+= and Ctrl+−: a teacher pressing Ctrl and the keypad's + got nothing.
     */
    @Test
    void theTextSizeKeysWorkFromTheMainKeysAndTheKeypad(FxRobot robot) {
        robot.press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT);
        double[] steps = {1.125, 1.25, 1.375, 1.25, 1.125, 1.0};
        KeyCode[] keys = {KeyCode.EQUALS, KeyCode.ADD, KeyCode.PLUS, KeyCode.SUBTRACT, KeyCode.MINUS, KeyCode.DIGIT0};
        for (int i = 0; i < keys.length; i++) {
            robot.press(KeyCode.CONTROL, keys[i]).release(keys[i], KeyCode.CONTROL);
            ExplorerHarness.settle();
            assertThat(harness.window.textScaleProperty().get()).as("the text size after Ctrl+%s", keys[i]).isEqualTo(steps[i]);
        }
    }

    @Test
    void theEventsAsTextSayWhatTheCanvasesShow(FxRobot robot) {
        robot.interact(() -> harness.window.showEventText());
        String text = robot.lookup("#event-text").queryTextInputControl().getText();
        assertThat(text).startsWith(harness.window.state().getFilteredEvents().size() + " events")
                .contains("Treaty of Shimoda").contains("administered by Union of Soviet Socialist Republics (USSR)").contains("also claimed by Japan");
    }
}
