package io.accountable.platform.api;

import io.accountable.platform.problem.Problem;
import io.accountable.platform.problem.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every API document shares, written once. The problem types the services answer, each with
 * its own schema (RFC 9457: extension members at the top level, beside {@code type} and
 * {@code status}) and example; the error answers every operation can give (invalid input, missing
 * or invalid token, wrong role, our own failure, overload); and the rules of the Idempotency-Key
 * header, wherever an operation takes it.
 *
 * <p>A resource declares only the statuses particular to an operation (404, 409, 422) with a
 * description and no content; this filter gives them the problem types of that status, plus those
 * the response names in {@link #PROBLEM_TYPES} (e.g. {@code gift-over-limit}).
 */
public class SharedContractFilter implements OASFilter {

    /** Response extension naming further problem types (slugs, comma-separated) the response can carry; removed from the document. */
    public static final String PROBLEM_TYPES = "x-problem-types";
    /** The header a replayed idempotent answer carries ({@link Idempotency}). */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final String TYPE_PREFIX = "urn:accountable:problem:";
    private static final String CSV = "text/csv";
    private static final String EVENT_STREAM = "text/event-stream";
    /** The pattern the OpenAPI scanner gives a {@code @NotBlank} string. */
    private static final String NOT_BLANK = "\\S";
    private static final String EXAMPLE_ID = "3f6c1c52-8c3e-4c1d-9a57-5b0e2f1d7a10";

    /**
     * Every problem type, one entry each: where it is documented, status, slug (the end of its {@code type} URI), title,
     * an example detail, and its extension members with an example value. A family stands for the
     * other types of its status (named by their slug, e.g. every 409 conflict and 422 rule), with an
     * example of one of them; a rule violation's facts vary, so its family admits any member.
     */
    private static final List<ProblemType> TYPES = List.of(
            ProblemType.of(Kind.EVERY, 400, "validation", "Invalid request", "The request has 1 invalid field(s)",
                    List.of(Member.required("errors", fieldErrors(), List.of(ordered("field", "email", "message", "must be a well-formed email address"))))),
            ProblemType.of(Kind.EVERY, 400, "malformed-request", "Bad Request", "The request body is not valid JSON", List.of()),
            ProblemType.of(Kind.EVERY, 401, "unauthenticated", "Unauthorized", "A valid bearer token is required", List.of()),
            ProblemType.of(Kind.EVERY, 403, "forbidden", "Forbidden", "Your role does not allow this operation", List.of()),
            ProblemType.of(Kind.EVERY, 404, "not-found", "Not found", "No client with id " + EXAMPLE_ID, List.of()),
            ProblemType.of(Kind.EVERY, 409, "concurrent-modification", "Concurrent modification",
                    "The client " + EXAMPLE_ID + " is at version 4, not 3; read it again and retry",
                    List.of(Member.optional("currentVersion", integer(), 4))),
            ProblemType.of(Kind.EVERY, 412, ProblemException.PRECONDITION_FAILED, "Precondition failed",
                    "If-Match names version 3; client " + EXAMPLE_ID + " is at version 4",
                    List.of(Member.optional("currentVersion", integer(), 4))),
            ProblemType.family(409, "conflict", "email-taken", "Conflict", "An executive with this e-mail exists already", List.of()),
            ProblemType.of(Kind.NAMED, 422, "gift-over-limit", "Rule violated",
                    "A gift worth USD 30.00 to recipient " + EXAMPLE_ID + " on 2026-03-10 would exceed the USD 100.00 limit", List.of(
                            Member.required("recipientId", uuid(), EXAMPLE_ID),
                            Member.required("value", money(), usd("30.00")),
                            Member.required("limit", money(), usd("100.00")),
                            Member.required("used", money(), usd("80.00")),
                            Member.required("remaining", money(), usd("20.00")),
                            Member.required("windowStart", date(), "2026-01-01"),
                            Member.required("windowEnd", date(), "2026-12-31"))),
            ProblemType.of(Kind.IDEMPOTENT, 409, ProblemException.IDEMPOTENCY_KEY_IN_USE, "Conflict",
                    "A concurrent request with this Idempotency-Key was answered first; retry to get its answer",
                    List.of(Member.required("idempotencyKey", string(), "order-7f3a"))),
            ProblemType.of(Kind.IDEMPOTENT, 422, "idempotency-key-reused", "Rule violated",
                    "This Idempotency-Key was used before with a different request body",
                    List.of(Member.required("idempotencyKey", string(), "order-7f3a"))),
            ProblemType.of(Kind.IDEMPOTENT, 422, "invalid-idempotency-key", "Rule violated", "Idempotency-Key must be 1 to 200 characters",
                    List.of(Member.required("maxLength", integer(), Idempotency.MAX_KEY_LENGTH))),
            ProblemType.family(422, "rule-violation", "client-closed", "Rule violated", "The client " + EXAMPLE_ID + " is closed",
                    List.of(Member.facts(Map.of("clientStatus", "CLOSED")))),
            ProblemType.of(Kind.EVERY, 415, "unsupported-media-type", "Unsupported Media Type", "Unsupported Media Type", List.of()),
            ProblemType.of(Kind.EVERY, 500, "internal", "Internal error", "Something went wrong on our side; quote incident " + EXAMPLE_ID,
                    List.of(Member.required("incident", uuid(), EXAMPLE_ID))),
            ProblemType.of(Kind.EVERY, 503, "busy", "Service busy", "Every database connection is in use; try again shortly", List.of()),
            ProblemType.of(Kind.EVERY, 503, "unavailable", "Service unavailable", "The database is unreachable; try again shortly", List.of()));

    /**
     * The answers every operation can give, each documented once under components/responses (by these
     * names) and referenced from every operation. Sorted, so the exported documents do not change from
     * one build to the next.
     */
    private static final Map<String, Common> COMMON = new TreeMap<>(Map.of(
            "400", new Common("InvalidRequest", "Invalid request: the problem lists the invalid fields"),
            "401", new Common("Unauthenticated", "Missing, expired or invalid bearer token"),
            "403", new Common("Forbidden", "The caller's role or ownership does not allow this"),
            "500", new Common("InternalError", "Unexpected failure; the problem carries an incident id"),
            "503", new Common("Unavailable", "Overloaded or without its database: retry after the seconds Retry-After says")));

    private record Common(String name, String description) {
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        ConditionalRequests.document(openAPI);
        Set<ProblemType> documented = new LinkedHashSet<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(operation -> documented.addAll(documentProblems(path, operation)));
            }
        });
        if (documented.isEmpty()) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        String instance = openAPI.getPaths().getPathItems().keySet().stream().filter(path -> path.startsWith("/api/"))
                .findFirst().orElseThrow();
        COMMON.forEach((status, common) -> {
            APIResponse response = OASFactory.createAPIResponse().description(common.description);
            documented.addAll(documentResponse(instance, status, response, List.of(), false));
            openAPI.getComponents().addResponse(common.name, response);
        });
        addProblemSchemas(openAPI.getComponents(), documented);
        requireWhatIsAlwaysSent(openAPI);
    }

    /**
     * Jackson writes every property of what a service answers, null or not (no service omits nulls:
     * one convention, and a null the document declares tells a client more than a missing member). So
     * every property of a schema that only answers carry is always there: required. A schema that
     * requests carry too keeps the required list of its validation. Where a property can be null, its
     * schema says so with OpenAPI 3.1's {@code type: [..., "null"]}.
     */
    private static void requireWhatIsAlwaysSent(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        if (components == null) {
            return;
        }
        Set<String> answered = new LinkedHashSet<>();
        Set<String> requested = new LinkedHashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().getMediaTypes().values()
                        .forEach(media -> reach(media.getSchema(), components, requested));
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2") && response.getContent() != null) {
                        response.getContent().getMediaTypes().values().forEach(media -> reach(media.getSchema(), components, answered));
                    }
                });
            }
        }));
        answered.removeAll(requested);
        answered.forEach(name -> {
            Schema schema = components.get(name);
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        });
    }

    /** Adds the names of the component schemas {@code schema} refers to, directly or through its parts. */
    private static void reach(Schema schema, Map<String, Schema> components, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (components.containsKey(name) && names.add(name)) {
                reach(components.get(name), components, names);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> reach(property, components, names));
        }
        reach(schema.getItems(), components, names);
        reach(schema.getAdditionalPropertiesSchema(), components, names);
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                .filter(parts -> parts != null)
                .forEach(parts -> parts.forEach(part -> reach(part, components, names)));
    }

    /**
     * Bean Validation's {@code @Pattern} matches the whole value while a JSON Schema pattern matches
     * anywhere in it, so patterns are anchored; {@code \S}, what {@code @NotBlank} becomes, means
     * "somewhere a non-blank" and stays as it is. {@code multipleOf} is left out: validators compute
     * it in floating point and refuse exact decimals such as 1.0873 for 1e-8, so the schema says the
     * decimal places in words instead. Bounds are numbers' and mean nothing on a string.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        // a nullable reference to an object schema comes as type "object" beside anyOf [$ref, null], which refuses the null
        if (schema.getType() != null && !schema.getType().contains(Schema.SchemaType.NULL) && schema.getAnyOf() != null
                && schema.getAnyOf().stream().anyMatch(part -> part.getType() != null && part.getType().equals(List.of(Schema.SchemaType.NULL)))) {
            schema.addType(Schema.SchemaType.NULL);
        }
        String pattern = schema.getPattern();
        if (pattern != null && !pattern.equals(NOT_BLANK) && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
        if (schema.getMultipleOf() != null) {
            int places = Math.max(0, schema.getMultipleOf().stripTrailingZeros().scale());
            String decimals = "At most " + places + " decimal place" + (places == 1 ? "" : "s");
            schema.setDescription(schema.getDescription() == null ? decimals : schema.getDescription() + ". " + decimals);
            schema.setMultipleOf(null);
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING)) {
            schema.setMinimum(null);
            schema.setMaximum(null);
            schema.setExclusiveMinimum(null);
            schema.setExclusiveMaximum(null);
        }
        return schema;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.HEADER && Idempotency.HEADER.equalsIgnoreCase(parameter.getName())) {
            parameter.description("Makes a retried POST return the first answer (kept " + IdempotencyConfig.DEFAULT_RETENTION_DAYS
                    + " days unless the deployment sets otherwise);"
                    + " the same key with another body is refused")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(Idempotency.MAX_KEY_LENGTH));
        }
        return parameter;
    }

    /** Documents the problems the operation can answer; returns their types. */
    private static Set<ProblemType> documentProblems(String path, Operation operation) {
        Set<ProblemType> documented = new LinkedHashSet<>();
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        COMMON.forEach((status, common) -> {
            APIResponse response = responses.getAPIResponse(status);
            // Quarkus documents 401 and 403 itself, without a body; ours always have one.
            if (response == null || response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty()) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(common.name));
            }
        });
        boolean idempotent = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> Idempotency.HEADER.equalsIgnoreCase(p.getName()));
        if (idempotent && responses.getAPIResponse("422") == null) {
            responses.addAPIResponse("422", OASFactory.createAPIResponse().description("The Idempotency-Key is invalid or was used with another body"));
        }
        if (idempotent && responses.getAPIResponse("409") == null) {
            responses.addAPIResponse("409", OASFactory.createAPIResponse()
                    .description("A concurrent request with the same Idempotency-Key was answered first; retry after Retry-After"));
        }
        // a path parameter that does not parse (a fiscal year "abc") matches no resource: 404, as for an unknown id
        if (path.contains("{") && responses.getAPIResponse("404") == null) {
            responses.addAPIResponse("404", OASFactory.createAPIResponse().description("No resource at this path"));
        }
        if (operation.getRequestBody() != null && responses.getAPIResponse("415") == null) {
            responses.addAPIResponse("415", OASFactory.createAPIResponse().description("The body is not of the documented media type"));
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (response.getRef() == null) {
                List<String> named = new ArrayList<>();
                if (response.getExtensions() != null && response.getExtensions().get(PROBLEM_TYPES) != null) {
                    named.addAll(List.of(String.valueOf(response.getExtensions().get(PROBLEM_TYPES)).split(",")));
                    response.removeExtension(PROBLEM_TYPES);
                }
                documented.addAll(documentResponse(path, status, response, named, idempotent));
            }
        });
        return documented;
    }

    /** Gives an error response its problem types (unless it has content already) and a response its headers; returns the types. */
    private static List<ProblemType> documentResponse(String path, String status, APIResponse response, List<String> named,
            boolean idempotent) {
        int code = Integer.parseInt(status);
        List<ProblemType> types = List.of();
        if (code >= 400 && (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty())) {
            types = typesOf(code, named, idempotent);
            describe(path, response, types);
        }
        if (code < 300 && response.getContent() != null && response.getContent().getMediaTypes() != null) {
            response.getContent().getMediaTypes().forEach((type, media) -> {
                if (type.startsWith(CSV) && media.getSchema() == null) {
                    media.setSchema(string().description("CSV (RFC 4180, UTF-8): a header row naming the columns, then one row per record"));
                }
                // The scanner documents a stream as an array of its elements; on the wire it is SSE text whose events carry one element each.
                if (type.startsWith(EVENT_STREAM) && media.getSchema() != null && media.getSchema().getItems() != null) {
                    String element = media.getSchema().getItems().getRef() == null ? "JSON value"
                            : media.getSchema().getItems().getRef().substring(media.getSchema().getItems().getRef().lastIndexOf('/') + 1);
                    media.setSchema(string().description("Server-Sent Events (text/event-stream); the data of each event is one "
                            + element + " as JSON"));
                }
            });
        }
        if (code == 201 && (response.getHeaders() == null || !response.getHeaders().containsKey("Location"))) {
            response.addHeader("Location", OASFactory.createHeader().required(true)
                    .description("The URL of what was created").schema(string().format("uri-reference")));
        }
        if (code == 503 && (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After"))) {
            response.addHeader("Retry-After", OASFactory.createHeader().required(true)
                    .description("Seconds to wait before retrying")
                    .schema(integer()));
        }
        if (idempotent && code == 409 && (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After"))) {
            response.addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds to wait before retrying; sent with idempotency-key-in-use, whose retry gets the first answer")
                    .schema(integer()));
        }
        if (code == 401 && (response.getHeaders() == null || !response.getHeaders().containsKey("WWW-Authenticate"))) {
            response.addHeader("WWW-Authenticate", OASFactory.createHeader().required(true)
                    .description("The authentication scheme: Bearer")
                    .schema(string()));
        }
        if (idempotent && code >= 200 && code < 300
                && (response.getHeaders() == null || !response.getHeaders().containsKey(REPLAYED_HEADER))) {
            response.addHeader(REPLAYED_HEADER, OASFactory.createHeader()
                    .description("true when this is the kept answer of an earlier request with the same Idempotency-Key")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).addEnumeration("true")));
        }
        return types;
    }

    /** The types of one status: the named ones, the idempotency ones where the operation takes the key, then the status's own. */
    private static List<ProblemType> typesOf(int status, List<String> named, boolean idempotent) {
        List<ProblemType> types = new ArrayList<>();
        for (String slug : named) {
            types.add(TYPES.stream().filter(t -> t.name.equals(slug.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown problem type " + slug + " in " + PROBLEM_TYPES)));
        }
        TYPES.stream()
                .filter(t -> t.status == status && !types.contains(t))
                .filter(t -> t.kind == Kind.EVERY || t.kind == Kind.FAMILY || (idempotent && t.kind == Kind.IDEMPOTENT))
                .forEach(types::add);
        if (types.isEmpty()) {
            types.add(ProblemType.family(status, "http-" + status, status == 405 ? "method-not-allowed" : "http-" + status,
                    "HTTP " + status, "HTTP " + status, List.of()));
        }
        return types;
    }

    private static void describe(String path, APIResponse response, List<ProblemType> types) {
        Schema schema = types.size() == 1 ? ref(types.get(0))
                : OASFactory.createSchema().anyOf(types.stream().map(SharedContractFilter::ref).toList());
        var mediaType = OASFactory.createMediaType().schema(schema);
        String instance = path.replaceAll("\\{[^}]+}", EXAMPLE_ID);
        for (ProblemType type : types) {
            if (type.status > 0) {
                mediaType.addExample(type.schemaName(), OASFactory.createExample().summary(type.title + " (" + type.exampleSlug + ")")
                        .value(type.example(instance)));
            }
        }
        response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, mediaType));
    }

    private static Schema ref(ProblemType type) {
        return OASFactory.createSchema().ref(type.schemaName());
    }

    private static void addProblemSchemas(Components components, Set<ProblemType> documented) {
        components.addSchema("FieldError", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One invalid field: a body property (dotted path) or a query or header parameter")
                .addProperty("field", string().examples(List.of("email")))
                .addProperty("message", string().examples(List.of("must be a well-formed email address")))
                .required(List.of("field", "message")));
        TYPES.stream().filter(documented::contains).forEach(type -> components.addSchema(type.schemaName(), type.schema()));
        documented.stream().filter(type -> !TYPES.contains(type)).forEach(type -> components.addSchema(type.schemaName(), type.schema()));
    }

    private static Schema problemSchema(String description, Schema type, Schema status, List<Member> members) {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(description)
                .addProperty("type", type.description("Identifies the kind of problem"))
                .addProperty("title", string().description("Short summary of the kind of problem"))
                .addProperty("status", status.description("The HTTP status"))
                .addProperty("detail", string().description("What went wrong in this occurrence, for a person"))
                .addProperty("instance", string().description("The request path"));
        List<String> required = new ArrayList<>(List.of("type", "title", "status", "detail", "instance"));
        boolean open = false;
        for (Member member : members) {
            if (member.name == null) {
                open = true;
                continue;
            }
            schema.addProperty(member.name, member.schema);
            if (member.required) {
                required.add(member.name);
            }
        }
        if (open) {
            // A rule violation's facts vary with the rule: say that any further member may come, so a typed client keeps them.
            schema.additionalPropertiesSchema(OASFactory.createSchema());
        }
        return schema.required(required);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static Schema integer() {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64");
    }

    private static Schema uuid() {
        return string().format("uuid");
    }

    private static Schema date() {
        return string().format("date");
    }

    private static Schema money() {
        return OASFactory.createSchema().ref("Money");
    }

    private static Map<String, Object> usd(String amount) {
        return ordered("amount", amount, "currency", "USD");
    }

    /** Examples keep their members' order, so the exported documents do not change from one build to the next. */
    private static Map<String, Object> ordered(String name, Object value, String otherName, Object otherValue) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put(name, value);
        members.put(otherName, otherValue);
        return members;
    }

    private static Schema fieldErrors() {
        return OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).minItems(1)
                .items(OASFactory.createSchema().ref("FieldError"));
    }

    private record Member(String name, Schema schema, Object example, boolean required) {

        static Member required(String name, Schema schema, Object example) {
            return new Member(name, schema, example, true);
        }

        static Member optional(String name, Schema schema, Object example) {
            return new Member(name, schema, example, false);
        }

        /** Members that vary: any further ones, of any type ({@code example} holds sample ones). */
        static Member facts(Map<String, Object> example) {
            return new Member(null, null, example, false);
        }
    }

    /** Which operations a problem type is documented on. */
    private enum Kind {
        /** every response of its status */
        EVERY,
        /** every response of its status, standing for the other types of that status too */
        FAMILY,
        /** responses of its status on operations that take an Idempotency-Key */
        IDEMPOTENT,
        /** responses that name it in {@link #PROBLEM_TYPES} */
        NAMED
    }

    private record ProblemType(Kind kind, int status, String name, String exampleSlug, String title, String detail,
            List<Member> members) {

        static ProblemType of(Kind kind, int status, String slug, String title, String detail, List<Member> members) {
            return new ProblemType(kind, status, slug, slug, title, detail, members);
        }

        static ProblemType family(int status, String name, String exampleSlug, String title, String detail, List<Member> members) {
            return new ProblemType(Kind.FAMILY, status, name, exampleSlug, title, detail, members);
        }

        String schemaName() {
            StringBuilder schemaName = new StringBuilder();
            for (String word : name.split("-")) {
                schemaName.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
            return schemaName.append("Problem").toString();
        }

        Schema schema() {
            Schema type = OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri");
            String description;
            if (kind == Kind.FAMILY) {
                type.pattern("^" + TYPE_PREFIX + "[a-z0-9-]+$");
                // the types with a schema of their own are not the family's, so a body of theirs must match their schema
                List<Object> own = TYPES.stream().filter(t -> t.status == status && t.kind != Kind.FAMILY)
                        .map(t -> (Object) (TYPE_PREFIX + t.name)).toList();
                if (!own.isEmpty()) {
                    type.not(OASFactory.createSchema().enumeration(own));
                }
                description = "Any other " + status + " problem (" + exampleSlug + ", for one)";
            } else {
                type.constValue(TYPE_PREFIX + name);
                description = "The " + name + " problem";
            }
            if (members.stream().anyMatch(m -> m.name == null)) {
                description += "; its further members are the facts that explain it";
            } else if (!members.isEmpty()) {
                description += "; extension members: " + String.join(", ", members.stream().map(Member::name).toList());
            }
            return problemSchema(description, type, OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).constValue(status), members);
        }

        Map<String, Object> example(String instance) {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("type", TYPE_PREFIX + exampleSlug);
            example.put("title", title);
            example.put("status", status);
            example.put("detail", detail);
            example.put("instance", instance);
            for (Member member : members) {
                if (member.name == null) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> facts = (Map<String, Object>) member.example;
                    example.putAll(facts);
                } else {
                    example.put(member.name, member.example);
                }
            }
            return example;
        }
    }
}
