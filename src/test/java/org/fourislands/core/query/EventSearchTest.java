package org.fourislands.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Island;
import org.fourislands.core.model.NameResolver;
import org.fourislands.core.model.Names;
import org.fourislands.core.model.Quotation;
import org.fourislands.core.model.Source;
import org.fourislands.testing.BundledData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Full-text search over the bundled events: what a student types, and what each kind of text lets them find. */
class EventSearchTest {

    private static final Dataset dataset = BundledData.dataset();
    private static final EventSearch search = new EventSearch(dataset, new NameResolver(dataset));

    private static List<String> ids(String query) {
        return search.search(query).stream().map(HistoricalEvent::id).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kono", "Kono", "KŌNO", "Kōno", "kōno"})
    void caseAndMacronsDoNotMatter(String query) {
        assertThat(ids(query)).isEqualTo(ids("kono"))
                // "Kōno" in one summary, "Kono" in the others.
                .contains("1956-soviet-fishing-restrictions", "2019-lavrov-kono-talks");
    }

    @Test
    void everyWordMustBeFound() {
        assertThat(ids("Dulles")).contains("1956-dulles-shigemitsu", "1956-us-aide-memoire");
        assertThat(ids("dulles  okinawa")).containsExactly("1956-dulles-shigemitsu");
        assertThat(ids("dulles nagato")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void aBlankQueryFindsNothing(String query) {
        assertThat(search.search(query)).isEmpty();
    }

    @Test
    void resultsComeInTheDatasetsDateOrder() {
        List<HistoricalEvent> found = search.search("treaty");
        assertThat(found).hasSizeGreaterThan(10);
        assertThat(found).isSortedAccordingTo(Dataset.CHRONOLOGICAL);
    }

    /** Every spelling of every disputed island, against every event whose title names it by token. */
    static Stream<Arguments> islandSpellings() {
        List<Arguments> cases = new ArrayList<>();
        for (Island island : dataset.islands()) {
            if (!island.isDisputed() || island.partOf() != null) {
                continue;
            }
            Names names = island.names();
            for (String spelling : Stream.of(names.jaLatn(), names.ja(), names.ruLatn(), names.ru()).filter(s -> s != null).toList()) {
                cases.add(Arguments.of(island.id(), spelling));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} finds the titles naming {0}")
    @MethodSource("islandSpellings")
    void anIslandTokenIsFoundByEverySpellingOfTheIsland(String islandId, String spelling) {
        List<String> naming = dataset.events().stream().filter(e -> e.title().contains("{{" + islandId + "}}")).map(HistoricalEvent::id).toList();
        assertThat(naming).as("events whose title names %s", islandId).isNotEmpty();
        assertThat(ids(spelling)).containsAll(naming);
    }

    @Test
    void sourcesAreFoundByAuthorAndTitle() {
        for (Source source : dataset.sources()) {
            List<String> citing = dataset.events().stream()
                    .filter(e -> e.sources().stream().anyMatch(c -> c.sourceId().equals(source.id())))
                    .map(HistoricalEvent::id).toList();
            if (citing.isEmpty()) {
                continue;
            }
            assertThat(ids(source.title())).as("title of %s", source.id()).containsAll(citing);
            if (source.author() != null) {
                assertThat(ids(source.author())).as("author of %s", source.id()).containsAll(citing);
            }
        }
    }

    @Test
    void quotationsAreFoundByTheirWordsAndTheirSpeaker() {
        for (HistoricalEvent event : dataset.events()) {
            for (Quotation quotation : event.quotations()) {
                String firstWords = String.join(" ", Stream.of(quotation.text().split("\\s+")).limit(6).toList());
                assertThat(ids(firstWords)).as("words of a quotation in %s", event.id()).contains(event.id());
                assertThat(ids(quotation.speaker())).as("speaker of a quotation in %s", event.id()).contains(event.id());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"Kōno Tarō, kono taro", "Шикотан, шикотан", "Ёсида, есида", "ABC def, abc def"})
    void foldingLowersCaseAndDropsMarks(String text, String folded) {
        assertThat(EventSearch.fold(text)).isEqualTo(folded);
    }
}
