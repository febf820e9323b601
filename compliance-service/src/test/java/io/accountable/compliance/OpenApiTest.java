package io.accountable.compliance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.accountable.devstack.DevStackTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class OpenApiTest {

    @Test
    void theGiftApiDocumentsItsOperationsProblemTypesAndSecurity() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/gifts'.post.operationId", equalTo("recordGift"))
                .body("paths.'/api/gifts'.post.responses.keySet()", hasItems("201", "400", "401", "403", "409", "422", "500"))
                .body("paths.'/api/gifts'.post.responses.'422'.content.'application/problem+json'.schema.anyOf.$ref",
                        hasItems("#/components/schemas/GiftOverLimitProblem", "#/components/schemas/IdempotencyKeyReusedProblem",
                                "#/components/schemas/RuleViolationProblem"))
                .body("paths.'/api/gifts'.post.responses.'422'.content.'application/problem+json'.examples.GiftOverLimitProblem.value.used.amount",
                        equalTo("80.00"))
                .body("components.schemas.GiftOverLimitProblem.required", hasItems("type", "status", "used", "limit", "remaining", "windowStart"))
                .body("paths.'/api/gifts'.post.responses.'503'.$ref", equalTo("#/components/responses/Unavailable"))
                .body("components.responses.Unavailable.headers.'Retry-After'.required", equalTo(true))
                .body("paths.'/api/gifts'.post.security", notNullValue())
                .body("paths.'/api/gifts/{id}/corrections'.post.responses.keySet()", hasItems("201", "404", "409", "422"))
                .body("paths.'/api/preclearances'.post.operationId", equalTo("requestPreclearance"))
                .body("paths.'/api/entertainment'.post.operationId", equalTo("logEntertainment"))
                .body("paths.'/api/reviews/{id}/decision'.post.operationId", equalTo("decideReviewItem"))
                .body("paths.'/api/policy/versions'.post.operationId", equalTo("addGiftPolicyVersion"))
                .body("components.schemas.Money.properties.amount.type", equalTo("string"));
    }
}
