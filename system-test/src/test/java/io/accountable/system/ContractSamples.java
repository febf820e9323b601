package io.accountable.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Values that fit a contract's schemas: the documented examples where there are some, otherwise the
 * least surprising value of the type. Ids are random, so they name nothing that exists.
 */
final class ContractSamples {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Strings that between them fit every pattern the contracts use; the first that fits is taken. */
    private static final List<String> PATTERN_FITS = List.of("Acme Holdings", "US", "USD", "100.00", "+1 212 555 0100", "api",
            "PLATINUM", "https://hooks.example.invalid/accountable", "accountable.client.*", "legalName");

    /**
     * Path parameters whose format the contract gives only in words (a description and an example). A
     * period far in the future exists in format but is never over, so closing it is refused.
     */
    private static final Map<String, String> WORDED_FORMATS = Map.of("period", "2199-12");

    private final OpenApiContract contract;
    private final Random random;

    ContractSamples(OpenApiContract contract, Random random) {
        this.contract = contract;
        this.random = random;
    }

    UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    /** A value of a path or query parameter; a parameter named executiveId takes {@code executive}. */
    String parameter(OpenApiContract.Parameter parameter, UUID executive) {
        if (parameter.name().equals("executiveId")) {
            return executive.toString();
        }
        if (WORDED_FORMATS.containsKey(parameter.name())) {
            return WORDED_FORMATS.get(parameter.name());
        }
        JsonNode schema = contract.resolve(parameter.schema());
        boolean freeText = schema.path("type").asText().equals("string") && !schema.has("format") && !schema.has("pattern")
                && !schema.has("enum") && parameter.example() == null;
        // free text names something (a tier code, a staff member, an event type): one that does not exist
        return freeText ? "system-test-" + uuid().toString().substring(0, 8) : value(schema).asText();
    }

    /**
     * The operation's path and query with every path parameter and every required query parameter
     * filled; {@code given} overrides any of them by name (a null value leaves the parameter out).
     */
    String target(OpenApiContract.Operation operation, UUID executive, Map<String, String> given) {
        String path = operation.path();
        for (OpenApiContract.Parameter parameter : operation.in("path")) {
            String value = given.containsKey(parameter.name()) ? given.get(parameter.name()) : parameter(parameter, executive);
            path = path.replace("{" + parameter.name() + "}", encode(value));
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (OpenApiContract.Parameter parameter : operation.in("query")) {
            if (given.containsKey(parameter.name())) {
                if (given.get(parameter.name()) != null) {
                    query.put(parameter.name(), given.get(parameter.name()));
                }
            } else if (parameter.required()) {
                query.put(parameter.name(), parameter(parameter, executive));
            }
        }
        return query.isEmpty() ? path : path + "?" + query.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** A value that fits {@code schema}. */
    JsonNode value(JsonNode schema) {
        JsonNode resolved = contract.resolve(schema);
        if (OpenApiContract.example(resolved).isPresent()) {
            return OpenApiContract.example(resolved).get().deepCopy();
        }
        if (resolved.has("enum")) {
            return resolved.path("enum").get(0).deepCopy();
        }
        return switch (resolved.path("type").asText("object")) {
            case "object" -> object(resolved);
            case "array" -> array(resolved);
            case "string" -> NODES.textNode(string(resolved));
            case "integer", "number" -> NODES.numberNode(least(resolved));
            case "boolean" -> NODES.booleanNode(true);
            default -> throw new IllegalStateException("No sample for schema " + resolved);
        };
    }

    private ObjectNode object(JsonNode schema) {
        ObjectNode object = NODES.objectNode();
        if (schema.has("properties")) {
            schema.path("properties").properties().forEach(property -> object.set(property.getKey(), value(property.getValue())));
        } else if (schema.has("additionalProperties")) {
            object.set("key", value(schema.path("additionalProperties")));
        }
        return object;
    }

    private ArrayNode array(JsonNode schema) {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < Math.max(1, schema.path("minItems").asInt(0)); i++) {
            array.add(value(schema.path("items")));
        }
        return array;
    }

    private String string(JsonNode schema) {
        switch (schema.path("format").asText("")) {
            case "uuid":
                return uuid().toString();
            case "date":
                return LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
            case "date-time":
                return Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
            default:
                break;
        }
        if (schema.has("pattern")) {
            String pattern = schema.path("pattern").asText();
            return PATTERN_FITS.stream().filter(candidate -> !violatesPattern(pattern, candidate)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No sample fits the pattern " + pattern + "; add one to PATTERN_FITS"));
        }
        String text = PATTERN_FITS.get(0);
        int minLength = schema.path("minLength").asInt(0);
        return text.length() >= minLength ? text : text + "x".repeat(minLength - text.length());
    }

    private static long least(JsonNode schema) {
        long value = schema.has("minimum") ? (long) Math.ceil(schema.path("minimum").asDouble())
                : schema.has("exclusiveMinimum") ? (long) Math.floor(schema.path("exclusiveMinimum").asDouble()) + 1 : 1;
        return schema.has("maximum") ? Math.min(value, (long) schema.path("maximum").asDouble()) : value;
    }

    /**
     * Whether {@code value} breaks {@code pattern} as the services check it. Bean Validation's
     * {@code @Pattern} matches the whole value; the contracts' {@code \S} is how {@code @NotBlank}
     * is exported, which a value breaks by being blank.
     */
    static boolean violatesPattern(String pattern, String value) {
        if (pattern.equals("\\S")) {
            return value.isBlank();
        }
        return !Pattern.compile(pattern).matcher(value).matches();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
