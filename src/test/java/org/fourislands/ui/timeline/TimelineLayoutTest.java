package org.fourislands.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.testing.BundledData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the timeline puts names, on the bundled data at several zooms. */
class TimelineLayoutTest {

    private static final double PLOT_PX = 1100;

    @ParameterizedTest(name = "{0} to {1}, short lanes: {2}")
    @CsvSource({
            "1855-01-01, 2025-01-01, false", "1855-01-01, 2025-01-01, true",
            "1940-01-01, 1960-01-01, false", "1940-01-01, 1960-01-01, true",
            "1945-08-05, 1945-09-08, false", "1945-08-05, 1945-09-08, true",
            "1955-01-01, 1957-01-01, true", "1955-01-01, 1957-01-01, false", "1956-01-01, 1957-02-01, false",
            "1990-01-01, 2025-01-01, false", "1800-01-01, 1900-01-01, false"})
    void namesNeverOverlapMarkersOrNamesAndInShortLanesBarsKeepClearOfMarkers(String from, String to, boolean shareARow) {
        double fromDay = HistoricalDate.parse(from).startEpochDay();
        double toDay = HistoricalDate.parse(to).startEpochDay();
        List<HistoricalEvent> events = BundledData.dataset().events();
        TimelineLayout layout = new TimelineLayout(new TimelineLanes(events), PLOT_PX / (toDay - fromDay), fromDay, toDay,
                null, Set.of(), 1, shareARow, TimelineLayoutTest::proportionalWidth, HistoricalEvent::title);
        int barNames = 0;
        for (TimelineLayout.LaneItems lane : layout.lanes) {
            List<double[]> markerRow = new ArrayList<>();
            List<double[]> markerNames = new ArrayList<>();
            for (TimelineLayout.Item item : lane.points) {
                markerRow.add(new double[] {item.x0, item.markerRight()});
                if (item.label != null) {
                    double start = item.nameStart(item.labelLeft);
                    markerNames.add(new double[] {start, start + item.labelWidth});
                }
            }
            markerRow.addAll(markerNames);
            List<double[]> barRow = new ArrayList<>();
            for (TimelineLayout.Item span : lane.spans) {
                if (span.label != null) {
                    barRow.add(new double[] {span.x0 + 4, span.x0 + 4 + span.labelWidth});
                    barNames++;
                }
            }
            assertNoOverlap(markerNames, markerRow, lane + " markers' names against markers and their names");
            assertNoOverlap(barRow, barRow, lane + " bars' names");
            if (shareARow) {
                assertNoOverlap(barRow, markerRow, lane + " bars' names against markers and their names");
            }
        }
        assertThat(layout.labelsShareARow).isEqualTo(shareARow);
        assertThat(barNames + layout.lanes.stream().mapToLong(lane -> lane.points.stream().filter(item -> item.label != null).count()).sum())
                .as("names placed").isPositive();
    }

    /**
     * A name with no room on its right, where the marker of the next event sits close by, is
     * shortened on its left when more room is free there: at 1945–1960 the 1951
     * peace treaty is named, left of its marker, instead of left out.
     */
    @org.junit.jupiter.api.Test
    void aNameCutShortOnTheRightIsShortenedOnTheLeftWhenThereIsMoreRoom() {
        double fromDay = HistoricalDate.parse("1945-01-01").startEpochDay();
        double toDay = HistoricalDate.parse("1961-01-01").startEpochDay();
        List<HistoricalEvent> events = BundledData.dataset().events();
        TimelineLayout layout = new TimelineLayout(new TimelineLanes(events), 1400 / (toDay - fromDay), fromDay, toDay,
                null, Set.of(), 1, false, TimelineLayoutTest::proportionalWidth, HistoricalEvent::title);
        TimelineLayout.Item treaty = layout.lanes.stream().flatMap(lane -> lane.points.stream()
                .filter(item -> item.count() == 1 && lane.lane.events[item.first].id().equals("1951-san-francisco-treaty"))).findFirst().orElseThrow();
        assertThat(treaty.label).as("the 1951 treaty's name").isNotNull().endsWith("…");
        assertThat(treaty.labelLeft).isTrue();
    }

    /**
     * Widths as a proportional font gives them, capitals and "m" wide, "i" narrow: a name cut to
     * a room by its letter count alone can then come out too wide for it.
     */
    private static double proportionalWidth(String text) {
        return text.chars().mapToDouble(c -> Character.isUpperCase(c) || c == 'm' || c == 'w' ? 11
                : c == 'i' || c == 'l' || c == 'j' || c == 't' || c == ' ' || c == '.' ? 3 : 6.5).sum();
    }

    private static void assertNoOverlap(List<double[]> these, List<double[]> those, String what) {
        for (double[] a : these) {
            for (double[] b : those) {
                if (a != b) {
                    assertThat(a[0] < b[1] - 1e-9 && b[0] < a[1] - 1e-9)
                            .as("%s: [%.1f, %.1f] and [%.1f, %.1f]", what, a[0], a[1], b[0], b[1]).isFalse();
                }
            }
        }
    }
}
