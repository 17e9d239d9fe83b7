package org.fourislands.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A range a user chose, and keeping the timeline's window inside the time a dataset covers: moved, never stretched. */
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

    /** Each date is included whole: a month to a year, or a day to its month, is a window as long as it ends after it starts. */
    @ParameterizedTest(name = "{0} to {1} is {2} to {3}")
    @CsvSource({
        "1855,       2024,       1855-01-01, 2024-12-31",
        "1956-10,    1956,       1956-10-01, 1956-12-31",
        "1956-10-19, 1956-10,    1956-10-19, 1956-10-31",
        "1956-10-19, 1956-10-22, 1956-10-19, 1956-10-22",
        "1956,       1956,       1956-01-01, 1956-12-31",
    })
    void aChosenRangeCoversBothDatesWhole(String from, String to, String firstDay, String lastDay) {
        TimeWindow window = TimeWindow.between(HistoricalDate.parse(from), HistoricalDate.parse(to), "--from", "--to");
        assertThat(window.firstDay()).isEqualTo(HistoricalDate.parse(firstDay));
        assertThat(window.lastDay()).isEqualTo(HistoricalDate.parse(lastDay));
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "1956-10-21 | 1956-10-19 | --to must be after --from",
        "1956-10-20 | 1956-10-19 | --to must be after --from",
        "1957       | 1956-12    | --to must be after --from",
        "1956-10-19 | 1956-10-21 | --from to --to must span at least 4 days, not 3",
        "1956-10-19 | 1956-10-19 | --from to --to must span at least 4 days, not 1",
        "1956-10-31 | 1956-11-01 | --from to --to must span at least 4 days, not 2",
    })
    void aChosenRangeThatEndsBeforeItStartsOrSpansUnderFourDaysIsRefused(String from, String to, String message) {
        assertThatThrownBy(() -> TimeWindow.between(HistoricalDate.parse(from), HistoricalDate.parse(to), "--from", "--to"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
}
