package io.accountable.client;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.devstack.OpenApiResponseFilter;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/**
 * Every test's calls are judged by the service's OpenAPI document without the test asking for it
 * (test-support registers the check before every {@code @QuarkusTest} method); test-support's
 * OpenApiResponseFilterTest shows a wrong answer failing the call.
 */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class ResponseContractTest {

    @Test
    void theResponseCheckIsOnForEveryTest() {
        assertTrue(RestAssured.filters().stream().anyMatch(OpenApiResponseFilter.class::isInstance), RestAssured.filters().toString());
    }
}
