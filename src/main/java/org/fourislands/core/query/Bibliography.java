package org.fourislands.core.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Map<String, Set<HistoricalEvent>> citing = new LinkedHashMap<>();
        for (HistoricalEvent event : dataset.events()) {
            for (Citation citation : citationsOf(event)) {
                citing.computeIfAbsent(citation.sourceId(), id -> new LinkedHashSet<>()).add(event);
            }
        }
        entries = dataset.sources().stream()
                .sorted(Comparator.comparing((Source s) -> EventSearch.fold(s.author() == null ? s.title() : s.author()))
                        .thenComparing(s -> EventSearch.fold(s.title())))
                .map(source -> new Entry(source, new ArrayList<>(citing.getOrDefault(source.id(), Set.of()))))
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
