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

    /**
     * A spelling of an island finds its other spellings: quotations spell the islands as their
     * speakers did, and "Khabomai" found four events fewer than "Habomai".
     */
    @ParameterizedTest
    @CsvSource({"Habomai, Khabomai", "Habomai, Хабомаи", "Etorofu, Iturup", "Etorofu, Итуруп", "Shikotan, 色丹島", "Kunashiri, kunashir"})
    void everySpellingOfAnIslandFindsTheSameEvents(String one, String other) {
        assertThat(ids(other)).isNotEmpty().isEqualTo(ids(one));
    }

    /** Typing "etor" and then "etorofu" must not narrow to what "etor" found: "etorofu" finds "Iturup" too. */
    @Test
    void aSpellingThatFindsOthersIsNotNarrowedFromItsPrefix() {
        EventSearch.Results etor = search.search("etor", null);
        assertThat(search.search("etorofu", etor).events()).isEqualTo(search.search("etorofu"));
        assertThat(search.search("iturup", search.search("itu", null)).events()).isEqualTo(search.search("etorofu"));
        // The words after a name still narrow: every keystroke after "kunashir" scanned every event.
        EventSearch.Results kunashir = search.search("kunashir", null);
        EventSearch.Results more = search.search("kunashir t", kunashir);
        assertThat(more.searched()).isEqualTo(kunashir.events().size());
        assertThat(more.events()).isEqualTo(search.search("kunashir t"));
    }

    /** Japanese input methods type full-width letters and the ideographic space; web pages paste no-break spaces. */
    @ParameterizedTest
    @ValueSource(strings = {"dulles\u3000okinawa", "dulles\u00A0okinawa", "\u3000dulles okinawa\u3000", "ｄｕｌｌｅｓ　ｏｋｉｎａｗａ"})
    void wideLettersAndOtherSpacesSearchAsPlainOnes(String query) {
        assertThat(ids(query)).containsExactly("1956-dulles-shigemitsu");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t", "\u3000"})
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

    /**
     * Queries as a student types them, keystroke by keystroke, with words added, letters deleted
     * and a new start: each search narrows the one before when it can, and finds exactly what a
     * search of every event finds.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dulles okinawa", "shigemitsu|shige|shigemitsu moscow", "kōno tarō|kono|ko", "treaty  of|treaty|trea|peace",
            "habomai shikotan|habomai|hab|xyz|x", "Шикотан|шик"})
    void typingNarrowsTheSearchAndFindsWhatAFullSearchFinds(String typed) {
        EventSearch.Results previous = null;
        for (String query : keystrokes(typed)) {
            EventSearch.Results results = search.search(query, previous);
            assertThat(results.events()).as("\"%s\" after \"%s\"", query, previous == null ? null : previous.events().size())
                    .isEqualTo(search.search(query));
            previous = results;
        }
    }

    /** Each stage typed a letter at a time from the stage before: "ab|a" is a, ab, then a again. */
    private static List<String> keystrokes(String stages) {
        List<String> queries = new ArrayList<>();
        String text = "";
        for (String stage : stages.split("\\|")) {
            while (!stage.startsWith(text)) {
                text = text.substring(0, text.length() - 1);
                queries.add(text);
            }
            while (!text.equals(stage)) {
                text = stage.substring(0, text.length() + 1);
                queries.add(text);
            }
        }
        return queries;
    }

    @Test
    void aNarrowingSearchLooksOnlyAtWhatTheSearchBeforeFound() {
        EventSearch.Results dul = search.search("dul", null);
        assertThat(dul.searched()).isEqualTo(dataset.events().size());
        EventSearch.Results dulles = search.search("Dulles", dul);
        assertThat(dulles.searched()).isEqualTo(dul.events().size()).isLessThan(10);
        EventSearch.Results twoWords = search.search("dulles okinawa", dulles);
        assertThat(twoWords.searched()).isEqualTo(dulles.events().size());
        assertThat(twoWords.events()).extracting(HistoricalEvent::id).containsExactly("1956-dulles-shigemitsu");
    }

    @ParameterizedTest
    @CsvSource({"dulles, dul", "dulles, okinawa", "dulles okinawa, okinawa dul x", "'', dulles"})
    void aSearchThatCouldFindMoreLooksAtEveryEvent(String before, String after) {
        EventSearch.Results previous = search.search(before, null);
        EventSearch.Results results = search.search(after, previous);
        assertThat(results.searched()).as("\"%s\" after \"%s\"", after, before).isEqualTo(dataset.events().size());
    }

    @Test
    void resultsOfAnotherIndexAreNotNarrowed() {
        EventSearch other = new EventSearch(dataset, new NameResolver(dataset));
        EventSearch.Results dul = other.search("dul", null);
        assertThat(search.search("dulles", dul).searched()).isEqualTo(dataset.events().size());
    }

    /** A misspelt word is mended to the nearest word the events use, and the mended query finds events. */
    @ParameterizedTest
    @CsvSource({
            "dules, dulles",
            "Dules, dulles",
            "gorbachov, gorbachev",
            "Krushchev, khrushchev",
            "postdam, potsdam",
            "shigimitsu, shigemitsu",
            "yeltsn, yeltsin",
            "kunasir, kunashir",
            "okinwa, okinawa",
            "dules okinwa, dulles okinawa",
            // Only the misspelt word changes.
            "yalta rosevelt, yalta roosevelt",
            "san fransisco, san francisco"})
    void aMisspeltQueryIsMended(String typed, String suggested) {
        assertThat(ids(typed)).isEmpty();
        assertThat(search.suggestionFor(typed)).isEqualTo(suggested);
        assertThat(ids(suggested)).isNotEmpty();
    }

    /**
     * No suggestion when the query finds events, when a word is nothing like any word of the
     * events, when a short word would need an edit, or when every word is found but never in
     * one event.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dulles", "dul", "", "   ", "xqzvkw", "qz", "1965x", "dulles nagato"})
    void noSuggestionWhenNoneHelps(String typed) {
        assertThat(search.suggestionFor(typed)).isNull();
    }
}
