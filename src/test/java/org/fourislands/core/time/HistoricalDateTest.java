package org.fourislands.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HistoricalDateTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "1855,       YEAR,  1855-01-01, 1856-01-01, 1855, 1855",
        "1945-08,    MONTH, 1945-08-01, 1945-09-01, 1945-08, August 1945",
        "1945-08-28, DAY,   1945-08-28, 1945-08-29, 1945-08-28, 28 August 1945",
        "1956-02-29, DAY,   1956-02-29, 1956-03-01, 1956-02-29, 29 February 1956",
        "2000-02,    MONTH, 2000-02-01, 2000-03-01, 2000-02, February 2000",
        "1798,       YEAR,  1798-01-01, 1799-01-01, 1798, 1798",
    })
    void parsesKeepingPrecisionAndSpan(String text, DatePrecision precision, LocalDate start, LocalDate endExclusive, String iso, String display) {
        HistoricalDate date = HistoricalDate.parse(text);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.startEpochDay()).isEqualTo(start.toEpochDay());
        assertThat(date.endEpochDayExclusive()).isEqualTo(endExclusive.toEpochDay());
        assertThat(date.toIso()).isEqualTo(iso);
        assertThat(date.toDisplayText()).isEqualTo(display);
    }

    /** A month or a year stands for its last day where a status is shown (decision 0014). */
    @ParameterizedTest(name = "{0} ends on {1}")
    @CsvSource({
        "1875,       1875-12-31",
        "1945-08,    1945-08-31",
        "1960-02,    1960-02-29",
        "1900-02,    1900-02-28",
        "1945-08-28, 1945-08-28",
    })
    void aDateEndsOnItsLastDay(String text, LocalDate last) {
        assertThat(HistoricalDate.parse(text).lastEpochDay()).isEqualTo(last.toEpochDay());
    }

    @ParameterizedTest(name = "{0} is not a calendar date")
    @ValueSource(strings = {"1956-02-30", "1955-02-29", "1945-13", "1945-00", "1945-04-31", "1945-09-00", "1900-02-29"})
    void rejectsImpossibleDates(String text) {
        assertThat(HistoricalDate.tryParse(text)).isEmpty();
        assertThat(HistoricalDate.problemWith(text)).isEqualTo("\"" + text + "\" is not a calendar date");
        assertThatThrownBy(() -> HistoricalDate.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"" + text + "\" is not a calendar date");
    }

    @ParameterizedTest(name = "{0} is not ISO 8601")
    @ValueSource(strings = {"", "45", "1945/08/28", "28-08-1945", "1945-8", "1945-08-28T00:00", " 1945", "August 1945"})
    void rejectsOtherFormats(String text) {
        assertThat(HistoricalDate.tryParse(text)).isEmpty();
        assertThat(HistoricalDate.problemWith(text)).contains("is not an ISO 8601 date");
    }

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        "1855, 1855-02",
        "1855-02, 1855-02-07",
        "1945-08-28, 1945-08-29",
        "1945-08-31, 1945-09",
        "1798, 1855",
        "1991-12-25, 1991-12-26",
    })
    void ordersByStartThenCoarserFirst(String earlier, String later) {
        assertThat(HistoricalDate.parse(earlier)).isLessThan(HistoricalDate.parse(later));
        assertThat(HistoricalDate.parse(later)).isGreaterThan(HistoricalDate.parse(earlier));
    }

    @org.junit.jupiter.api.Test
    void roundTripsEpochDays() {
        HistoricalDate date = HistoricalDate.ofEpochDay(LocalDate.of(1946, 2, 2).toEpochDay());
        assertThat(date).isEqualTo(HistoricalDate.parse("1946-02-02"));
    }
}
