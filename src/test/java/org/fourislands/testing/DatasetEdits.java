package org.fourislands.testing;

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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The bundled dataset broken in small random ways, as a teacher's hand edits break it: a
 * character deleted or typed by mistake, a file cut short, another editor's encoding, a property
 * removed, renamed or given a value of the wrong kind, an element copied, emptied or moved
 * elsewhere. Seeded, so that an edit that finds a fault can be made again; each edit says
 * what it did.
 */
public final class DatasetEdits {

    /** One edited copy of the file, and what was done to it. */
    public record Edited(byte[] bytes, String what) {}

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

    private final byte[] bundled;
    private final JsonNode original;
    private final Random random;

    public DatasetEdits(long seed) {
        try {
            bundled = Files.readAllBytes(Path.of("data/four-islands.json"));
            original = JSON.readTree(bundled);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        random = new Random(seed);
    }

    /** An edit of any kind: of the text one time in four, else of the JSON's values. */
    public Edited next() {
        return random.nextInt(4) == 0 ? editText() : editValues();
    }

    /** One to three edits of the JSON's values, written back as JSON: many of these still load. */
    public Edited editValues() {
        JsonNode copy = original.deepCopy();
        List<String> what = new ArrayList<>();
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            what.add(editOne(copy));
        }
        try {
            return new Edited(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(copy), String.join("; ", what));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Edited editText() {
        int kind = random.nextInt(6);
        if (kind >= 4) {
            return editBytes(kind == 4);
        }
        StringBuilder text = new StringBuilder(new String(bundled, StandardCharsets.UTF_8));
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
    private Edited editBytes(boolean byteOrderMark) {
        int at = byteOrderMark ? 0 : random.nextInt(bundled.length);
        byte[] inserted = byteOrderMark ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF} : new byte[] {(byte) 0xE9};
        byte[] edited = new byte[bundled.length + inserted.length];
        System.arraycopy(bundled, 0, edited, 0, at);
        System.arraycopy(inserted, 0, edited, at, inserted.length);
        System.arraycopy(bundled, at, edited, at + inserted.length, bundled.length - at);
        return new Edited(edited, byteOrderMark ? "byte-order mark added" : "byte 0xE9 inserted at offset " + at);
    }

    private String editOne(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        collectContainers(root, "$", containers, paths);
        int chosen = random.nextInt(containers.size());
        JsonNode container = containers.get(chosen);
        String path = paths.get(chosen);
        JsonNode odd = ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
        if (container instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            String done = switch (random.nextInt(4)) {
                case 0 -> {
                    object.remove(name);
                    yield "removed";
                }
                case 1 -> {
                    object.set(name, odd);
                    yield "set to " + abbreviated(odd);
                }
                case 2 -> {
                    object.set(name, anyChild(containers.get(random.nextInt(containers.size()))).deepCopy());
                    yield "set to a value from elsewhere";
                }
                default -> {
                    object.set(name + "s", odd);
                    yield "misspelt as " + name + "s";
                }
            };
            return path + "." + name + " " + done;
        }
        if (container instanceof ArrayNode array && !array.isEmpty()) {
            int index = random.nextInt(array.size());
            String done = switch (random.nextInt(4)) {
                case 0 -> {
                    array.remove(index);
                    yield "removed";
                }
                case 1 -> {
                    array.add(array.get(index).deepCopy());
                    yield "copied to the end";
                }
                case 2 -> {
                    array.set(index, odd);
                    yield "set to " + abbreviated(odd);
                }
                default -> {
                    array.removeAll();
                    yield "and all beside it removed";
                }
            };
            return path + "[" + index + "] " + done;
        }
        return path + " left (empty)";
    }

    private static String abbreviated(JsonNode value) {
        String text = value.toString();
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }

    private JsonNode anyChild(JsonNode container) {
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
            node.properties().forEach(p -> collectContainers(p.getValue(), path + "." + p.getKey(), containers, paths));
        } else {
            for (int i = 0; i < node.size(); i++) {
                collectContainers(node.get(i), path + "[" + i + "]", containers, paths);
            }
        }
    }
}
