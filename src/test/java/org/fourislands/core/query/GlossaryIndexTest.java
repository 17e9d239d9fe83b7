package org.fourislands.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.GlossaryEntry;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.testing.BundledData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Glossary search (case and accent blind) and finding glossary terms in running text. */
class GlossaryIndexTest {

    private static final Dataset dataset = BundledData.dataset();
    private static final GlossaryIndex index = new GlossaryIndex(dataset);

    @ParameterizedTest
    @CsvSource({
            "hoppo ryodo, northern-territories",
            "HOPPŌ RYŌDO, northern-territories",
            "moto-tomin, former-residents",
            "chishima, chishima",
            "scapin, scapin-677"})
    void searchIgnoresCaseAndAccents(String query, String expectedId) {
        assertThat(index.search(query)).extracting(GlossaryEntry::id).first().isEqualTo(expectedId);
    }

    @Test
    void aBlankSearchListsEveryEntryAlphabetically() {
        List<GlossaryEntry> all = index.search("  ");
        assertThat(all).hasSize(dataset.glossary().size());
        assertThat(all.getFirst().term()).isEqualTo("1956 Joint Declaration");
    }

    @Test
    void searchFindsWordsInDefinitionsAfterNames() {
        List<GlossaryEntry> found = index.search("thousand islands");
        assertThat(found).extracting(GlossaryEntry::id).contains("chishima");
    }

    @Test
    void theLongestNameWinsAndEachEntryIsLinkedOnce() {
        String text = "On Northern Territories Day the Northern Territories and the northern territories are named.";
        List<GlossaryIndex.TermMatch> matches = index.findTerms(text);
        assertThat(matches).extracting(m -> text.substring(m.start(), m.end()) + "=" + m.entry().id())
                .containsExactly("Northern Territories Day=northern-territories-day", "Northern Territories=northern-territories");
    }

    @Test
    void termsMatchWholeWordsOnlyIgnoringMacrons() {
        String text = "Kurilsk is a town; the Hoppo Ryodo are not. Chishimaa is no word.";
        List<GlossaryIndex.TermMatch> matches = index.findTerms(text);
        assertThat(matches).extracting(m -> text.substring(m.start(), m.end())).containsExactly("Hoppo Ryodo");
    }

    @Test
    void offsetsPointIntoTheOriginalTextEvenWithCombiningMarks() {
        String text = "Before the Hoppō Ryōdo campaign";
        GlossaryIndex.TermMatch match = index.findTerms(text).getFirst();
        assertThat(text.substring(match.start(), match.end())).isEqualTo("Hoppō Ryōdo");
    }

    @Test
    void everyGlossaryTermIsFoundInTheBundledSummariesSomewhere() {
        long eventsWithTerms = dataset.events().stream().map(HistoricalEvent::summary).filter(s -> !index.findTerms(s).isEmpty()).count();
        assertThat(eventsWithTerms).isGreaterThan(10);
    }
}
