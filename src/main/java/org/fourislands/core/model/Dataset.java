package org.fourislands.core.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.core.time.TimeWindow;

/**
 * One validated dataset: everything the map and the timeline show. Events are held sorted by
 * date (then id) so that views can binary-search them. Immutable and thread-safe.
 */
public record Dataset(
        String title,
        HistoricalDate defaultFrom,
        HistoricalDate defaultTo,
        List<Actor> actors,
        List<Island> islands,
        List<AdministrationPeriod> administration,
        List<Claim> claims,
        List<Border> borders,
        List<HistoricalEvent> events,
        List<Place> places,
        List<Source> sources,
        List<Tour> tours,
        List<GlossaryEntry> glossary,
        List<Poll> polls) {

    /** Chronological order used everywhere events are listed or drawn. */
    public static final Comparator<HistoricalEvent> CHRONOLOGICAL =
            Comparator.comparing(HistoricalEvent::date).thenComparing(HistoricalEvent::id);

    public Dataset {
        actors = List.copyOf(actors);
        islands = List.copyOf(islands);
        administration = List.copyOf(administration);
        claims = List.copyOf(claims);
        borders = List.copyOf(borders);
        events = events.stream().sorted(CHRONOLOGICAL).toList();
        places = List.copyOf(places);
        sources = List.copyOf(sources);
        tours = List.copyOf(tours);
        glossary = List.copyOf(glossary);
        polls = List.copyOf(polls);
    }

    /**
     * The time the dataset speaks for: its default range widened to every event (1798 to the
     * end of 2024 for the bundled data). The timeline shows nothing beyond it: a status drawn
     * past the data's last year would claim what no source says.
     */
    public TimeWindow coveredSpan() {
        double start = defaultFrom.startEpochDay();
        double end = defaultTo.endEpochDayExclusive();
        for (HistoricalEvent event : events) {
            start = Math.min(start, event.startEpochDay());
            end = Math.max(end, event.endEpochDayExclusive());
        }
        return new TimeWindow(start, end);
    }

    public Optional<HistoricalEvent> event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<Island> island(String id) {
        return islands.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Place> place(String id) {
        return places.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Islands by id, in dataset order; build once and keep it where lookups are hot. */
    public Map<String, Island> islandsById() {
        return index(islands, Island::id);
    }

    public Map<String, Actor> actorsById() {
        return index(actors, Actor::id);
    }

    public Map<String, Source> sourcesById() {
        return index(sources, Source::id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.put(id.apply(item), item));
        return byId;
    }
}
