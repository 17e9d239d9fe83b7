package org.fourislands.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.fourislands.core.model.Citation;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Interpretation;
import org.fourislands.core.model.Quotation;
import org.fourislands.testing.BundledData;
import org.junit.jupiter.api.Test;

/** The bibliography's entries and the events listed under each, over the bundled data. */
class BibliographyTest {

    private static final Dataset dataset = BundledData.dataset();
    private static final Bibliography bibliography = new Bibliography(dataset);

    private static boolean cites(HistoricalEvent event, String sourceId) {
        return Stream.of(event.sources().stream(),
                        event.quotations().stream().map(Quotation::source),
                        event.interpretations().stream().map(Interpretation::source))
                .flatMap(s -> s)
                .map(Citation::sourceId)
                .anyMatch(sourceId::equals);
    }

    @Test
    void eachSourceListsEveryEventCitingItOnceInDateOrder() {
        assertThat(bibliography.entries()).hasSize(dataset.sources().size());
        for (Bibliography.Entry entry : bibliography.entries()) {
            List<HistoricalEvent> expected = dataset.events().stream().filter(e -> cites(e, entry.source().id())).toList();
            assertThat(entry.citingEvents()).as(entry.source().id()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void anEventCitingASourceForItsFactsAndForAQuotationIsListedOnce() {
        // Brown (2019) is cited for the facts of the Dulles–Shigemitsu talks and for a quotation.
        HistoricalEvent talks = dataset.event("1956-dulles-shigemitsu").orElseThrow();
        assertThat(talks.sources()).extracting(Citation::sourceId).contains("brown-2019");
        assertThat(talks.quotations()).extracting(q -> q.source().sourceId()).contains("brown-2019");
        assertThat(bibliography.entry("brown-2019").citingEvents()).containsOnlyOnce(talks);
    }

    @Test
    void entriesAreOrderedByAuthorThenTitle() {
        List<String> keys = bibliography.entries().stream()
                .map(e -> EventSearch.fold(e.source().author() == null ? e.source().title() : e.source().author()))
                .toList();
        assertThat(keys).isSorted();
    }
}
