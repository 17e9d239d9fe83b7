package org.fourislands.core.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.fourislands.core.model.AdministrationPeriod;
import org.fourislands.core.model.Citation;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.NameResolver;
import org.fourislands.core.time.HistoricalDate;

/**
 * The meaning pass, after the schema: ids are unique and every reference resolves, ends do not
 * come before starts, an island's administration periods do not overlap, every event has a
 * source, poll rows fit their answers, and links are http or https only. It checks what the
 * schema pass accepted; the ids of elements it left out still count where they can be read.
 */
final class SemanticCheck {

    private final LocatedJson json;
    private final DatasetMapper.Mapped mapped;
    private final Dataset dataset;
    private final List<HistoricalEvent> events;
    private final List<DatasetProblem> problems = new ArrayList<>();

    private Ids actorIds;
    private Ids islandIds;
    private Ids eventIds;
    private Ids placeIds;
    private Ids sourceIds;
    private Ids glossaryIds;

    SemanticCheck(LocatedJson json, DatasetMapper.Mapped mapped) {
        this.json = json;
        this.mapped = mapped;
        this.dataset = mapped.dataset();
        this.events = mapped.eventsInFileOrder();
    }

    /**
     * The ids of one top-level array. Not {@code complete} when the schema pass left out an
     * element whose id cannot be read: a reference that matches no id may have meant that one,
     * so it is not called unknown.
     */
    private record Ids(Set<String> known, boolean complete) {

        boolean resolves(String id) {
            return known.contains(id) || !complete;
        }
    }

    List<DatasetProblem> check() {
        actorIds = uniqueIds("actors", dataset.actors(), a -> a.id());
        islandIds = uniqueIds("islands", dataset.islands(), i -> i.id());
        eventIds = uniqueIds("events", events, HistoricalEvent::id);
        placeIds = uniqueIds("places", dataset.places(), p -> p.id());
        sourceIds = uniqueIds("sources", dataset.sources(), s -> s.id());
        glossaryIds = uniqueIds("glossary", dataset.glossary(), g -> g.id());
        uniqueIds("borders", dataset.borders(), b -> b.id());
        uniqueIds("tours", dataset.tours(), t -> t.id());
        uniqueIds("polls", dataset.polls(), p -> p.id());
        checkNameTokensDoNotClash();

        // The range the timeline opens on and returns to with Home: reversed, it has no width to show.
        checkOrder(dataset.defaultFrom(), dataset.defaultTo(), () -> JsonPaths.property(JsonPaths.property(JsonPaths.ROOT, "defaultRange"), "to"));
        checkActors();
        checkIslands();
        checkAdministration();
        checkClaims();
        checkBorders();
        checkEvents();
        checkPlaces();
        checkSources();
        checkTours();
        checkGlossary();
        checkPolls();
        return problems;
    }

    private <T> Ids uniqueIds(String collection, List<T> items, Function<T, String> id) {
        DatasetMapper.Omitted omitted = mapped.omitted(collection);
        Map<String, Integer> firstFileIndex = new HashMap<>();
        // The elements left out first, so that a duplicate names the first use in the file, left out or not.
        omitted.ids().forEach((fileIndex, leftOutId) -> unique(collection, firstFileIndex, leftOutId, fileIndex));
        for (int i = 0; i < items.size(); i++) {
            unique(collection, firstFileIndex, id.apply(items.get(i)), omitted.fileIndex(i));
        }
        return new Ids(firstFileIndex.keySet(), omitted.everyIdRead());
    }

    private void unique(String collection, Map<String, Integer> firstFileIndex, String id, int fileIndex) {
        Integer other = firstFileIndex.putIfAbsent(id, fileIndex);
        if (other != null) {
            int first = Math.min(other, fileIndex);
            firstFileIndex.put(id, first);
            report(inFile(collection, Math.max(other, fileIndex), "id"), "duplicate id \"%s\" (already used by %s) — expected ids to be unique"
                    .formatted(id, inFile(collection, first, null).get()));
        }
    }

    private void checkNameTokensDoNotClash() {
        for (int i = 0; i < dataset.places().size(); i++) {
            String id = dataset.places().get(i).id();
            if (islandIds.known().contains(id)) {
                report(path("places", i, "id"), "id \"%s\" is also an island id — expected place and island ids to differ, since {{%s}} must name one thing".formatted(id, id));
            }
        }
    }

    private void checkActors() {
        for (int i = 0; i < dataset.actors().size(); i++) {
            var actor = dataset.actors().get(i);
            checkOrder(actor.from(), actor.to(), path("actors", i, "to"));
        }
    }

    private void checkIslands() {
        for (int i = 0; i < dataset.islands().size(); i++) {
            var island = dataset.islands().get(i);
            if (island.partOf() != null) {
                ref(island.partOf(), islandIds, "island", path("islands", i, "partOf"));
                if (island.partOf().equals(island.id())) {
                    report(path("islands", i, "partOf"), "an island cannot be part of itself");
                }
            }
        }
    }

    private void checkAdministration() {
        Map<String, List<Integer>> byIsland = new HashMap<>();
        List<AdministrationPeriod> periods = dataset.administration();
        for (int i = 0; i < periods.size(); i++) {
            AdministrationPeriod period = periods.get(i);
            ref(period.islandId(), islandIds, "island", path("administration", i, "island"));
            ref(period.administratorId(), actorIds, "actor", path("administration", i, "administrator"));
            ref(period.beganWithEventId(), eventIds, "event", path("administration", i, "beganWith"));
            checkOrder(period.from(), period.to(), path("administration", i, "to"));
            byIsland.computeIfAbsent(period.islandId(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> indexes : byIsland.values()) {
            List<Integer> sorted = indexes.stream()
                    .filter(i -> periods.get(i).from() != null)
                    .sorted(Comparator.comparing(i -> periods.get(i).from()))
                    .toList();
            for (int k = 1; k < sorted.size(); k++) {
                AdministrationPeriod earlier = periods.get(sorted.get(k - 1));
                AdministrationPeriod later = periods.get(sorted.get(k));
                boolean overlaps = earlier.to() == null || earlier.to().startEpochDay() > later.from().startEpochDay();
                if (overlaps) {
                    report(path("administration", sorted.get(k), "from"),
                            "administration of \"%s\" from %s overlaps the period at %s (%s to %s) — expected periods of one island not to overlap"
                                    .formatted(later.islandId(), later.from(), path("administration", sorted.get(k - 1), null).get(),
                                            earlier.from(), earlier.to() == null ? "open end" : earlier.to()));
                }
            }
        }
    }

    private void checkClaims() {
        for (int i = 0; i < dataset.claims().size(); i++) {
            var claim = dataset.claims().get(i);
            ref(claim.islandId(), islandIds, "island", path("claims", i, "island"));
            ref(claim.claimantId(), actorIds, "actor", path("claims", i, "claimant"));
            if (claim.basisEventId() != null) {
                ref(claim.basisEventId(), eventIds, "event", path("claims", i, "basisEvent"));
            }
            checkOrder(claim.from(), claim.to(), path("claims", i, "to"));
            citations(claim.sources(), path("claims", i, "sources"));
            tokens(claim.basis(), path("claims", i, "basis"));
        }
    }

    private void checkBorders() {
        for (int i = 0; i < dataset.borders().size(); i++) {
            var border = dataset.borders().get(i);
            ref(border.beganWithEventId(), eventIds, "event", path("borders", i, "beganWith"));
            if (border.endedWithEventId() != null) {
                ref(border.endedWithEventId(), eventIds, "event", path("borders", i, "endedWith"));
            }
            checkOrder(border.from(), border.to(), path("borders", i, "to"));
            citations(border.sources(), path("borders", i, "sources"));
            tokens(border.label(), path("borders", i, "label"));
            tokens(border.note(), path("borders", i, "note"));
        }
    }

    private void checkEvents() {
        Map<TitleAndDate, Integer> titleAndDate = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            HistoricalEvent event = events.get(i);
            Path at = path("events", i, null);
            checkOrder(event.date(), event.endDate(), child(at, "endDate"));
            refs(event.actorIds(), actorIds, "actor", child(at, "actors"));
            refs(event.islandIds(), islandIds, "island", child(at, "islands"));
            refs(event.placeIds(), placeIds, "place", child(at, "places"));
            refs(event.relatedEventIds(), eventIds, "event", child(at, "related"));
            if (event.sources().isEmpty()) {
                report(child(at, "sources"), "expected at least one source for every event");
            }
            citations(event.sources(), child(at, "sources"));
            for (int q = 0; q < event.quotations().size(); q++) {
                citation(event.quotations().get(q).source(), child(child(at, "quotations", q), "source"));
            }
            for (int k = 0; k < event.interpretations().size(); k++) {
                Path interpretation = child(at, "interpretations", k);
                citation(event.interpretations().get(k).source(), child(interpretation, "source"));
                tokens(event.interpretations().get(k).text(), child(interpretation, "text"));
            }
            tokens(event.title(), child(at, "title"));
            tokens(event.summary(), child(at, "summary"));
            if (event.date() != null) {
                Integer twin = titleAndDate.putIfAbsent(new TitleAndDate(event.title(), event.date()), i);
                if (twin != null) {
                    report(child(at, "title"), "another event (%s) has the same title and date — expected each event once"
                            .formatted(path("events", twin, null).get()));
                }
            }
        }
    }

    private record TitleAndDate(String title, HistoricalDate date) {}

    private void checkPlaces() {
        for (int i = 0; i < dataset.places().size(); i++) {
            var place = dataset.places().get(i);
            if (place.islandId() != null) {
                ref(place.islandId(), islandIds, "island", path("places", i, "island"));
            }
        }
    }

    private void checkSources() {
        for (int i = 0; i < dataset.sources().size(); i++) {
            String url = dataset.sources().get(i).url();
            if (url != null && !WebLinks.isWebLink(url)) {
                report(path("sources", i, "url"), "\"%s\" is not an http or https link — expected a web address, other schemes are refused"
                        .formatted(url));
            }
        }
    }

    private void checkTours() {
        for (int t = 0; t < dataset.tours().size(); t++) {
            var tour = dataset.tours().get(t);
            Path tourPath = path("tours", t, null);
            for (int s = 0; s < tour.steps().size(); s++) {
                Path step = child(tourPath, "steps", s);
                ref(tour.steps().get(s).eventId(), eventIds, "event", child(step, "event"));
                tokens(tour.steps().get(s).caption(), child(step, "caption"));
            }
        }
    }

    private void checkGlossary() {
        for (int i = 0; i < dataset.glossary().size(); i++) {
            var entry = dataset.glossary().get(i);
            Path at = path("glossary", i, null);
            citations(entry.sources(), child(at, "sources"));
            refs(entry.relatedIds(), glossaryIds, "glossary entry", child(at, "related"));
            refs(entry.eventIds(), eventIds, "event", child(at, "events"));
            tokens(entry.definition(), child(at, "definition"));
        }
    }

    private void checkPolls() {
        for (int i = 0; i < dataset.polls().size(); i++) {
            var poll = dataset.polls().get(i);
            citation(poll.source(), path("polls", i, "source"));
            for (int r = 0; r < poll.rows().size(); r++) {
                int count = poll.rows().get(r).values().size();
                if (count != poll.answers().size()) {
                    report(child(child(path("polls", i, null), "rows", r), "values"),
                            String.format(Locale.ROOT, "%d values for %d answers — expected one value per answer", count, poll.answers().size()));
                }
            }
        }
    }

    // Paths are built only when a problem is reported: a valid 100,000-event file must not pay for them.

    private void tokens(String text, Path path) {
        if (text == null || text.indexOf("{{") < 0) {
            return;
        }
        NameResolver.forEachToken(text, id -> {
            if (!islandIds.resolves(id) && !placeIds.resolves(id)) {
                report(path, "{{%s}} names no island or place — expected an island or place id".formatted(id));
            }
        });
    }

    private void citations(List<Citation> citations, Path path) {
        for (int i = 0; i < citations.size(); i++) {
            int index = i;
            citation(citations.get(i), () -> JsonPaths.index(path.get(), index));
        }
    }

    private void citation(Citation citation, Path path) {
        ref(citation.sourceId(), sourceIds, "source", () -> JsonPaths.property(path.get(), "source"));
    }

    private void refs(List<String> ids, Ids known, String kind, Path path) {
        for (int i = 0; i < ids.size(); i++) {
            int index = i;
            ref(ids.get(i), known, kind, () -> JsonPaths.index(path.get(), index));
        }
    }

    private void ref(String id, Ids known, String kind, Path path) {
        if (id != null && !known.resolves(id)) {
            report(path, "\"%s\" is not a known %s id — expected a reference to an existing %s".formatted(id, kind, kind));
        }
    }

    private void checkOrder(HistoricalDate start, HistoricalDate end, Path endPath) {
        if (start != null && end != null && end.endEpochDayExclusive() <= start.startEpochDay()) {
            report(endPath, "%s comes before the start %s — expected the end not to precede the start".formatted(end, start));
        }
    }

    /** A JSON path, built on demand. */
    @FunctionalInterface
    private interface Path extends Supplier<String> {}

    /** The {@code index}th mapped element of {@code collection}, or its {@code field}, named by where it stands in the file. */
    private Path path(String collection, int index, String field) {
        return () -> inFile(collection, mapped.omitted(collection).fileIndex(index), field).get();
    }

    private static Path inFile(String collection, int fileIndex, String field) {
        return () -> {
            String item = JsonPaths.index(JsonPaths.property(JsonPaths.ROOT, collection), fileIndex);
            return field == null ? item : JsonPaths.property(item, field);
        };
    }

    private static Path child(Path parent, String field) {
        return () -> JsonPaths.property(parent.get(), field);
    }

    private static Path child(Path parent, String field, int index) {
        return () -> JsonPaths.index(JsonPaths.property(parent.get(), field), index);
    }

    private void report(Path path, String message) {
        problems.add(json.problem(path.get(), message));
    }


}
