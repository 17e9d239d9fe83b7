package org.fourislands.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.Island;
import org.fourislands.core.query.IndexedDataset;
import org.junit.jupiter.api.Test;

/**
 * The bundled dataset broken in many small random ways, as a teacher's hand edits break it: a
 * character deleted or typed by mistake, a file cut short, a property removed, renamed or given
 * a value of the wrong kind, an element copied, emptied or moved elsewhere. Whatever the edit,
 * the loader must answer with the dataset or with problems each located by line, column and
 * JSON path, and never throw; a dataset it accepts must index and answer status queries.
 *
 * <p>Seeded, so a failure names an edit that can be made again. This found the byte-order mark
 * and the byte that is not UTF-8 reported without a path (session 22).
 */
class MutatedDatasetTest {

    private static final int EDITS = 400;
    private static final long SEED = 20261124L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Values of the wrong kind or at the edges of the right one. */
    private static final List<JsonNode> ODD_VALUES = List.of(NullNode.instance, TextNode.valueOf(""), IntNode.valueOf(-1),
            DoubleNode.valueOf(1e308), BooleanNode.TRUE, NODES.arrayNode(), NODES.objectNode(), TextNode.valueOf("0000-00-00"),
            TextNode.valueOf("1945-02-29"), TextNode.valueOf("9999-12-31"), TextNode.valueOf("-9999"), TextNode.valueOf("1855-13"),
            TextNode.valueOf("japan"), TextNode.valueOf("etorofu-iturup"), TextNode.valueOf("x".repeat(5000)),
            TextNode.valueOf("{{nowhere}}"), TextNode.valueOf("\u0000"), IntNode.valueOf(Integer.MAX_VALUE), TextNode.valueOf("1798"));
    /** Characters a slip of the keyboard adds: JSON's own, a letter, a space, a line break, an accent, a NUL. */
    private static final String TYPED_BY_MISTAKE = "{}[],:\"\\0-e.tn \n\u00e9\u0000";

    @Test
    void everyEditLoadsOrIsReportedWithItsPlace() throws IOException {
        byte[] bundled = Files.readAllBytes(Path.of("data/four-islands.json"));
        JsonNode original = JSON.readTree(bundled);
        Random random = new Random(SEED);
        DatasetLoader loader = new DatasetLoader();
        List<String> failures = new ArrayList<>();
        int loaded = 0;
        for (int i = 0; i < EDITS; i++) {
            Edited edited = random.nextInt(4) == 0 ? editText(bundled, random) : editTree(original, random);
            try {
                LoadResult result = loader.load("edited.json", edited.bytes());
                if (result instanceof LoadResult.Loaded(Dataset dataset, String file)) {
                    loaded++;
                    queryEverything(dataset);
                } else {
                    List<DatasetProblem> problems = ((LoadResult.Failed) result).problems();
                    if (problems.isEmpty()) {
                        failures.add(edited.what() + ": failed with no problem listed");
                    }
                    for (DatasetProblem problem : problems) {
                        if (problem.line() < 1 || problem.column() < 1 || !problem.path().startsWith("$") || problem.message().isBlank()) {
                            failures.add(edited.what() + ": not located: " + problem);
                        }
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(edited.what() + ": threw " + e);
            }
        }
        assertThat(failures).isEmpty();
        // Both outcomes must be exercised for the test to mean anything.
        assertThat(loaded).isBetween(EDITS / 20, EDITS - EDITS / 20);
    }

    private static void queryEverything(Dataset dataset) {
        IndexedDataset indexed = IndexedDataset.of(dataset);
        dataset.coveredSpan();
        for (Island island : dataset.islands()) {
            indexed.statusIndex().segments(island.id());
            for (long day = -60_000; day < 25_000; day += 997) {
                indexed.statusIndex().statusOn(island.id(), day);
            }
        }
    }

    private record Edited(byte[] bytes, String what) {}

    private static Edited editText(byte[] bytes, Random random) {
        int kind = random.nextInt(6);
        if (kind >= 4) {
            return editBytes(bytes, random, kind == 4);
        }
        StringBuilder text = new StringBuilder(new String(bytes, StandardCharsets.UTF_8));
        int at = random.nextInt(text.length());
        String what = switch (kind) {
            case 0 -> {
                text.deleteCharAt(at);
                yield "character " + at + " deleted";
            }
            case 1 -> {
                char typed = TYPED_BY_MISTAKE.charAt(random.nextInt(TYPED_BY_MISTAKE.length()));
                text.insert(at, typed);
                yield "U+%04X typed at %d".formatted((int) typed, at);
            }
            case 2 -> {
                text.setLength(at);
                yield "cut short at " + at;
            }
            default -> {
                int length = Math.min(text.length() - at, 1 + random.nextInt(40));
                text.delete(at, at + length);
                yield length + " characters deleted at " + at;
            }
        };
        return new Edited(text.toString().getBytes(StandardCharsets.UTF_8), what);
    }

    /** What another editor's encoding leaves: a byte-order mark in front, or a Latin-1 é (0xE9) inside. */
    private static Edited editBytes(byte[] bytes, Random random, boolean byteOrderMark) {
        int at = byteOrderMark ? 0 : random.nextInt(bytes.length);
        byte[] inserted = byteOrderMark ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF} : new byte[] {(byte) 0xE9};
        byte[] edited = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, edited, 0, at);
        System.arraycopy(inserted, 0, edited, at, inserted.length);
        System.arraycopy(bytes, at, edited, at + inserted.length, bytes.length - at);
        return new Edited(edited, byteOrderMark ? "byte-order mark added" : "byte 0xE9 inserted at offset " + at);
    }

    private static Edited editTree(JsonNode original, Random random) throws IOException {
        JsonNode copy = original.deepCopy();
        List<String> what = new ArrayList<>();
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            what.add(editOne(copy, random));
        }
        return new Edited(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(copy), String.join("; ", what));
    }

    private static String editOne(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        collectContainers(root, JsonPaths.ROOT, containers, paths);
        int chosen = random.nextInt(containers.size());
        JsonNode container = containers.get(chosen);
        String path = paths.get(chosen);
        JsonNode odd = ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
        if (container instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name, odd);
                case 2 -> object.set(name, anyChild(containers.get(random.nextInt(containers.size())), random).deepCopy());
                default -> object.set(name + "s", odd);
            }
            return path + "." + name + " edited";
        }
        if (container instanceof ArrayNode array && !array.isEmpty()) {
            int index = random.nextInt(array.size());
            switch (random.nextInt(4)) {
                case 0 -> array.remove(index);
                case 1 -> array.add(array.get(index).deepCopy());
                case 2 -> array.set(index, odd);
                default -> array.removeAll();
            }
            return path + "[" + index + "] edited";
        }
        return path + " left (empty)";
    }

    private static JsonNode anyChild(JsonNode container, Random random) {
        if (container.isEmpty()) {
            return container;
        }
        List<JsonNode> children = new ArrayList<>();
        container.elements().forEachRemaining(children::add);
        return children.get(random.nextInt(children.size()));
    }

    private static void collectContainers(JsonNode node, String path, List<JsonNode> containers, List<String> paths) {
        if (!node.isContainerNode()) {
            return;
        }
        containers.add(node);
        paths.add(path);
        if (node.isObject()) {
            node.properties().forEach(p -> collectContainers(p.getValue(), JsonPaths.property(path, p.getKey()), containers, paths));
        } else {
            for (int i = 0; i < node.size(); i++) {
                collectContainers(node.get(i), JsonPaths.index(path, i), containers, paths);
            }
        }
    }
}
