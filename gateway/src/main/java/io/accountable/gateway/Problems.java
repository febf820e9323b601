package io.accountable.gateway;

import io.vertx.core.json.JsonObject;

/** RFC 9457 problem details in the services' shape (platform's Problem), for the answers the gateway gives itself. */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    static JsonObject problem(String slug, String title, int status, String detail, String instance) {
        return new JsonObject().put("type", "urn:accountable:problem:" + slug).put("title", title).put("status", status)
                .put("detail", detail).put("instance", instance);
    }
}
