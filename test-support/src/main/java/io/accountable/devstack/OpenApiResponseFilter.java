package io.accountable.devstack;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.List;

/**
 * Checks every response a REST Assured call receives against the service's exported OpenAPI
 * document ({@link OpenApiContract}); a response the document does not allow fails the call, and so
 * the test that made it.
 */
public final class OpenApiResponseFilter implements Filter {

    /** The reason phrase of Quarkus' CORS filter when it refuses an origin. */
    private static final String CORS_REFUSAL = "CORS Rejected";

    private final OpenApiContract contract;

    public OpenApiResponseFilter(OpenApiContract contract) {
        this.contract = contract;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        Response answer = context.next(request, response);
        if (beforeTheApi(request.getMethod(), answer)) {
            return answer;
        }
        String path = URI.create(request.getURI()).getRawPath();
        List<String> mismatches = contract.mismatches(request.getMethod(), path, answer.statusCode(), answer.contentType(),
                answer::header, answer.asString());
        if (!mismatches.isEmpty()) {
            throw new AssertionError("The response breaks the OpenAPI document:\n  " + String.join("\n  ", mismatches)
                    + "\nBody: " + abbreviate(answer.asString()));
        }
        return answer;
    }

    /**
     * Answers the HTTP layer gives before any operation is reached, which no API document describes:
     * a CORS preflight, and the empty 403 with which Quarkus' CORS filter refuses a request from an
     * origin it does not allow (a browser shows the page nothing of it).
     */
    private static boolean beforeTheApi(String method, Response answer) {
        return "OPTIONS".equals(method) || answer.statusCode() == 403 && answer.statusLine().contains(CORS_REFUSAL);
    }

    private static String abbreviate(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
