package io.accountable.quota;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
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
    void everyOperationIsDocumentedWithoutAToken() {
        var spec = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200);
        for (String operation : new String[] { "setQuota", "getQuota", "listQuotas", "recordSale", "reverseSale", "getSale", "listSales",
                "createPlan", "addPlanVersion", "assignPlan", "getAttainment", "getTeamAttainment", "getStatement", "exportStatement",
                "closePeriod", "openDispute", "resolveDispute" }) {
            spec.body(containsString("\"operationId\" : \"" + operation + "\""));
        }
        spec.body("components.schemas.Money", notNullValue())
                .body("paths.'/api/sales'.post.responses.'422'", notNullValue());
    }
}
