package org.fourislands.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The label placer's taken stretches, checked against their definition on seeded random rows. */
class OccupiedIntervalsTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 1945})
    void answersAsAScanOfEveryTakenIntervalWouldThroughAThousandPlacements(long seed) {
        Random random = new Random(seed);
        OccupiedIntervals occupied = new OccupiedIntervals();
        List<double[]> taken = new ArrayList<>();
        for (int turn = 0; turn < 1000; turn++) {
            // Places as the layout makes them: in no particular order, whole pixels and fractions, often touching.
            double from = random.nextBoolean() ? random.nextInt(5000) : random.nextDouble() * 5000;
            double to = from + 1 + random.nextDouble() * (random.nextBoolean() ? 8 : 200);
            boolean free = taken.stream().noneMatch(t -> t[0] < to && t[1] > from);
            assertThat(occupied.isFree(from, to)).as("[%s, %s) free after %d placements", from, to, taken.size()).isEqualTo(free);
            double next = taken.stream().mapToDouble(t -> t[0]).filter(start -> start > from).min().orElse(Double.POSITIVE_INFINITY);
            assertThat(occupied.nextStartAfter(from)).as("next start after %s", from).isEqualTo(next);
            double lastEnd = taken.stream().filter(t -> t[0] < from).max(java.util.Comparator.comparingDouble(t -> t[0]))
                    .map(t -> t[1]).orElse(Double.NEGATIVE_INFINITY);
            assertThat(occupied.lastEndBefore(from)).as("end of the last interval starting before %s", from).isEqualTo(lastEnd);
            if (free) {
                occupied.add(from, to);
                taken.add(new double[] {from, to});
            }
        }
        // Enough that the row has grown twice past its first 64 places.
        assertThat(taken.size()).as("placements made").isGreaterThan(128);
    }

    @Test
    void touchingIsFreeAndAClearedRowHasNothing() {
        OccupiedIntervals occupied = new OccupiedIntervals();
        occupied.add(10, 20);
        assertThat(occupied.isFree(20, 30)).isTrue();
        assertThat(occupied.isFree(0, 10)).isTrue();
        assertThat(occupied.isFree(19.5, 25)).isFalse();
        assertThat(occupied.isFree(0, 10.5)).isFalse();
        assertThat(occupied.nextStartAfter(10)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(occupied.nextStartAfter(9.99)).isEqualTo(10);
        occupied.clear();
        assertThat(occupied.isFree(0, 100)).isTrue();
        assertThat(occupied.nextStartAfter(0)).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
