package io.accountable.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Requests a service must refuse, made from its contract: for each operation's body, every member
 * of the wrong type, missing, too long, beyond its bounds, of a bad date, currency or enum value;
 * bodies that are not JSON, not UTF-8, too deep, empty or of the wrong media type; and query and
 * path parameters of the wrong type or out of range. Each request breaks a documented rule, so
 * none may be accepted. Mutations are made one at a time on a body that otherwise fits the
 * contract (so each reaches as far into the service as it can), then in pairs.
 */
final class HostileRequests {

    /** What to send, as whom, and what rule it breaks. */
    record Request(OpenApiContract.Operation operation, String breaks, String role, UUID subject, RawHttp.Call call) {

        Request {
            // the rule broken may name a control character; the report is one line per request
            breaks = breaks.codePoints().mapToObj(c -> c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : Character.toString(c))
                    .collect(Collectors.joining());
        }

        @Override
        public String toString() {
            return call + " as " + role + " (" + breaks + ")";
        }
    }

    /** One change to a body: {@code value} replaces the member at {@code path}, or removes it when null. */
    private record Mutation(String breaks, List<Object> path, JsonNode value) {
    }

    static final int HUGE = 100_001;
    static final int DEEP = 5_000;
    private static final String JSON = "application/json";
    private static final JsonNode REMOVE = null;
    /** Beyond any number type a service keeps (int, long, DECIMAL(19,4)); written as they stand, exponent included. */
    private static final List<String> HUGE_NUMBERS = List.of("1e400", "-1e400", "12345678901234567890", "-12345678901234567890");
    private static final List<String> BAD_DATES = List.of("2026-02-30", "yesterday", "2026-13-01", "20260101", "2026-1-1");
    // no digits-only timestamp: Jackson reads one as epoch seconds, a valid instant
    private static final List<String> BAD_TIMESTAMPS = List.of("2026-02-30T10:00:00Z", "yesterday", "2026-11-20 25:61", "2026-11-20T10:00");
    private static final List<String> BAD_UUIDS = List.of("not-a-uuid", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz", "1234");
    private static final List<String> BAD_CURRENCIES = List.of("usd", "XXXX", "€", "US");
    /** Blank: what {@code @NotBlank} (exported as the pattern \S) refuses; only ever for plain strings, which Jackson keeps as given. */
    private static final List<String> BLANKS = List.of("", "   ", "\t \n");
    private static final List<String> BAD_DECIMALS = List.of("-1", "1.23456", "12345678901234567.99", "abc", "1,000.00");
    /** Breakers of other patterns: never empty, which Jackson reads as null for some types, an absent optional value. */
    private static final List<String> PATTERN_BREAKERS = List.of("   ", "usd", "XXXX", "€", "-1", "ZZ-99", "not a url", "UPPER lower",
            "lower_case", "ftp://files.example.invalid/x");
    private static final List<String> WRONG_MEDIA_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=hostile", "application/octet-stream");
    private static final List<String> NOT_JSON = List.of("this is not JSON", "<request/>", "{", "{\"a\":", "{} {}", "{'single': 'quotes'}",
            "{\"a\": undefined}", "NaN", "{\"a\":1,}", "[1,2", "\u0000", "{\"a\":\"unterminated}");
    private static final List<String> NOT_AN_OBJECT = List.of("null", "[]", "[{}]", "42", "\"text\"", "true");

    private final OpenApiContract contract;
    private final ContractSamples samples;
    private final Random random;

    HostileRequests(OpenApiContract contract, long seed) {
        this.contract = contract;
        this.random = new Random(seed);
        this.samples = new ContractSamples(contract, random);
    }

    /** At least {@code atLeast} requests: every single mutation, then pairs of them until there are enough. */
    List<Request> generate(int atLeast) {
        List<Request> requests = new ArrayList<>();
        Map<OpenApiContract.Operation, List<Mutation>> bodyMutations = new HashMap<>();
        List<OpenApiContract.Operation> withBodies = new ArrayList<>();
        for (OpenApiContract.Operation operation : contract.operations()) {
            requests.addAll(queryParameters(operation));
            requests.addAll(pathParameters(operation));
            if (operation.bodySchema() != null) {
                JsonNode body = samples.value(operation.bodySchema());
                List<Mutation> mutations = new ArrayList<>();
                members(operation.bodySchema(), body, List.of(), mutations);
                bodyMutations.put(operation, mutations);
                withBodies.add(operation);
                for (Mutation mutation : mutations) {
                    requests.add(withBody(operation, mutation.breaks(), JSON, bytes(apply(body, List.of(mutation))), primaryRole(operation)));
                }
                requests.addAll(wholeBodies(operation, body, primaryRole(operation)));
                if (!primaryRole(operation).equals("account-executive") && operation.allows("account-executive")) {
                    requests.addAll(wholeBodies(operation, body, "account-executive"));
                }
            }
        }
        requests.addAll(pairs(withBodies, bodyMutations, atLeast - requests.size()));
        return requests;
    }

    /** Admin where the contract allows it, else an executive, else whoever it allows: a role that gets past the role check. */
    static String primaryRole(OpenApiContract.Operation operation) {
        return operation.allows("admin") ? "admin" : operation.allows("account-executive") ? "account-executive" : operation.roles().get(0);
    }

    // ---- bodies -----------------------------------------------------------------------------------

    /** Mutations of every member of an object (and of its nested objects and arrays), recursively. */
    private void members(JsonNode objectSchema, JsonNode object, List<Object> path, List<Mutation> out) {
        JsonNode schema = contract.resolve(objectSchema);
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        schema.path("properties").properties().forEach(property -> {
            List<Object> at = append(path, property.getKey());
            JsonNode propertySchema = contract.resolve(property.getValue());
            if (required.contains(property.getKey())) {
                out.add(new Mutation("required " + at + " missing", at, REMOVE));
                out.add(new Mutation("required " + at + " null", at, ContractSamples.NODES.nullNode()));
            }
            member(propertySchema, object.get(property.getKey()), at, out);
        });
        if (schema.has("additionalProperties") && object.isObject() && object.size() > 0) {
            String key = object.fieldNames().next();
            member(contract.resolve(schema.path("additionalProperties")), object.get(key), append(path, key), out);
            if (schema.has("maxProperties")) {
                ObjectNode tooMany = ContractSamples.NODES.objectNode();
                for (int i = 0; i <= schema.path("maxProperties").asInt(); i++) {
                    tooMany.set("key" + i, object.get(key));
                }
                out.add(new Mutation(path + " over maxProperties", path, tooMany));
            }
        }
    }

    /** Mutations of one member, by its schema's type and constraints. */
    private void member(JsonNode schema, JsonNode sample, List<Object> at, List<Mutation> out) {
        if (schema.has("enum")) {
            out.add(new Mutation(at + " unknown enum value", at, text("NOT_A_VALUE")));
            out.add(new Mutation(at + " enum value in the wrong case", at, text(schema.path("enum").get(0).asText().toLowerCase(Locale.ROOT))));
            out.add(new Mutation(at + " object instead of enum", at, ContractSamples.NODES.objectNode()));
            return;
        }
        switch (schema.path("type").asText("object")) {
            case "string" -> string(schema, at, out);
            case "integer", "number" -> number(schema, at, out);
            case "boolean" -> {
                out.add(new Mutation(at + " text instead of boolean", at, text("maybe")));
                out.add(new Mutation(at + " object instead of boolean", at, ContractSamples.NODES.objectNode()));
                out.add(new Mutation(at + " array instead of boolean", at, ContractSamples.NODES.arrayNode().add(true)));
            }
            case "array" -> array(schema, sample, at, out);
            default -> {
                out.add(new Mutation(at + " text instead of object", at, text("text")));
                out.add(new Mutation(at + " number instead of object", at, number("42")));
                out.add(new Mutation(at + " array instead of object", at, ContractSamples.NODES.arrayNode().add(1)));
                out.add(new Mutation(at + " nested " + DEEP + " deep", at, deep()));
                if (sample != null && sample.isObject()) {
                    members(schema, sample, at, out);
                }
            }
        }
    }

    private void string(JsonNode schema, List<Object> at, List<Mutation> out) {
        // numbers and booleans are not wrong types for a string: Jackson reads them as their text
        out.add(new Mutation(at + " object instead of string", at, ContractSamples.NODES.objectNode().put("a", "b")));
        out.add(new Mutation(at + " array instead of string", at, ContractSamples.NODES.arrayNode().add("a")));
        String format = schema.path("format").asText("");
        String pattern = schema.path("pattern").asText(null);
        if (schema.has("maxLength")) {
            int max = schema.path("maxLength").asInt();
            out.add(new Mutation(at + " one over maxLength " + max, at, text(fitting(pattern, max + 1))));
        }
        if (schema.has("minLength") && schema.path("minLength").asInt() > 0) {
            int min = schema.path("minLength").asInt();
            out.add(new Mutation(at + " one under minLength " + min, at, text("x".repeat(min - 1))));
        }
        if (schema.has("maxLength") || !format.isEmpty() || (pattern != null && ContractSamples.violatesPattern(pattern, "x".repeat(HUGE)))) {
            out.add(new Mutation(at + " " + HUGE + " characters", at, text(fitting(pattern, HUGE))));
        }
        switch (format) {
            case "date" -> BAD_DATES.forEach(date -> out.add(new Mutation(at + " bad date " + date, at, text(date))));
            case "date-time" -> BAD_TIMESTAMPS.forEach(time -> out.add(new Mutation(at + " bad timestamp " + time, at, text(time))));
            case "uuid" -> BAD_UUIDS.forEach(id -> out.add(new Mutation(at + " bad UUID " + id, at, text(id))));
            default -> {
            }
        }
        if (pattern == null || format.equals("uuid")) {
            return;
        }
        boolean decimal = pattern.contains("\\d");
        List<String> breakers = at.get(at.size() - 1).equals("currency") ? BAD_CURRENCIES
                : pattern.equals("\\S") ? BLANKS
                : (decimal ? BAD_DECIMALS : PATTERN_BREAKERS).stream().filter(candidate -> ContractSamples.violatesPattern(pattern, candidate))
                        .limit(4).toList();
        breakers.forEach(value -> out.add(new Mutation(at + " breaks pattern " + pattern + " with '" + value + "'", at, text(value))));
        if (decimal) {
            // a decimal carried as a string (money) is also read from a JSON number
            HUGE_NUMBERS.forEach(huge -> out.add(new Mutation(at + " huge number " + huge, at, raw(huge))));
        }
    }

    private static void number(JsonNode schema, List<Object> at, List<Mutation> out) {
        // a string of digits is not a wrong type for a number: Jackson reads it as the number
        out.add(new Mutation(at + " text instead of number", at, text("abc")));
        out.add(new Mutation(at + " object instead of number", at, ContractSamples.NODES.objectNode()));
        out.add(new Mutation(at + " boolean instead of number", at, ContractSamples.NODES.booleanNode(true)));
        HUGE_NUMBERS.forEach(huge -> out.add(new Mutation(at + " huge number " + huge, at, raw(huge))));
        boolean integer = schema.path("type").asText().equals("integer");
        BigDecimal step = integer ? BigDecimal.ONE : schema.has("multipleOf") ? schema.path("multipleOf").decimalValue() : new BigDecimal("0.01");
        if (schema.has("minimum")) {
            out.add(new Mutation(at + " under minimum", at, number(schema.path("minimum").decimalValue().subtract(step))));
        }
        if (schema.has("exclusiveMinimum")) {
            out.add(new Mutation(at + " at exclusiveMinimum", at, number(schema.path("exclusiveMinimum").decimalValue())));
            out.add(new Mutation(at + " under exclusiveMinimum", at, number(schema.path("exclusiveMinimum").decimalValue().subtract(step))));
        }
        if (schema.has("maximum")) {
            out.add(new Mutation(at + " over maximum", at, number(schema.path("maximum").decimalValue().add(step))));
        }
        if (!integer && schema.has("multipleOf")) {
            BigDecimal finer = schema.path("multipleOf").decimalValue().movePointLeft(1);
            BigDecimal least = schema.has("minimum") ? schema.path("minimum").decimalValue() : BigDecimal.ONE;
            out.add(new Mutation(at + " not a multiple of " + schema.path("multipleOf"), at, number(least.max(BigDecimal.ONE).add(finer))));
        }
    }

    private void array(JsonNode schema, JsonNode sample, List<Object> at, List<Mutation> out) {
        out.add(new Mutation(at + " text instead of array", at, text("text")));
        out.add(new Mutation(at + " object instead of array", at, ContractSamples.NODES.objectNode()));
        out.add(new Mutation(at + " nested " + DEEP + " deep", at, deep()));
        JsonNode item = sample != null && sample.isArray() && !sample.isEmpty() ? sample.get(0) : samples.value(schema.path("items"));
        if (schema.path("minItems").asInt(0) > 0) {
            ArrayNode tooFew = ContractSamples.NODES.arrayNode();
            for (int i = 1; i < schema.path("minItems").asInt(); i++) {
                tooFew.add(item.deepCopy());
            }
            out.add(new Mutation(at + " under minItems", at, tooFew));
        }
        if (schema.has("maxItems")) {
            ArrayNode tooMany = ContractSamples.NODES.arrayNode();
            for (int i = 0; i <= schema.path("maxItems").asInt(); i++) {
                tooMany.add(distinct(item, i));
            }
            out.add(new Mutation(at + " over maxItems", at, tooMany));
        }
        List<Object> first = append(at, 0);
        member(contract.resolve(schema.path("items")), item, first, out);
    }

    /** Copies of an array item that differ, so a set cannot fold them into fewer. */
    private JsonNode distinct(JsonNode item, int index) {
        if (item.isTextual() && item.asText().matches("[0-9a-fA-F-]{36}")) {
            return text(samples.uuid().toString());
        }
        if (item.isObject()) {
            ObjectNode copy = item.deepCopy();
            copy.fieldNames().forEachRemaining(name -> {
                if (copy.get(name).isTextual() && copy.get(name).asText().matches("[0-9a-fA-F-]{36}")) {
                    copy.put(name, samples.uuid().toString());
                }
            });
            return copy;
        }
        return item.isTextual() ? text(item.asText() + index) : item.deepCopy();
    }

    /** Whole bodies that are not the object the operation reads, and a fitting object of the wrong media type. */
    private List<Request> wholeBodies(OpenApiContract.Operation operation, JsonNode body, String role) {
        List<Request> requests = new ArrayList<>();
        NOT_JSON.forEach(text -> requests.add(withBody(operation, "not JSON: " + text, JSON, text.getBytes(StandardCharsets.UTF_8), role)));
        NOT_AN_OBJECT.forEach(json -> requests.add(withBody(operation, "JSON but not an object: " + json, JSON,
                json.getBytes(StandardCharsets.UTF_8), role)));
        requests.add(withBody(operation, "empty body", JSON, new byte[0], role));
        requests.add(withBody(operation, "arrays nested " + DEEP + " deep", JSON, bytes(deep()), role));
        requests.add(withBody(operation, "objects nested " + DEEP + " deep", JSON, deepObjects(), role));
        for (byte[] invalid : List.of(new byte[] { (byte) 0xC3, 0x28 }, new byte[] { (byte) 0xFF, (byte) 0xFE },
                new byte[] { (byte) 0xC0, (byte) 0xAF }, new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 })) {
            requests.add(withBody(operation, "invalid UTF-8 " + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(invalid) + " in a string",
                    JSON, withInvalidUtf8(body, invalid), role));
        }
        for (String mediaType : WRONG_MEDIA_TYPES) {
            requests.add(withBody(operation, "media type " + mediaType, mediaType, bytes(body), role));
        }
        return requests;
    }

    /** The body with bytes that are not UTF-8 at the start of its first string value (or in a member of its own). */
    private static byte[] withInvalidUtf8(JsonNode body, byte[] invalid) {
        String json = new String(bytes(body), StandardCharsets.UTF_8);
        Matcher value = Pattern.compile("[:\\[,]\"").matcher(json);
        int open = value.find() ? value.start() : -1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (open < 0) {
            out.writeBytes("{\"a\":\"".getBytes(StandardCharsets.UTF_8));
            out.writeBytes(invalid);
            out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        } else {
            out.writeBytes(json.substring(0, open + 2).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(invalid);
            out.writeBytes(json.substring(open + 2).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** Bodies with two members broken at once (never one inside the other), spread evenly over the operations. */
    private List<Request> pairs(List<OpenApiContract.Operation> operations, Map<OpenApiContract.Operation, List<Mutation>> mutations, int wanted) {
        List<Request> requests = new ArrayList<>();
        Map<OpenApiContract.Operation, List<Mutation[]>> candidates = new HashMap<>();
        for (OpenApiContract.Operation operation : operations) {
            List<Mutation> single = mutations.get(operation);
            List<Mutation[]> pairs = new ArrayList<>();
            for (int i = 0; i < single.size(); i++) {
                for (int j = i + 1; j < single.size(); j++) {
                    if (!nested(single.get(i).path(), single.get(j).path())) {
                        pairs.add(new Mutation[] { single.get(i), single.get(j) });
                    }
                }
            }
            Collections.shuffle(pairs, random);
            candidates.put(operation, pairs);
        }
        for (int round = 0; requests.size() < wanted; round++) {
            boolean any = false;
            for (OpenApiContract.Operation operation : operations) {
                List<Mutation[]> pairs = candidates.get(operation);
                if (round < pairs.size() && requests.size() < wanted) {
                    Mutation[] pair = pairs.get(round);
                    JsonNode body = samples.value(operation.bodySchema());
                    requests.add(withBody(operation, pair[0].breaks() + " and " + pair[1].breaks(), JSON,
                            bytes(apply(body, List.of(pair))), primaryRole(operation)));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return requests;
    }

    private Request withBody(OpenApiContract.Operation operation, String breaks, String contentType, byte[] body, String role) {
        UUID subject = samples.uuid();
        RawHttp.Call call = RawHttp.Call.of(operation.method(), samples.target(operation, subject, Map.of())).withBody(contentType, body);
        return new Request(operation, breaks, role, subject, call);
    }

    // ---- parameters ---------------------------------------------------------------------------------

    private List<Request> queryParameters(OpenApiContract.Operation operation) {
        List<Request> requests = new ArrayList<>();
        for (OpenApiContract.Parameter parameter : operation.in("query")) {
            if (parameter.required()) {
                requests.add(withParameter(operation, parameter, "required query parameter missing", null));
            }
            for (String bad : badParameterValues(parameter)) {
                requests.add(withParameter(operation, parameter, "query " + parameter.name() + "=" + bad, bad));
            }
        }
        return requests;
    }

    private List<Request> pathParameters(OpenApiContract.Operation operation) {
        List<Request> requests = new ArrayList<>();
        for (OpenApiContract.Parameter parameter : operation.in("path")) {
            for (String bad : badParameterValues(parameter)) {
                requests.add(withParameter(operation, parameter, "path " + parameter.name() + "=" + bad, bad));
            }
        }
        return requests;
    }

    /** Values a parameter's schema rules out; none for free text, which has no rule to break. */
    private List<String> badParameterValues(OpenApiContract.Parameter parameter) {
        JsonNode schema = contract.resolve(parameter.schema());
        List<String> bad = new ArrayList<>();
        if (parameter.name().equals("period")) {
            // documented in words: FY2026, FY2026-Q1 or 2026-01
            bad.addAll(List.of("2026-13", "2026-00", "FY2026-Q5", "FY99999999999", "99999999999-01", "yesterday", "FY", "2026"));
        } else if (parameter.name().equals("size")) {
            bad.addAll(List.of("-1", "0", "201", "2147483647", "-2147483648", "99999999999", "abc", "1.5"));
        } else if (schema.has("enum")) {
            bad.addAll(List.of("NOT_A_VALUE", schema.path("enum").get(0).asText().toLowerCase(Locale.ROOT)));
        } else {
            switch (schema.path("type").asText()) {
                case "integer", "number" -> {
                    bad.addAll(List.of("abc", "1.5", "99999999999999999999", "-99999999999999999999", "1e400"));
                    if (schema.has("minimum")) {
                        bad.add(schema.path("minimum").decimalValue().subtract(BigDecimal.ONE).toPlainString());
                    }
                    if (schema.has("maximum")) {
                        bad.add(schema.path("maximum").decimalValue().add(BigDecimal.ONE).toPlainString());
                    }
                }
                case "boolean" -> bad.addAll(List.of("maybe", "2"));
                case "string" -> {
                    switch (schema.path("format").asText("")) {
                        case "uuid" -> bad.addAll(BAD_UUIDS);
                        case "date" -> bad.addAll(BAD_DATES);
                        case "date-time" -> bad.addAll(BAD_TIMESTAMPS);
                        default -> {
                        }
                    }
                    if (schema.has("maxLength")) {
                        bad.add("x".repeat(schema.path("maxLength").asInt() + 1));
                    }
                    if (schema.has("pattern") && !schema.has("format")) {
                        String pattern = schema.path("pattern").asText();
                        PATTERN_BREAKERS.stream().filter(candidate -> ContractSamples.violatesPattern(pattern, candidate)).limit(3)
                                .forEach(bad::add);
                    }
                }
                default -> {
                }
            }
        }
        return bad;
    }

    private Request withParameter(OpenApiContract.Operation operation, OpenApiContract.Parameter parameter, String breaks, String value) {
        UUID subject = samples.uuid();
        Map<String, String> given = new HashMap<>();
        given.put(parameter.name(), value);
        RawHttp.Call call = RawHttp.Call.of(operation.method(), samples.target(operation, subject, given));
        if (operation.bodySchema() != null) {
            call = call.withBody(JSON, bytes(samples.value(operation.bodySchema())));
        }
        return new Request(operation, breaks, primaryRole(operation), subject, call);
    }

    // ---- JSON helpers -------------------------------------------------------------------------------

    private static JsonNode apply(JsonNode body, List<Mutation> mutations) {
        JsonNode copy = body.deepCopy();
        for (Mutation mutation : mutations) {
            if (mutation.path().isEmpty()) {
                copy = mutation.value();
                continue;
            }
            JsonNode parent = copy;
            List<Object> path = mutation.path();
            for (Object step : path.subList(0, path.size() - 1)) {
                parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
            }
            Object last = path.get(path.size() - 1);
            if (parent instanceof ObjectNode object) {
                if (mutation.value() == REMOVE) {
                    object.remove((String) last);
                } else {
                    object.set((String) last, mutation.value());
                }
            } else if (parent instanceof ArrayNode array) {
                array.set((Integer) last, mutation.value() == REMOVE ? ContractSamples.NODES.nullNode() : mutation.value());
            }
        }
        return copy;
    }

    /** Whether one path is the other or inside it, where breaking both would only break the outer one. */
    private static boolean nested(List<Object> a, List<Object> b) {
        List<Object> shorter = a.size() <= b.size() ? a : b;
        List<Object> longer = a.size() <= b.size() ? b : a;
        return longer.subList(0, shorter.size()).equals(shorter);
    }

    /** Arrays nested {@link #DEEP} deep, as raw text: Jackson limits the depth it writes as it limits what it reads. */
    private static JsonNode deep() {
        return raw("[".repeat(DEEP) + "]".repeat(DEEP));
    }

    /** JSON written exactly as given. */
    private static JsonNode raw(String json) {
        return ContractSamples.NODES.rawValueNode(new RawValue(json));
    }

    private static byte[] deepObjects() {
        return ("{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP)).getBytes(StandardCharsets.UTF_8);
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return List.copyOf(longer);
    }

    /** A string of {@code length} characters, made of ones the pattern (if any) allows, so only the length breaks a rule. */
    private static String fitting(String pattern, int length) {
        for (String character : List.of("x", "A", "1")) {
            if (pattern == null || !ContractSamples.violatesPattern(pattern, character.repeat(Math.min(length, 3)))) {
                return character.repeat(length);
            }
        }
        return "x".repeat(length);
    }

    private static JsonNode text(String value) {
        return ContractSamples.NODES.textNode(value);
    }

    private static JsonNode number(String value) {
        return number(new BigDecimal(value));
    }

    private static JsonNode number(BigDecimal value) {
        return raw(value.toPlainString());
    }

    private static byte[] bytes(JsonNode json) {
        try {
            return OpenApiContract.JSON.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
