package io.accountable.gateway;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One OpenAPI document for the four APIs, read from the services when asked for (so it is always
 * theirs): their paths (which do not overlap), tags and schemas. A schema name two services use
 * for different shapes (each has its own Money, say) keeps its name for the first and is prefixed
 * with the service's name for the others, with their references rewritten.
 */
final class OpenApiMerge {

    private static final String SCHEMA_REF = "#/components/schemas/";

    private final HttpClient client;
    private final Map<String, URI> services;

    OpenApiMerge(HttpClient client, Map<String, URI> services) {
        this.client = client;
        this.services = services;
    }

    void handle(RoutingContext context) {
        List<String> names = new ArrayList<>(services.keySet());
        List<Future<JsonObject>> documents = names.stream().map(this::document).toList();
        Future.join(documents).onComplete(done -> {
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (documents.get(i).failed()) {
                    missing.add(names.get(i));
                }
            }
            if (!missing.isEmpty()) {
                Gateway.respond(context.request(), 503, Problems.problem("unavailable", "Service unavailable", 503,
                        "The API document of " + String.join(", ", missing) + " cannot be read", context.request().path()).encode());
                return;
            }
            Map<String, JsonObject> byService = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                byService.put(names.get(i), documents.get(i).result());
            }
            context.response().putHeader("Content-Type", "application/json").end(merge(byService).encodePrettily());
        });
    }

    private Future<JsonObject> document(String service) {
        URI url = services.get(service);
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setHost(url.getHost()).setPort(Gateway.port(url))
                .setURI("/q/openapi?format=json").putHeader("Accept", "application/json");
        return client.request(request)
                .compose(outgoing -> outgoing.send())
                .compose(response -> response.statusCode() == 200
                        ? response.body().map(body -> body.toJsonObject())
                        : Future.failedFuture(service + " answered " + response.statusCode()));
    }

    static JsonObject merge(Map<String, JsonObject> byService) {
        JsonObject first = byService.values().iterator().next();
        JsonObject paths = new JsonObject();
        JsonObject schemas = new JsonObject();
        JsonObject securitySchemes = new JsonObject();
        JsonArray tags = new JsonArray();
        Set<String> tagNames = new LinkedHashSet<>();
        byService.forEach((service, original) -> {
            JsonObject document = original.copy();
            JsonObject own = components(document).getJsonObject("schemas", new JsonObject());
            Map<String, String> renamed = new HashMap<>();
            for (String name : own.fieldNames()) {
                if (schemas.containsKey(name) && !schemas.getJsonObject(name).equals(own.getJsonObject(name))) {
                    renamed.put(name, prefix(service) + name);
                }
            }
            JsonObject doc = (JsonObject) rewriteRefs(document, renamed);
            components(doc).getJsonObject("schemas", new JsonObject()).forEach(entry -> {
                String name = renamed.getOrDefault(entry.getKey(), entry.getKey());
                schemas.put(name, entry.getValue());
            });
            securitySchemes.mergeIn(components(doc).getJsonObject("securitySchemes", new JsonObject()));
            paths.mergeIn(doc.getJsonObject("paths", new JsonObject()));
            doc.getJsonArray("tags", new JsonArray()).forEach(tag -> {
                if (tagNames.add(((JsonObject) tag).getString("name"))) {
                    tags.add(tag);
                }
            });
        });
        JsonObject info = first.getJsonObject("info", new JsonObject()).copy()
                .put("title", "Accountable API")
                .put("description", "The APIs of " + String.join(", ", byService.keySet()) + ", through one origin");
        return new JsonObject()
                .put("openapi", first.getString("openapi"))
                .put("info", info)
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/")))
                .put("tags", tags)
                .put("paths", paths)
                .put("components", new JsonObject().put("schemas", schemas).put("securitySchemes", securitySchemes));
    }

    private static JsonObject components(JsonObject document) {
        return document.getJsonObject("components", new JsonObject());
    }

    /** quota-service → Quota. */
    private static String prefix(String service) {
        String name = service.replace("-service", "");
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static Object rewriteRefs(Object node, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return node;
        }
        if (node instanceof JsonObject object) {
            JsonObject copy = new JsonObject();
            object.forEach(entry -> {
                if (entry.getKey().equals("$ref") && entry.getValue() instanceof String ref && ref.startsWith(SCHEMA_REF)
                        && renamed.containsKey(ref.substring(SCHEMA_REF.length()))) {
                    copy.put("$ref", SCHEMA_REF + renamed.get(ref.substring(SCHEMA_REF.length())));
                } else {
                    copy.put(entry.getKey(), rewriteRefs(entry.getValue(), renamed));
                }
            });
            return copy;
        }
        if (node instanceof JsonArray array) {
            JsonArray copy = new JsonArray();
            array.forEach(item -> copy.add(rewriteRefs(item, renamed)));
            return copy;
        }
        return node;
    }
}
