package io.accountable.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.accountable.devstack.DevStackTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The API frontends and integrators build on is described, public, and names every operation. */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.GLOBAL)
class OpenApiTest {

    @Test
    void theOpenApiDocumentDescribesTheNotificationApi() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/notifications/stream"))
                .body("paths", hasKey("/api/webhook-subscriptions"))
                .body("paths", hasKey("/api/deliveries/{id}/replay"))
                .body("paths", hasKey("/api/routing-rules/{eventType}"))
                .body("paths", hasKey("/api/notification-preferences/{category}/{channel}"))
                .body("paths", hasKey("/api/staff-members"))
                .body("paths.'/api/deliveries/{id}/replay'.post.operationId", notNullValue())
                .body("paths.'/api/notifications/unread-count'.get.operationId", notNullValue());
    }
}
