package io.accountable.platform.api;

import io.accountable.platform.problem.ProblemException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The ETag of every {@link Versioned} representation, written once for all resources: the version,
 * quoted ({@code "3"}). A GET whose {@code If-None-Match} names the current ETag (or {@code *})
 * answers 304 with no body, so a browser app revalidates what it holds without reading it again.
 */
public class ConditionalRequests {

    /** The ETag of a resource at {@code version}. */
    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Whether a list of entity tags ({@code If-Match} or {@code If-None-Match}) names {@code version}.
     * The comparison is weak (RFC 9110 13.1.2: {@code W/"3"} names version 3 too): a version names
     * one state of the resource whatever its encoding.
     */
    public static boolean names(String tags, long version) {
        String wanted = Long.toString(version);
        return Arrays.stream(tags.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals('"' + wanted + '"'));
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Versioned versioned) || response.getStatus() / 100 != 2) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag(versioned.version()));
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        boolean read = request.getMethod().equals(HttpMethod.GET) || request.getMethod().equals(HttpMethod.HEAD);
        if (read && response.getStatus() == 200 && ifNoneMatch != null && names(ifNoneMatch, versioned.version())) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    /**
     * The contract of the above, where it applies: a response whose schema has a {@code version} is a
     * {@link Versioned} one, so it carries the ETag, and a GET of it takes {@code If-None-Match} (304);
     * a request body with a {@code version} is a {@link BasedOnVersion} one, so it takes {@code If-Match} (412).
     */
    static void document(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> document(method, operation, schemas));
            }
        });
    }

    private static void document(PathItem.HttpMethod method, Operation operation, Map<String, Schema> schemas) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2") && versioned(response.getContent(), schemas)) {
                    response.addHeader(HttpHeaders.ETAG, OASFactory.createHeader()
                            .description("The version of the resource, quoted; send it back in If-None-Match or If-Match")
                            .schema(string()));
                    if (method == PathItem.HttpMethod.GET && status.equals("200")) {
                        operation.addParameter(header(HttpHeaders.IF_NONE_MATCH,
                                "An ETag read before: when it is still the current version the answer is 304, without a body"));
                        operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                                .description("Not modified: If-None-Match names the current version")
                                .addHeader(HttpHeaders.ETAG, OASFactory.createHeader().schema(string())));
                    }
                }
            });
        }
        if (operation.getRequestBody() != null && versioned(operation.getRequestBody().getContent(), schemas)) {
            operation.addParameter(header(HttpHeaders.IF_MATCH,
                    "The ETag of the version this change is based on; the change is refused with 412, and nothing changed,"
                            + " unless the resource is still at that version (and the body names the same one)"));
            operation.getResponses().addAPIResponse("412", OASFactory.createAPIResponse()
                    .description("Precondition failed (" + ProblemException.PRECONDITION_FAILED
                            + "): If-Match does not name the current version, or not the body's; nothing was changed"));
        }
    }

    private static boolean versioned(Content content, Map<String, Schema> schemas) {
        if (content == null || content.getMediaTypes() == null) {
            return false;
        }
        return content.getMediaTypes().values().stream()
                .map(type -> type.getSchema())
                .filter(schema -> schema != null && schema.getRef() != null)
                .map(schema -> Optional.ofNullable(schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1))))
                .flatMap(Optional::stream)
                .anyMatch(schema -> schema.getProperties() != null && schema.getProperties().containsKey("version"));
    }

    private static Parameter header(String name, String description) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).description(description).schema(string());
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
