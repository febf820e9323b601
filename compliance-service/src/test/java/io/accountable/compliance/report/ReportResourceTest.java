package io.accountable.compliance.report;

import static io.accountable.compliance.Fixtures.asCompliance;
import static io.accountable.compliance.Fixtures.asExecutive;
import static io.accountable.compliance.Fixtures.contact;
import static io.accountable.compliance.Fixtures.executive;
import static io.accountable.compliance.Fixtures.gift;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.accountable.devstack.DevStackTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class ReportResourceTest {

    @Test
    void perRecipientTotalsAsJsonAndStreamedCsvWithTheNearLimitList() {
        UUID giver = executive();
        String employer = "Employer, \"Quoted\" " + UUID.randomUUID();
        UUID near = contact(employer);
        UUID far = contact(employer);
        asExecutive(giver).body(gift("2023-03-01", "90.00", near)).post("/api/gifts").then().statusCode(201);
        asExecutive(giver).body(gift("2023-03-02", "10.00", far)).post("/api/gifts").then().statusCode(201);

        asCompliance().queryParam("date", "2023-12-31").get("/api/reports/recipients")
                .then().statusCode(200)
                .body("find { it.recipientId == '" + near + "' }.used.amount", equalTo("90.00"))
                .body("find { it.recipientId == '" + near + "' }.remaining.amount", equalTo("10.00"))
                .body("find { it.recipientId == '" + far + "' }.percent", equalTo(10.0f));
        asCompliance().queryParam("date", "2023-12-31").queryParam("nearLimit", true).get("/api/reports/recipients")
                .then().statusCode(200)
                .body("recipientId", hasItem(near.toString()))
                .body("recipientId", not(hasItem(far.toString())));
        asCompliance().accept("text/csv").queryParam("date", "2023-06-30").get("/api/reports/recipients")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith("recipientId,fullName,employerName,"))
                .body(containsString(near + ",Contact " + near + ",\"Employer, \"\"Quoted\"\" "))
                .body(containsString(",2023-01-01,2023-12-31,100.00,90.00,10.00,90.00"));
        asExecutive(giver).get("/api/reports/recipients").then().statusCode(403);
    }
}
