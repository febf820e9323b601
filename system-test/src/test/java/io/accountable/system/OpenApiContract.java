package io.accountable.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A service's exported API contract (docs/openapi/&lt;service&gt;.json), read as the tests' source of
 * truth: which operations exist, which roles each allows, and what their parameters and bodies look like.
 */
final class OpenApiContract {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    final String service;
    private final JsonNode document;

    private OpenApiContract(String service, JsonNode document) {
        this.service = service;
        this.document = document;
    }

    static OpenApiContract of(String service) {
        Path file = RunningSystem.root().resolve("docs/openapi").resolve(service + ".json");
        try {
            return new OpenApiContract(service, JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("The exported contract " + file + " is unreadable", e);
        }
    }

    /**
     * One operation. {@code roles} is empty when the operation documents no security requirement, that
     * is, when it is public; otherwise it holds the roles of its bearer requirement.
     */
    record Operation(String method, String path, List<String> roles, List<Parameter> parameters, JsonNode bodySchema) {

        boolean isPublic() {
            return roles.isEmpty();
        }

        boolean allows(String role) {
            return roles.contains(role);
        }

        List<Parameter> in(String location) {
            return parameters.stream().filter(parameter -> parameter.in().equals(location)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record Parameter(String name, String in, boolean required, JsonNode schema, JsonNode example) {
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            JsonNode operation = entry.getValue();
            List<Parameter> parameters = new ArrayList<>();
            operation.path("parameters").forEach(parameter -> parameters.add(new Parameter(parameter.path("name").asText(),
                    parameter.path("in").asText(), parameter.path("required").asBoolean(false), resolve(parameter.path("schema")),
                    parameter.get("example"))));
            JsonNode body = operation.path("requestBody").path("content").path("application/json").get("schema");
            operations.add(new Operation(entry.getKey().toUpperCase(), path.getKey(), roles(operation), List.copyOf(parameters),
                    body == null ? null : resolve(body)));
        }));
        return operations;
    }

    /**
     * A schema with its {@code $ref} followed. The exported documents are OpenAPI 3.1, where a
     * {@code $ref} may have siblings (a description, an example); being the more specific, they win.
     */
    JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = ref.asText().substring("#/components/schemas/".length());
        JsonNode target = document.path("components").path("schemas").get(name);
        if (target == null) {
            throw new IllegalStateException(service + ": unresolvable " + ref.asText());
        }
        ObjectNode merged = resolve(target).deepCopy();
        for (Map.Entry<String, JsonNode> sibling : schema.properties()) {
            if (!sibling.getKey().equals("$ref")) {
                merged.set(sibling.getKey(), sibling.getValue());
            }
        }
        return merged;
    }

    /** A schema's example: OpenAPI 3.1's {@code examples} list, or the older single {@code example}. */
    static Optional<JsonNode> example(JsonNode schema) {
        if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
            return Optional.of(schema.path("examples").get(0));
        }
        return Optional.ofNullable(schema.get("example"));
    }

    private static List<String> roles(JsonNode operation) {
        List<String> roles = new ArrayList<>();
        operation.path("security").forEach(requirement -> requirement.properties()
                .forEach(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
        return List.copyOf(roles);
    }
}
