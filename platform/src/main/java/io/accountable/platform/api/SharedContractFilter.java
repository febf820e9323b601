package io.accountable.platform.api;

import io.accountable.platform.problem.Problem;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every API document shares, written once: the error answers every operation can give (invalid
 * input, missing or invalid token, wrong role, our own failure) as problem+json, so each resource
 * declares only the ones particular to it (404, 409, 422); and the rules of the Idempotency-Key
 * header, wherever an operation takes it.
 */
public class SharedContractFilter implements OASFilter {

    /** Sorted, so the exported documents in docs/openapi do not change from one build to the next. */
    private static final Map<String, String> COMMON = new TreeMap<>(Map.of(
            "400", "Invalid request: the problem lists the invalid fields",
            "401", "Missing, expired or invalid bearer token",
            "403", "The caller's role or ownership does not allow this",
            "500", "Unexpected failure; the problem carries an incident id"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(SharedContractFilter::addCommonProblems);
            }
        });
        ConditionalRequests.document(openAPI);
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

    private static void addCommonProblems(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        COMMON.forEach((status, description) -> {
            APIResponse response = responses.getAPIResponse(status);
            if (response == null) {
                response = OASFactory.createAPIResponse().description(description);
                responses.addAPIResponse(status, response);
            }
            // Quarkus documents 401/403 itself, without a body; ours always have one.
            if (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty()) {
                response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
            }
        });
    }
}
