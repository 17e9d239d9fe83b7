package org.fourislands.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fourislands.core.data.DatasetLoader;
import org.fourislands.core.data.LoadResult;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.time.HistoricalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IslandStatusIndexTest {

    private static IslandStatusIndex index;

    @BeforeAll
    static void load() {
        Dataset dataset = ((LoadResult.Loaded) new DatasetLoader().load(Path.of("src/test/resources/datasets/minimal.json"))).dataset();
        index = new IslandStatusIndex(dataset);
    }

    @ParameterizedTest(name = "{0} on {1}: administered by {2}, contested {3}, basis {4}")
    @CsvSource({
        "kunashiri-kunashir, 1854-12-31, ,               false, ",
        "kunashiri-kunashir, 1855-02-07, japan,          false, treaty-1855",
        "kunashiri-kunashir, 1900-01-01, japan,          false, treaty-1855",
        "kunashiri-kunashir, 1945-08-31, japan,          false, treaty-1855",
        "kunashiri-kunashir, 1945-09-01, ussr,           true,  occupation-1945",
        "kunashiri-kunashir, 2024-12-31, ussr,           true,  occupation-1945",
        "habomai,            1945-09-02, japan,          false, treaty-1855",
        "habomai,            1945-09-03, ussr,           false, occupation-1945",
        "yuri,               1945-09-03, ussr,           false, occupation-1945",
        "yuri,               1900-06-01, japan,          false, treaty-1855",
        "urup,               1860-01-01, russian-empire, false, treaty-1855",
        "urup,               1875-05-07, ,               false, ",
        "kunashiri-kunashir, 1945-08,    japan,          false, treaty-1855",
        "kunashiri-kunashir, 1945-09,    ussr,           true,  occupation-1945",
        "kunashiri-kunashir, 1945,       ussr,           true,  occupation-1945",
        "urup,               1855,       russian-empire, false, treaty-1855",
        "nowhere,            1900-01-01, ,               false, ",
    })
    /** A day answers for itself; a month or a year for its last day, as it ended (decision 0014). */
    void answersWhoAdministeredAndWhoElseClaimed(String island, String day, String administrator, boolean contested, String basis) {
        IslandStatus status = index.statusOn(island, HistoricalDate.parse(day));
        assertThat(status.administrator() == null ? null : status.administrator().id()).isEqualTo(administrator);
        assertThat(status.isContested()).isEqualTo(contested);
        assertThat(status.basisEventId()).isEqualTo(basis);
    }

    @org.junit.jupiter.api.Test
    void theContestingClaimIsJapansAfterTheOccupation() {
        IslandStatus status = index.statusOn("kunashiri-kunashir", HistoricalDate.parse("1950"));
        assertThat(status.otherClaims()).singleElement().satisfies(c -> assertThat(c.claimantId()).isEqualTo("japan"));
    }

    @org.junit.jupiter.api.Test
    void anIsletSharesItsGroupsHistory() {
        assertThat(index.administrationHistory("yuri")).isEqualTo(index.administrationHistory("habomai")).hasSize(2);
    }

    /** The map compares the statuses in view by identity (its legend, every frame): one instance per unit and stretch. */
    @org.junit.jupiter.api.Test
    void aStretchOfOneUnitIsOneInstance() {
        IslandStatus early = index.statusOn("kunashiri-kunashir", HistoricalDate.parse("1946-01-01"));
        assertThat(index.statusOn("kunashiri-kunashir", HistoricalDate.parse("2020-06-30"))).isSameAs(early);
        assertThat(index.statusOn("yuri", HistoricalDate.parse("1950"))).isSameAs(index.statusOn("habomai", HistoricalDate.parse("1960")));
        assertThat(index.statusOn("kunashiri-kunashir", HistoricalDate.parse("1800"))).isSameAs(index.statusOn("kunashiri-kunashir", HistoricalDate.parse("1801")));
        assertThat(index.statusOn("kunashiri-kunashir", HistoricalDate.parse("1900"))).isNotSameAs(early);
    }

    /** The timeline draws each island's segments in every frame: they are made once, an islet sharing its group's. */
    @org.junit.jupiter.api.Test
    void segmentsAreMadeOnceAndFollowOneAnother() {
        var segments = index.segments("kunashiri-kunashir");
        assertThat(index.segments("kunashiri-kunashir")).isSameAs(segments);
        assertThat(index.segments("yuri")).isSameAs(index.segments("habomai"));
        for (int k = 1; k < segments.size(); k++) {
            assertThat(segments.get(k).startDay()).isEqualTo(segments.get(k - 1).endDay());
        }
        assertThat(segments.getLast().endDay()).isEqualTo(Long.MAX_VALUE);
        assertThat(segments.getLast().status()).isSameAs(index.statusOn("kunashiri-kunashir", HistoricalDate.parse("2024")));
    }
}
