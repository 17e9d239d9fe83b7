package org.fourislands.core.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fourislands.core.model.Citation;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Interpretation;
import org.fourislands.core.model.Quotation;
import org.fourislands.core.model.Source;

/**
 * The dataset's sources, each with the events that cite it (as a source, for a quotation or for
 * an interpretation). Sources are ordered by author, then title. Immutable and thread-safe.
 */
public final class Bibliography {

    /** One bibliography entry and the events that cite it, in date order. */
    public record Entry(Source source, List<HistoricalEvent> citingEvents) {
        public Entry {
            citingEvents = List.copyOf(citingEvents);
        }
    }

    private final List<Entry> entries;

    public Bibliography(Dataset dataset) {
        Map<String, List<HistoricalEvent>> citing = new HashMap<>();
        for (HistoricalEvent event : dataset.events()) {
            for (Citation citation : citationsOf(event)) {
                List<HistoricalEvent> events = citing.computeIfAbsent(citation.sourceId(), id -> new ArrayList<>());
                // An event citing a source twice is listed once. Its citations are visited together,
                // so comparing with the last one listed is enough, and cheaper than hashing events.
                if (events.isEmpty() || events.getLast() != event) {
                    events.add(event);
                }
            }
        }
        entries = dataset.sources().stream()
                .sorted(Comparator.comparing((Source s) -> EventSearch.fold(s.author() == null ? s.title() : s.author()))
                        .thenComparing(s -> EventSearch.fold(s.title())))
                .map(source -> new Entry(source, citing.getOrDefault(source.id(), List.of())))
                .toList();
    }

    private static List<Citation> citationsOf(HistoricalEvent event) {
        List<Citation> all = new ArrayList<>(event.sources());
        event.quotations().stream().map(Quotation::source).forEach(all::add);
        event.interpretations().stream().map(Interpretation::source).forEach(all::add);
        return all;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The entry for a source id, or null. */
    public Entry entry(String sourceId) {
        return entries.stream().filter(e -> e.source().id().equals(sourceId)).findFirst().orElse(null);
    }
}
