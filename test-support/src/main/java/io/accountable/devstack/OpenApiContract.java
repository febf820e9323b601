package io.accountable.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A service's exported OpenAPI document ({@code docs/openapi/<service>.json}) as a judge of the
 * answers the service gives: for a request's method and path it finds the documented operation and
 * says what of a response (status, media type, required headers, body) the document does not allow.
 * Bodies are checked with the operation's own JSON Schema (draft 2020-12, as OpenAPI 3.1 defines it),
 * with its {@code $ref}s resolved in the document's components.
 */
public final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, OpenApiContract> LOADED = new ConcurrentHashMap<>();

    private final String name;
    private final JsonNode document;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private OpenApiContract(String name, JsonNode document) {
        this.name = name;
        this.document = document;
        document.path("paths").fields().forEachRemaining(path -> routes.add(new Route(path.getKey())));
        // a literal segment beats a parameter: /api/clients/overdue before /api/clients/{id}
        routes.sort(Comparator.comparingInt((Route route) -> route.parameters).thenComparing(route -> -route.template.length()));
    }

    /** The document of {@code service} in the checkout the test runs in. */
    public static OpenApiContract of(String service) {
        return LOADED.computeIfAbsent(service, s -> {
            Path file = docs().resolve(s + ".json");
            try {
                return new OpenApiContract(s, JSON.readTree(Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the OpenAPI document " + file, e);
            }
        });
    }

    /**
     * What the document does not allow in this answer; empty when it conforms or when the path is not
     * in the document (the framework's own endpoints under /q).
     *
     * @param headers the response's headers, looked up by name case-insensitively
     */
    public List<String> mismatches(String method, String path, int status, String contentType,
            Function<String, String> headers, String body) {
        Optional<Route> route = routes.stream().filter(r -> r.pattern.matcher(path).matches()).findFirst();
        if (route.isEmpty()) {
            return List.of();
        }
        String template = route.get().template;
        String operationPointer = "/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT);
        String where = method + " " + template + " → " + status + " (" + name + ")";
        if (document.at(operationPointer).isMissingNode()) {
            return status == 405 ? List.of() : List.of(where + ": the document has no " + method + " on this path");
        }
        String responsePointer = operationPointer + "/responses/" + status;
        if (document.at(responsePointer).isMissingNode()) {
            return List.of(where + ": status " + status + " is not documented for this operation");
        }
        responsePointer = followRef(responsePointer);
        JsonNode response = document.at(responsePointer);
        List<String> mismatches = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> documentedHeaders = response.path("headers").fields();
        while (documentedHeaders.hasNext()) {
            Map.Entry<String, JsonNode> header = documentedHeaders.next();
            if (header.getValue().path("required").asBoolean(false) && headers.apply(header.getKey()) == null) {
                mismatches.add(where + ": the required header " + header.getKey() + " is missing");
            }
        }
        JsonNode content = response.path("content");
        boolean hasBody = body != null && !body.isEmpty();
        if (!hasBody) {
            if (content.size() > 0 && !"HEAD".equals(method) && status != 304) {
                mismatches.add(where + ": the document promises a body, the response has none");
            }
            return mismatches;
        }
        if (content.isEmpty()) {
            mismatches.add(where + ": the document declares no body, the response has one (" + contentType + ")");
            return mismatches;
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!content.has(mediaType)) {
            mismatches.add(where + ": media type " + mediaType + " is not documented; the document has " + fieldNames(content));
            return mismatches;
        }
        if (!mediaType.endsWith("json") || !content.path(mediaType).has("schema")) {
            return mismatches;
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            mismatches.add(where + ": the body is not JSON: " + e.getMessage());
            return mismatches;
        }
        String schemaPointer = responsePointer + "/content/" + escape(mediaType) + "/schema";
        Set<ValidationMessage> errors = schema(schemaPointer).validate(instance);
        errors.forEach(error -> mismatches.add(where + ": " + error.getMessage()));
        return mismatches;
    }

    /** The pointer a response {@code $ref} (to components/responses) leads to, or the pointer itself. */
    private String followRef(String pointer) {
        JsonNode ref = document.at(pointer).get("$ref");
        return ref == null ? pointer : followRef(ref.asText().substring(1));
    }

    /**
     * The schema at {@code pointer}, resolved within the whole document: the document itself becomes the
     * root schema, with a {@code $ref} to the pointer; its other members are no JSON Schema keywords and count for nothing.
     */
    private JsonSchema schema(String pointer) {
        return schemas.computeIfAbsent(pointer, p -> {
            ObjectNode root = document.deepCopy();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.put("$id", "urn:accountable:openapi:" + name);
            root.put("$ref", "#" + p);
            return factory.getSchema(root, config);
        });
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** docs/openapi of the checkout the test runs in (tests run in a module folder below it). */
    private static Path docs() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs").resolve("openapi");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No docs/openapi folder above " + Path.of("").toAbsolutePath());
    }

    /** A documented path template, as a pattern for request paths. */
    private static final class Route {

        final String template;
        final Pattern pattern;
        final int parameters;

        Route(String template) {
            this.template = template;
            StringBuilder regex = new StringBuilder();
            int count = 0;
            for (String part : template.split("(?=\\{)|(?<=})")) {
                if (part.startsWith("{")) {
                    regex.append("[^/]+");
                    count++;
                } else {
                    regex.append(Pattern.quote(part));
                }
            }
            this.pattern = Pattern.compile(regex + "/?");
            this.parameters = count;
        }
    }
}
