package io.accountable.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The event catalogue's JSON Schemas ({@code docs/events/<type>.schema.json}), for producers' tests
 * to check what they emit: a type missing from the catalogue fails as surely as a bad payload.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventSchemas() {
    }

    /** Fails with the schema's complaints unless {@code payload} is a valid event of {@code type}. */
    public static void assertValid(String type, String payload) {
        Path schemaFile = catalogue().resolve(type + ".schema.json");
        if (!Files.exists(schemaFile)) {
            throw new AssertionError("Event type " + type + " is not in the catalogue: no " + schemaFile);
        }
        try {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.newInputStream(schemaFile), SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            JsonNode event = JSON.readTree(payload);
            Set<ValidationMessage> errors = schema.validate(event);
            if (!errors.isEmpty()) {
                throw new AssertionError("A " + type + " payload breaks its schema: " + errors + "\n" + payload);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** docs/events of the checkout the test runs in (tests run in a module folder below it). */
    private static Path catalogue() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs").resolve("events");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No docs/events folder above " + Path.of("").toAbsolutePath());
    }
}
