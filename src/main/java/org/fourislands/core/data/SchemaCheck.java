package org.fourislands.core.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The structural pass: checks a parsed dataset against {@code four-islands.schema.json} with
 * the networknt validator, and turns each finding into a located {@link DatasetProblem}.
 * Thread-safe; the compiled schema is shared.
 */
final class SchemaCheck {

    static final String SCHEMA_RESOURCE = "/data/four-islands.schema.json";

    private final JsonSchema schema;

    SchemaCheck() {
        JsonNode schemaNode;
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + SCHEMA_RESOURCE);
            }
            schemaNode = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode, config);
    }

    /** What the schema pass found: its problems, and the parts of the file they reject. */
    record Result(List<DatasetProblem> problems, Rejected rejected) {

        /** No problems, nothing rejected: a file the schema accepts, or one checked by the build (the stamped bundled dataset). */
        static final Result VALID = new Result(List.of(), Rejected.NOTHING);
    }

    Result check(LocatedJson json) {
        Set<ValidationMessage> messages = schema.validate(json.root());
        if (messages.isEmpty()) {
            return Result.VALID;
        }
        List<DatasetProblem> problems = messages.stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(m -> json.problem(pathOf(m), describe(m)))
                .toList();
        return new Result(problems, Rejected.by(messages));
    }

    private static String pathOf(ValidationMessage message) {
        JsonNodePath location = message.getInstanceLocation();
        String path = JsonPaths.ROOT;
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path = element instanceof Integer index ? JsonPaths.index(path, index) : JsonPaths.property(path, element.toString());
        }
        return path;
    }

    /** What was expected, phrased for a teacher editing the file rather than for a schema author. */
    private static String describe(ValidationMessage message) {
        JsonNode found = message.getInstanceNode();
        return switch (message.getType()) {
            case "required" -> "missing required property \"" + message.getProperty() + "\"";
            case "additionalProperties" -> "unknown property \"" + message.getProperty() + "\" (check the spelling against docs/dataset.md)";
            case "type" -> "expected " + message.getArguments()[1] + ", found " + kindOf(found);
            case "pattern" -> isDatePattern(message)
                    ? found + " is not an ISO 8601 date (expected YYYY, YYYY-MM or YYYY-MM-DD)"
                    : isIdPattern(message)
                            ? found + " is not a valid id (expected lowercase letters, digits and single hyphens, e.g. \"1956-joint-declaration\")"
                            : found + " " + message.getError();
            case "enum" -> "expected one of " + message.getArguments()[0] + ", found " + found;
            case "const" -> "expected " + message.getArguments()[0] + ", found " + found;
            case "minItems" -> "expected at least " + message.getArguments()[0] + " item(s), found " + found.size();
            case "maximum" -> "expected at most " + message.getArguments()[0] + ", found " + found;
            case "minimum" -> "expected at least " + message.getArguments()[0] + ", found " + found;
            case "minLength" -> "expected at least " + message.getArguments()[0] + " character(s), found " + found;
            default -> message.getError();
        };
    }

    private static boolean isDatePattern(ValidationMessage message) {
        return message.getSchemaNode() != null && message.getSchemaNode().asText().startsWith("^-?[0-9]{4}");
    }

    private static boolean isIdPattern(ValidationMessage message) {
        return message.getSchemaNode() != null && message.getSchemaNode().asText().startsWith("^[a-z0-9]+");
    }

    private static String kindOf(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return "a string " + node;
        }
        if (node.isNumber()) {
            return "a number " + node;
        }
        if (node.isBoolean()) {
            return "a boolean " + node;
        }
        return node.isArray() ? "an array" : "an object";
    }
}
