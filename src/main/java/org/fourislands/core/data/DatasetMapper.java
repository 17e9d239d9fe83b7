package org.fourislands.core.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.fourislands.core.model.Actor;
import org.fourislands.core.model.AdministrationPeriod;
import org.fourislands.core.model.Border;
import org.fourislands.core.model.BorderKind;
import org.fourislands.core.model.Citation;
import org.fourislands.core.model.Claim;
import org.fourislands.core.model.ColourRole;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.EventCategory;
import org.fourislands.core.model.GeoPoint;
import org.fourislands.core.model.GlossaryEntry;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Interpretation;
import org.fourislands.core.model.Island;
import org.fourislands.core.model.IslandRole;
import org.fourislands.core.model.MapExtent;
import org.fourislands.core.model.Names;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Perspective;
import org.fourislands.core.model.Place;
import org.fourislands.core.model.Poll;
import org.fourislands.core.model.PollRow;
import org.fourislands.core.model.Quotation;
import org.fourislands.core.model.Source;
import org.fourislands.core.model.SourceKind;
import org.fourislands.core.model.Tour;
import org.fourislands.core.model.TourStep;
import org.fourislands.core.time.HistoricalDate;

/**
 * Turns the schema-valid parts of a JSON tree into domain records, leaving out what the schema
 * pass rejected. The schema has already fixed the shape of what is mapped, so this pass only
 * has to catch what a schema cannot: dates that match the pattern but do not exist
 * ({@code 1956-02-30}) and coordinates that are not positions.
 */
final class DatasetMapper {

    /**
     * The mapped dataset, with the mapped events also in file order, and what was left out of
     * each top-level array, so that problems can name an element by its index in the file.
     */
    record Mapped(Dataset dataset, List<HistoricalEvent> eventsInFileOrder, Map<String, Omitted> omitted) {

        /** What was left out of the top-level array {@code name}. */
        Omitted omitted(String name) {
            return omitted.getOrDefault(name, Omitted.NONE);
        }
    }

    /**
     * What the schema pass left out of one top-level array: where each mapped element stands in
     * the file, and the ids of the elements left out, by index in the file, where they can still
     * be read (a reference to one of them is not unknown: its element's own problem is reported).
     */
    static final class Omitted {

        /** Nothing left out: the mapped elements are the file's. */
        static final Omitted NONE = new Omitted(null, true);

        /** The file index of each mapped element; null when nothing was left out. */
        private final List<Integer> kept;
        private final SortedMap<Integer, String> ids = new TreeMap<>();
        private boolean everyIdRead;

        private Omitted(List<Integer> kept, boolean everyIdRead) {
            this.kept = kept;
            this.everyIdRead = everyIdRead;
        }

        /** Where the {@code index}th mapped element stands in the file. */
        int fileIndex(int index) {
            return kept == null ? index : kept.get(index);
        }

        /** The ids of the elements left out, by their index in the file. */
        SortedMap<Integer, String> ids() {
            return Collections.unmodifiableSortedMap(ids);
        }

        /** Whether every element left out has an id that could be read; if not, a reference may have meant one. */
        boolean everyIdRead() {
            return everyIdRead;
        }
    }

    private final LocatedJson json;
    private final Rejected rejected;
    private final List<DatasetProblem> problems = new ArrayList<>();
    private final Map<String, Omitted> omitted = new HashMap<>();

    DatasetMapper(LocatedJson json, Rejected rejected) {
        this.json = json;
        this.rejected = rejected;
    }

    List<DatasetProblem> problems() {
        return problems;
    }

    Mapped map() {
        JsonNode root = json.root();
        HistoricalDate defaultFrom = HistoricalDate.ofYear(1855);
        HistoricalDate defaultTo = HistoricalDate.ofYear(2024);
        if (root.has("defaultRange") && !rejected.property("defaultRange")) {
            String rangePath = JsonPaths.property(JsonPaths.ROOT, "defaultRange");
            defaultFrom = date(root.get("defaultRange"), "from", rangePath);
            defaultTo = date(root.get("defaultRange"), "to", rangePath);
        }
        List<HistoricalEvent> events = list(root, "events", this::event);
        Dataset dataset = new Dataset(
                text(root, "title"),
                defaultFrom,
                defaultTo,
                list(root, "actors", this::actor),
                list(root, "islands", this::island),
                list(root, "administration", this::administration),
                list(root, "claims", this::claim),
                list(root, "borders", this::border),
                events.stream().filter(e -> e.date() != null).toList(),
                list(root, "places", this::place),
                list(root, "sources", this::source),
                list(root, "tours", this::tour),
                list(root, "glossary", this::glossaryEntry),
                list(root, "polls", this::poll));
        return new Mapped(dataset, events, omitted);
    }

    private <T> List<T> list(JsonNode parent, String name, BiFunction<JsonNode, String, T> item) {
        List<T> items = new ArrayList<>();
        if (rejected.property(name)) {
            omitted.put(name, new Omitted(List.of(), false));
            return items;
        }
        JsonNode array = parent.get(name);
        if (array == null) {
            return items;
        }
        BitSet leaveOut = rejected.elements(name);
        Omitted left = leaveOut == null ? null : new Omitted(new ArrayList<>(), true);
        String arrayPath = JsonPaths.property(JsonPaths.ROOT, name);
        for (int i = 0; i < array.size(); i++) {
            if (left != null && leaveOut.get(i)) {
                leaveOut(left, name, i, array.get(i));
                continue;
            }
            items.add(item.apply(array.get(i), JsonPaths.index(arrayPath, i)));
            if (left != null) {
                left.kept.add(i);
            }
        }
        if (left != null) {
            omitted.put(name, left);
        }
        return items;
    }

    private void leaveOut(Omitted left, String array, int index, JsonNode element) {
        JsonNode id = element.path("id");
        if (id.isTextual() && !rejected.id(array, index)) {
            left.ids.put(index, id.asText());
        } else {
            left.everyIdRead = false;
        }
    }

    private Actor actor(JsonNode node, String path) {
        return new Actor(text(node, "id"), names(node.get("names")), text(node, "kind"),
                ColourRole.fromJson(text(node, "colourRole")), date(node, "from", path), date(node, "to", path));
    }

    private Island island(JsonNode node, String path) {
        return new Island(text(node, "id"), names(node.get("names")), IslandRole.valueOf(text(node, "role").toUpperCase(java.util.Locale.ROOT)),
                text(node, "partOf"), point(node.get("labelPoint")), text(node, "note"));
    }

    private AdministrationPeriod administration(JsonNode node, String path) {
        return new AdministrationPeriod(text(node, "island"), text(node, "administrator"), date(node, "from", path),
                date(node, "to", path), text(node, "beganWith"), text(node, "note"));
    }

    private Claim claim(JsonNode node, String path) {
        return new Claim(text(node, "island"), text(node, "claimant"), date(node, "from", path), date(node, "to", path),
                text(node, "basis"), text(node, "basisEvent"), citations(node.get("sources")));
    }

    private Border border(JsonNode node, String path) {
        JsonNode geometry = node.get("geometry");
        List<List<GeoPoint>> lines = new ArrayList<>();
        String coordinatesPath = JsonPaths.property(JsonPaths.property(path, "geometry"), "coordinates");
        if ("LineString".equals(geometry.get("type").asText())) {
            lines.add(line(geometry.get("coordinates"), coordinatesPath));
        } else {
            JsonNode parts = geometry.get("coordinates");
            for (int i = 0; i < parts.size(); i++) {
                lines.add(line(parts.get(i), JsonPaths.index(coordinatesPath, i)));
            }
        }
        BorderKind kind = "de-facto".equals(text(node, "kind")) ? BorderKind.DE_FACTO : BorderKind.TREATY;
        return new Border(text(node, "id"), text(node, "label"), kind, date(node, "from", path), date(node, "to", path),
                text(node, "beganWith"), text(node, "endedWith"), text(node, "note"), lines, citations(node.get("sources")));
    }

    private List<GeoPoint> line(JsonNode coordinates, String path) {
        List<GeoPoint> points = new ArrayList<>();
        if (!coordinates.isArray() || coordinates.size() < 2) {
            problems.add(json.problem(path, "expected a line of at least two [longitude, latitude] positions"));
            return points;
        }
        for (int i = 0; i < coordinates.size(); i++) {
            JsonNode position = coordinates.get(i);
            GeoPoint point = position.isArray() && position.size() == 2 && position.get(0).isNumber() && position.get(1).isNumber()
                    ? tryPoint(position.get(0).asDouble(), position.get(1).asDouble())
                    : null;
            if (point == null) {
                problems.add(json.problem(JsonPaths.index(path, i), "expected a [longitude, latitude] position in degrees, found " + position));
            } else {
                points.add(point);
            }
        }
        return points;
    }

    private static GeoPoint tryPoint(double lon, double lat) {
        return lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90 ? new GeoPoint(lon, lat) : null;
    }

    private HistoricalEvent event(JsonNode node, String path) {
        List<Quotation> quotations = List.of();
        JsonNode quotationNodes = node.path("quotations");
        if (!quotationNodes.isEmpty()) {
            quotations = new ArrayList<>();
            for (int i = 0; i < quotationNodes.size(); i++) {
                JsonNode q = quotationNodes.get(i);
                quotations.add(new Quotation(text(q, "text"), text(q, "speaker"),
                        date(q, "date", JsonPaths.index(JsonPaths.property(path, "quotations"), i)), text(q, "context"), citation(q.get("source"))));
            }
        }
        List<Interpretation> interpretations = List.of();
        if (!node.path("interpretations").isEmpty()) {
            interpretations = new ArrayList<>();
            for (JsonNode i : node.path("interpretations")) {
                interpretations.add(new Interpretation(Perspective.fromJson(text(i, "perspective")), text(i, "attribution"),
                        text(i, "text"), i.path("turningPoint").asBoolean(false), citation(i.get("source"))));
            }
        }
        return new HistoricalEvent(text(node, "id"), date(node, "date", path), date(node, "endDate", path), text(node, "title"),
                text(node, "summary"), EventCategory.fromJson(text(node, "category")), node.get("importance").asInt(),
                ids(node.get("actors")), ids(node.get("islands")), ids(node.get("places")), quotations, interpretations,
                citations(node.get("sources")), ids(node.get("related")), ids(node.get("tags")));
    }

    private Place place(JsonNode node, String path) {
        return new Place(text(node, "id"), names(node.get("names")), text(node, "kind"), point(node.get("coordinates")),
                text(node, "island"), text(node, "note"));
    }

    private Source source(JsonNode node, String path) {
        return new Source(text(node, "id"), text(node, "author"), text(node, "title"), text(node, "publisher"),
                date(node, "date", path), text(node, "url"), SourceKind.valueOf(text(node, "kind").toUpperCase(java.util.Locale.ROOT)),
                text(node, "note"));
    }

    private Tour tour(JsonNode node, String path) {
        List<TourStep> steps = new ArrayList<>();
        for (JsonNode step : node.get("steps")) {
            JsonNode view = step.get("view");
            MapExtent extent = null;
            if (view != null) {
                try {
                    extent = new MapExtent(view.get("west").asDouble(), view.get("south").asDouble(), view.get("east").asDouble(),
                            view.get("north").asDouble());
                } catch (IllegalArgumentException e) {
                    problems.add(json.problem(JsonPaths.property(JsonPaths.index(JsonPaths.property(path, "steps"), steps.size()), "view"),
                            "expected west < east and south < north"));
                }
            }
            steps.add(new TourStep(text(step, "event"), text(step, "caption"), extent));
        }
        List<EventCategory> categories = new ArrayList<>();
        JsonNode categoryNodes = node.path("categories");
        for (int i = 0; i < categoryNodes.size(); i++) {
            try {
                categories.add(EventCategory.fromJson(categoryNodes.get(i).asText()));
            } catch (IllegalArgumentException e) {
                problems.add(json.problem(JsonPaths.index(JsonPaths.property(path, "categories"), i),
                        "expected an event category, found " + categoryNodes.get(i)));
            }
        }
        return new Tour(text(node, "id"), text(node, "title"), text(node, "description"), categories, steps);
    }

    private GlossaryEntry glossaryEntry(JsonNode node, String path) {
        return new GlossaryEntry(text(node, "id"), text(node, "term"), ids(node.get("aliases")), text(node, "definition"),
                citations(node.get("sources")), ids(node.get("related")), ids(node.get("events")));
    }

    private Poll poll(JsonNode node, String path) {
        List<PollRow> rows = new ArrayList<>();
        for (JsonNode row : node.get("rows")) {
            List<Double> values = new ArrayList<>();
            row.get("values").forEach(v -> values.add(v.asDouble()));
            rows.add(new PollRow(text(row, "group"), values));
        }
        return new Poll(text(node, "id"), text(node, "title"), text(node, "question"), date(node, "year", path), text(node, "pollster"),
                text(node, "respondents"), ids(node.get("answers")), rows, text(node, "note"), citation(node.get("source")));
    }

    private HistoricalDate date(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        return HistoricalDate.tryParse(value.asText()).orElseGet(() -> {
            problems.add(json.problem(JsonPaths.property(path, field), HistoricalDate.problemWith(value.asText())));
            return null;
        });
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Names names(JsonNode node) {
        return new Names(text(node, "en"), text(node, "jaLatn"), text(node, "ja"), text(node, "ruLatn"), text(node, "ru"));
    }

    private static GeoPoint point(JsonNode node) {
        return node == null ? null : new GeoPoint(node.get(0).asDouble(), node.get(1).asDouble());
    }

    /** An immutable list, so that the records' {@code List.copyOf} keeps it instead of copying. */
    private static List<String> ids(JsonNode node) {
        if (node == null || node.isEmpty()) {
            return List.of();
        }
        String[] ids = new String[node.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = node.get(i).asText();
        }
        return List.of(ids);
    }

    private static Citation citation(JsonNode node) {
        return new Citation(text(node, "source"), text(node, "locator"));
    }

    private static List<Citation> citations(JsonNode node) {
        if (node == null || node.isEmpty()) {
            return List.of();
        }
        Citation[] citations = new Citation[node.size()];
        for (int i = 0; i < citations.length; i++) {
            citations[i] = citation(node.get(i));
        }
        return List.of(citations);
    }
}
