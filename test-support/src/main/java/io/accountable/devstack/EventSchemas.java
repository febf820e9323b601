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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The event catalogue ({@code docs/asyncapi.yaml} and the JSON Schemas in
 * {@code docs/events/<type>.schema.json}, JSON Schema draft-07 as the AsyncAPI document declares), for
 * producers' tests to check what they emit: a type missing from the catalogue fails as surely as a bad payload.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventSchemas() {
    }

    /** Fails with the schema's complaints unless {@code payload} is a valid event of {@code type}. */
    public static void assertValid(String type, String payload) {
        Path schemaFile = catalogue().resolve(type + ".schema.json");
        if (!asyncApiMessageNames().contains(type)) {
            throw new AssertionError("Event type " + type + " has no message in docs/asyncapi.yaml");
        }
        if (!Files.exists(schemaFile)) {
            throw new AssertionError("Event type " + type + " is not in the catalogue: no " + schemaFile);
        }
        try {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
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

    /** The {@code name} of every message in docs/asyncapi.yaml, which is the event's CloudEvents type. */
    public static Set<String> asyncApiMessageNames() {
        try (Stream<String> lines = Files.lines(catalogue().getParent().resolve("asyncapi.yaml"))) {
            return lines.map(String::strip).filter(line -> line.startsWith("name: "))
                    .map(line -> line.substring("name: ".length()).strip()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every type with a payload schema in docs/events. */
    public static Set<String> schemaTypes() {
        try (Stream<Path> files = Files.list(catalogue())) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".schema.json"))
                    .map(name -> name.substring(0, name.length() - ".schema.json".length())).collect(Collectors.toSet());
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
