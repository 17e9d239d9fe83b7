package org.fourislands.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.status.IslandStatusIndex;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.testing.BundledData;
import org.junit.jupiter.api.Test;

/** Comparing two dates of the bundled dataset: who administered what, borders, events between. */
class DateComparisonTest {

    private static final Dataset dataset = BundledData.dataset();
    private static final IslandStatusIndex index = new IslandStatusIndex(dataset);

    private static DateComparison compare(String a, String b) {
        return DateComparison.compare(dataset, index, HistoricalDate.parse(a), HistoricalDate.parse(b));
    }

    @Test
    void from1875to1946AllFourIslandsPassFromJapanToTheUssr() {
        DateComparison result = compare("1875", "1946");
        assertThat(result.administrationChanges())
                .filteredOn(change -> change.island().isDisputed())
                .extracting(change -> change.island().id() + ": " + change.before().id() + " -> " + change.after().id())
                .containsExactlyInAnyOrder(
                        "etorofu-iturup: japan -> ussr",
                        "kunashiri-kunashir: japan -> ussr",
                        "shikotan: japan -> ussr",
                        "habomai: japan -> ussr");
        // The Habomai islets answer for their group: they are not listed one by one.
        assertThat(result.administrationChanges()).noneMatch(change -> change.island().partOf() != null);
    }

    @Test
    void from1875to1946ListsTheOccupationAndTheIncorporation() {
        List<String> ids = compare("1875", "1946").eventsBetween().stream().map(HistoricalEvent::id).toList();
        assertThat(ids).contains("1945-occupation-etorofu", "1945-occupation-kunashiri", "1945-occupation-shikotan",
                "1945-occupation-habomai", "1946-incorporation", "1875-treaty-of-st-petersburg");
        assertThat(ids).doesNotContain("1855-treaty-of-shimoda", "1947-sakhalin-oblast", "1951-san-francisco-treaty");
    }

    /**
     * "1875" is the map as that year ended, after the exchange of 7 May: the Kurils Japanese up to
     * Shumshu, the 1875 line in force and the 1855 line gone (decision 0014).
     */
    @Test
    void bordersThatEndedAndAppearedAreNamed() {
        DateComparison result = compare("1875", "1946");
        assertThat(result.borderChanges())
                .extracting(change -> change.border().id() + " " + change.kind())
                .containsExactlyInAnyOrder(
                        "border-1875-shumshu-kamchatka ENDED",
                        "border-1905-sakhalin-50n CAME_AND_WENT",
                        "line-1945-de-facto APPEARED");
    }

    @Test
    void urupIsJapaneseAtTheEndOf1875AndSovietAtTheEndOfAugust1945() {
        assertThat(compare("1875", "1945-08").administrationChanges())
                .filteredOn(change -> change.island().id().equals("urup"))
                .extracting(change -> change.before().id() + " -> " + change.after().id())
                .containsExactly("japan -> ussr");
    }

    @Test
    void theOrderOfTheDatesDoesNotMatter() {
        DateComparison forward = compare("1875", "1946-02-02");
        DateComparison backward = compare("1946-02-02", "1875");
        assertThat(backward).isEqualTo(forward);
        assertThat(forward.earlier()).isEqualTo(HistoricalDate.parse("1875"));
    }

    @Test
    void aYearComparedWithADayInsideItIsTheLaterDateAndItsEventsAreListed() {
        DateComparison result = compare("1945", "1945-08-28");
        assertThat(compare("1945-08-28", "1945")).isEqualTo(result);
        assertThat(result.earlier()).isEqualTo(HistoricalDate.parse("1945-08-28"));
        assertThat(result.administrationChanges())
                .filteredOn(change -> change.island().id().equals("kunashiri-kunashir"))
                .extracting(change -> change.before().id() + " -> " + change.after().id())
                .containsExactly("japan -> ussr");
        assertThat(result.eventsBetween()).extracting(HistoricalEvent::id)
                .contains("1945-yalta-agreement", "1945-occupation-kunashiri", "1945-nemuro-mayor-petition");
    }

    @Test
    void twoDatesWithNothingBetweenChangeNothing() {
        DateComparison result = compare("1960-01-01", "1960-01-01");
        assertThat(result.administrationChanges()).isEmpty();
        assertThat(result.borderChanges()).isEmpty();
    }
}
