package org.fourislands.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic datasets of any size, in the bundled format: the bundled dataset's islands,
 * actors, periods, borders and sources, its own events, and as many generated point and range
 * events over 1855–2024 as asked for, with year, month and day precision mixed. Written to a
 * file so that the real loader and validator are measured.
 */
public final class SyntheticDataset {

    private static final String[] CATEGORIES = {"treaty", "diplomacy", "war", "administration", "military", "economy", "society"};

    private SyntheticDataset() {}

    public static Path write(int events, long seed, Path dir) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root;
        try (InputStream in = SyntheticDataset.class.getResourceAsStream("/data/four-islands.json")) {
            root = (ObjectNode) mapper.readTree(in);
        }
        ArrayNode list = (ArrayNode) root.get("events");
        List<String> actors = ids(root.get("actors"));
        List<String> islands = ids(root.get("islands"));
        List<String> sources = ids(root.get("sources"));
        SplittableRandom random = new SplittableRandom(seed);
        long first = LocalDate.of(1855, 1, 1).toEpochDay();
        long last = LocalDate.of(2024, 12, 31).toEpochDay();
        for (int i = list.size(); i < events; i++) {
            LocalDate date = LocalDate.ofEpochDay(random.nextLong(first, last));
            ObjectNode event = list.addObject();
            event.put("id", "synthetic-" + i);
            int precision = random.nextInt(10);
            event.put("date", precision == 0 ? Integer.toString(date.getYear())
                    : precision == 1 ? date.toString().substring(0, 7) : date.toString());
            if (random.nextInt(25) == 0) {
                event.put("endDate", date.plusDays(random.nextInt(3, 900)).toString());
            }
            event.put("title", "Synthetic event " + i + " near {{" + islands.get(random.nextInt(islands.size())) + "}}");
            event.put("summary", "A generated event for benchmarks, number " + i + ". It has no historical meaning.");
            event.put("category", CATEGORIES[random.nextInt(CATEGORIES.length)]);
            event.put("importance", 1 + random.nextInt(3));
            event.putArray("actors").add(actors.get(random.nextInt(actors.size())));
            event.putArray("islands").add(islands.get(random.nextInt(islands.size())));
            event.putArray("sources").addObject().put("source", sources.get(random.nextInt(sources.size())));
        }
        Path file = dir.resolve("synthetic-" + events + ".json");
        mapper.writeValue(file.toFile(), root);
        return file;
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get("id").asText()));
        return ids;
    }

    /** Writes {@code n} events to a temporary folder; used by tests and by hand. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("four-islands-synthetic");
        System.out.println(write(Integer.parseInt(args[0]), 42, dir));
    }
}
