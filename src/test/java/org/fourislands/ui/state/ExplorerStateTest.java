package org.fourislands.ui.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.core.time.TimeWindow;
import org.fourislands.testing.BundledData;
import org.fourislands.ui.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * How the shared view model follows the selected event, what a newly opened dataset keeps of the
 * old selection, and that it changes only on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerStateTest {

    private final Dataset bundled = BundledData.dataset();

    private ExplorerState stateWithBundledData(FxRobot robot) {
        ExplorerState[] state = new ExplorerState[1];
        robot.interact(() -> {
            state[0] = new ExplorerState();
            state[0].setDataset(bundled);
        });
        return state[0];
    }

    private HistoricalEvent event(String id) {
        return bundled.event(id).orElseThrow();
    }

    /** The bundled data with only the events from 1945 to 1956, and that span as its default. */
    private Dataset postwarOnly() {
        return new Dataset(bundled.title(), HistoricalDate.ofYear(1945), HistoricalDate.ofYear(1956), bundled.actors(), bundled.islands(),
                bundled.administration(), bundled.claims(), bundled.borders(),
                bundled.events().stream().filter(e -> e.date().startEpochDay() >= HistoricalDate.ofYear(1945).startEpochDay()
                        && e.date().startEpochDay() < HistoricalDate.ofYear(1957).startEpochDay()).toList(),
                bundled.places(), bundled.sources(), bundled.tours(), bundled.glossary(), bundled.polls());
    }

    @Test
    void aDatasetWithoutTheSelectedEventOpensOnItsOwnStartAndSpan(FxRobot robot) {
        ExplorerState state = stateWithBundledData(robot);
        assertThat(state.getSelectedEvent().id()).startsWith("1855");
        Dataset postwar = postwarOnly();
        robot.interact(() -> state.setDataset(postwar));
        assertThat(state.getSelectedEvent()).isEqualTo(postwar.events().getFirst());
        assertThat(state.getSelectedDate()).isEqualTo(postwar.events().getFirst().date());
        assertThat(state.getVisibleWindow()).isEqualTo(TimeWindow.covering(HistoricalDate.ofYear(1945), HistoricalDate.ofYear(1956)));
    }

    @Test
    void aDatasetThatKeepsTheSelectedEventKeepsItAndItsDate(FxRobot robot) {
        ExplorerState state = stateWithBundledData(robot);
        robot.interact(() -> state.setSelectedEvent(event("1956-joint-declaration")));
        robot.interact(() -> state.setDataset(postwarOnly()));
        assertThat(state.getSelectedEvent().id()).isEqualTo("1956-joint-declaration");
        assertThat(state.getSelectedDate()).isEqualTo(HistoricalDate.parse("1956-10-19"));
        TimeWindow window = state.getVisibleWindow();
        assertThat(window.start()).isGreaterThanOrEqualTo(postwarOnly().coveredSpan().start());
        assertThat(window.end()).isLessThanOrEqualTo(postwarOnly().coveredSpan().end());
    }

    @Test
    void anEventKnownToTheMonthBringsThePlayheadOnItsLastDayIntoView(FxRobot robot) {
        ExplorerState state = stateWithBundledData(robot);
        robot.interact(() -> state.setVisibleWindow(TimeWindow.covering(HistoricalDate.parse("1945-08-20"), HistoricalDate.parse("1945-09-10"))));
        HistoricalEvent urup = event("1945-occupation-urup");
        assertThat(urup.date().toString()).isEqualTo("1945-08");
        robot.interact(() -> state.setSelectedEvent(urup));
        assertThat(state.getVisibleWindow().contains(HistoricalDate.parse("1945-08-31").startEpochDay() + 0.5)).isTrue();
        assertThat(state.getVisibleWindow().span()).isEqualTo(22);
    }

    /** Back returns to the event or island read before, in turn, and says when there is nowhere further. */
    @Test
    void backReturnsToWhatWasReadBefore(FxRobot robot) {
        ExplorerState state = stateWithBundledData(robot);
        HistoricalEvent start = state.getSelectedEvent();
        assertThat(state.canGoBackProperty().get()).isFalse();
        var shikotan = bundled.island("shikotan").orElseThrow();
        robot.interact(() -> {
            state.setSelectedEvent(event("1956-joint-declaration"));
            state.setSelectedIsland(shikotan);
            state.setSelectedEvent(event("1945-occupation-shikotan"));
        });
        assertThat(state.canGoBackProperty().get()).isTrue();
        boolean[] went = new boolean[4];
        robot.interact(() -> went[0] = state.goBack());
        assertThat(state.getSelectedIsland()).isEqualTo(shikotan);
        assertThat(state.getSelectedEvent().id()).isEqualTo("1945-occupation-shikotan");
        robot.interact(() -> went[1] = state.goBack());
        assertThat(state.getSelectedEvent().id()).isEqualTo("1956-joint-declaration");
        assertThat(state.getSelectedDate()).isEqualTo(HistoricalDate.parse("1956-10-19"));
        robot.interact(() -> went[2] = state.goBack());
        assertThat(state.getSelectedEvent()).isEqualTo(start);
        assertThat(state.canGoBackProperty().get()).isFalse();
        robot.interact(() -> went[3] = state.goBack());
        assertThat(went).containsExactly(true, true, true, false);
        assertThat(state.getSelectedEvent()).isEqualTo(start);
    }

    @Test
    void selectingTheSelectedEventAgainBringsTheDateBack(FxRobot robot) {
        ExplorerState state = stateWithBundledData(robot);
        HistoricalEvent declaration = event("1956-joint-declaration");
        robot.interact(() -> {
            state.setSelectedEvent(declaration);
            state.setSelectedDate(HistoricalDate.ofDay(1990, 1, 1));
            state.setVisibleWindow(TimeWindow.covering(HistoricalDate.ofYear(1990), HistoricalDate.ofYear(1991)));
            state.setSelectedEvent(declaration);
        });
        assertThat(state.getSelectedDate()).isEqualTo(declaration.date());
        assertThat(state.getVisibleWindow().contains(declaration.startEpochDay() + 0.5)).isTrue();
    }

    /** Background work must commit through Platform.runLater: a mutator called from elsewhere says so. */
    @Test
    void everyMutatorRefusesToRunOffTheFxThread() {
        ExplorerState state = new ExplorerState();
        List<Runnable> mutators = List.of(
                () -> state.setTheme(Theme.DARK),
                state::acceptSearchSuggestion,
                () -> state.setNaming(NamingConvention.RUSSIAN),
                () -> state.setSelectedDate(HistoricalDate.ofYear(1945)));
        for (Runnable mutator : mutators) {
            assertThatThrownBy(mutator::run).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("explorer state changes must be committed on the FX thread");
        }
        assertThat(state.getTheme()).isEqualTo(Theme.LIGHT);
    }
}
