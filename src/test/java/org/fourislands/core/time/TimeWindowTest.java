package org.fourislands.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keeping the timeline's window inside the time a dataset covers: moved, never stretched. */
class TimeWindowTest {

    @ParameterizedTest(name = "{0}–{1} within 0–100 is {2}–{3}")
    @CsvSource({
        "10,   30,  10,  30",
        "90,   120, 70,  100",
        "-15,  5,   0,   20",
        "-50,  150, 0,   100",
        "0,    100, 0,   100",
    })
    void aWindowIsMovedInsideItsBoundsOrBecomesThem(double start, double end, double keptStart, double keptEnd) {
        TimeWindow kept = new TimeWindow(start, end).keptWithin(new TimeWindow(0, 100));
        assertThat(kept).isEqualTo(new TimeWindow(keptStart, keptEnd));
    }
}
