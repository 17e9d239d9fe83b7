package org.fourislands.core.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads JSON bytes into a tree while recording where each value starts, so that later passes
 * can report {@code file:line:column}. Rejects, with a located problem, what a teacher's editor
 * can silently produce: a byte-order mark, bytes that are not UTF-8, an empty file, duplicate
 * keys, and files too large or too deeply nested to be a real dataset.
 */
final class LocatedJsonReader {

    /** Limits that comfortably fit a 100,000-event dataset but stop hostile or broken files. */
    record Limits(long maxBytes, int maxNestingDepth, int maxStringLength) {
        static final Limits DEFAULT = new Limits(64L * 1024 * 1024, 64, 1_000_000);
    }

    private final Limits limits;
    private final JsonFactory factory;

    LocatedJsonReader(Limits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxDocumentLength(limits.maxBytes())
                        .build())
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** The parsed tree, or the problems that stopped parsing. */
    sealed interface Result permits Parsed, Unreadable {}

    record Parsed(LocatedJson json) implements Result {}

    record Unreadable(List<DatasetProblem> problems) implements Result {}

    Result read(String file, byte[] bytes) {
        // Where the dataset's object should begin, so that these read like every other problem: file:1:1 $.
        if (bytes.length == 0) {
            return unreadable(file, 1, 1, JsonPaths.ROOT, "the file is empty (expected a JSON object)");
        }
        if (bytes.length > limits.maxBytes()) {
            return unreadable(file, 0, 0, tooLarge(bytes.length, limits.maxBytes()));
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return unreadable(file, 1, 1, JsonPaths.ROOT, "the file starts with a UTF-8 byte-order mark (expected plain UTF-8; save it without BOM)");
        }
        DatasetProblem encoding = checkUtf8(file, bytes);
        if (encoding != null) {
            return new Unreadable(List.of(encoding));
        }
        if (isBlank(bytes)) {
            return unreadable(file, 1, 1, JsonPaths.ROOT, "the file holds only white space (expected a JSON object)");
        }
        try {
            JsonNode root = parse(bytes, null);
            return new Parsed(new LocatedJson(file, root, () -> locate(bytes)));
        } catch (StreamConstraintsException e) {
            return unreadable(file, e.getLocation(), describeConstraint(e));
        } catch (JsonProcessingException e) {
            String path = e.getProcessor() instanceof JsonParser parser ? pathOf(parser) : "";
            return unreadable(file, e.getLocation(), path, "JSON syntax error: " + SyntaxMessages.plain(e.getOriginalMessage()));
        } catch (IOException e) {
            return unreadable(file, null, "could not be read: " + e.getMessage());
        }
    }

    /**
     * Parses the document. With {@code locations} non-null it also records where each value
     * starts; that costs a path string per value, so it is done only once a problem needs a
     * location (see {@link LocatedJson}).
     */
    private JsonNode parse(byte[] bytes, Map<String, long[]> locations) throws IOException {
        try (JsonParser parser = factory.createParser(bytes)) {
            try {
                parser.nextToken();
                JsonNode root = readValue(parser, JsonPaths.ROOT, locations);
                if (parser.nextToken() != null) {
                    throw new JsonParseException(parser, "unexpected content after the end of the JSON document");
                }
                return root;
            } catch (StreamConstraintsException e) {
                // Jackson reports limits without a location; the parser still knows where it stopped.
                throw e.getLocation() != null ? e : new StreamConstraintsException(e.getOriginalMessage(), parser.currentTokenLocation());
            }
        }
    }

    /**
     * Where the parser stopped, as a JSON path ("$.events[3].title"), from its parsing context:
     * the property or array element it was in, or after.
     */
    private static String pathOf(JsonParser parser) {
        return pathOf(parser.getParsingContext());
    }

    /** The path of the object or array the parser is in, without the property or element it was at. */
    private static String pathOfContainer(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        return context.inRoot() ? JsonPaths.ROOT : pathOf(context.getParent());
    }

    private static String pathOf(JsonStreamContext innermost) {
        Deque<JsonStreamContext> outermostFirst = new ArrayDeque<>();
        for (JsonStreamContext context = innermost; context != null && !context.inRoot(); context = context.getParent()) {
            outermostFirst.push(context);
        }
        String path = JsonPaths.ROOT;
        for (JsonStreamContext context : outermostFirst) {
            if (context.inArray()) {
                path = JsonPaths.index(path, Math.max(0, context.getCurrentIndex()));
            } else if (context.getCurrentName() != null) {
                path = JsonPaths.property(path, context.getCurrentName());
            }
        }
        return path;
    }

    private Map<String, long[]> locate(byte[] bytes) {
        Map<String, long[]> locations = new HashMap<>();
        try {
            parse(bytes, locations);
        } catch (IOException e) {
            throw new IllegalStateException("a document that parsed once failed to parse again", e);
        }
        return locations;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    static String tooLarge(long size, long maxBytes) {
        return String.format(Locale.ROOT, "the file is %,d bytes, more than the limit of %,d bytes (expected a dataset file, not something else)",
                size, maxBytes);
    }

    private String describeConstraint(StreamConstraintsException e) {
        String message = e.getOriginalMessage();
        if (message.contains("nesting depth")) {
            return String.format(Locale.ROOT, "nesting too deep (more than %d levels; expected the dataset's shallow structure)", limits.maxNestingDepth());
        }
        if (message.contains("String value length")) {
            return String.format(Locale.ROOT, "a string is longer than %,d characters", limits.maxStringLength());
        }
        return message;
    }

    private JsonNode readValue(JsonParser parser, String path, Map<String, long[]> locations) throws IOException {
        if (locations != null) {
            JsonLocation start = parser.currentTokenLocation();
            locations.put(path, new long[] {start.getLineNr(), start.getColumnNr()});
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, readValue(parser, locations == null ? path : JsonPaths.property(path, name), locations));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser, locations == null ? path : JsonPaths.index(path, index), locations));
                    index++;
                }
                yield array;
            }
            case VALUE_STRING -> nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> nodes.numberNode(parser.getIntValue());
                case LONG -> nodes.numberNode(parser.getLongValue());
                default -> nodes.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            default -> throw new IllegalStateException("unexpected token " + parser.currentToken());
        };
    }

    /** Locates the first byte sequence that is not UTF-8, by line, column and JSON path; null if all is well. */
    private DatasetProblem checkUtf8(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // Decode in chunks into one small buffer: only validity matters, not the characters.
        CharBuffer scratch = CharBuffer.allocate(64 * 1024);
        CoderResult result;
        do {
            scratch.clear();
            result = decoder.decode(in, scratch, true);
        } while (result.isOverflow());
        if (!result.isError()) {
            return null;
        }
        int offset = in.position();
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new DatasetProblem(file, line, column, pathAt(bytes, offset),
                String.format(Locale.ROOT, "byte 0x%02X at offset %d is not valid UTF-8 (expected the file to be saved as UTF-8)",
                        bytes[offset] & 0xFF, offset));
    }

    /**
     * The JSON path of the value that holds byte {@code offset}: the document is read up to that
     * byte, and the parser's context says where the cut fell. A cut inside a string value names
     * that value ("$.events[0].title"); a cut anywhere else (in a property's name, a number,
     * between values) names the object or array around it.
     */
    private String pathAt(byte[] bytes, int offset) {
        try (JsonParser parser = factory.createParser(bytes, 0, offset)) {
            try {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token == JsonToken.VALUE_STRING) {
                        // Jackson decodes a string only when asked: a cut inside it fails here.
                        try {
                            parser.getText();
                        } catch (IOException cutInString) {
                            return pathOf(parser);
                        }
                    }
                }
            } catch (IOException cutElsewhere) {
                return pathOfContainer(parser);
            }
            return JsonPaths.ROOT;
        } catch (IOException e) {
            return JsonPaths.ROOT;
        }
    }

    private static Unreadable unreadable(String file, long line, long column, String message) {
        return unreadable(file, line, column, "", message);
    }

    private static Unreadable unreadable(String file, long line, long column, String path, String message) {
        return new Unreadable(List.of(new DatasetProblem(file, (int) line, (int) column, path, message)));
    }

    private static Unreadable unreadable(String file, JsonLocation at, String message) {
        return unreadable(file, at, "", message);
    }

    private static Unreadable unreadable(String file, JsonLocation at, String path, String message) {
        return at == null ? unreadable(file, 0, 0, path, message) : unreadable(file, at.getLineNr(), at.getColumnNr(), path, message);
    }
}
