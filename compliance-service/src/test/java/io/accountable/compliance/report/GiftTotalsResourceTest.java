package io.accountable.compliance.report;

import static io.accountable.compliance.Fixtures.asCompliance;
import static io.accountable.compliance.Fixtures.asExecutive;
import static io.accountable.compliance.Fixtures.contact;
import static io.accountable.compliance.Fixtures.executive;
import static io.accountable.compliance.Fixtures.gift;
import static io.accountable.compliance.Fixtures.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.accountable.devstack.DevStackTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class GiftTotalsResourceTest {

    @Test
    void totalsPerEmployerAndPerGiverForAnyWindowAsJsonAndCsv() {
        UUID first = executive();
        UUID second = executive();
        String employer = "Employer " + UUID.randomUUID();
        String other = "Other, Inc. " + UUID.randomUUID();
        UUID one = contact(employer);
        UUID two = contact(employer);
        UUID three = contact(other);
        asExecutive(first).body(with(gift("2019-05-01", "60.00", one, two), "giverIds", List.of(first.toString(), second.toString())))
                .post("/api/gifts").then().statusCode(201);
        asExecutive(first).body(gift("2019-05-02", "40.00", one)).post("/api/gifts").then().statusCode(201);
        asExecutive(second).body(with(gift("2019-05-03", "10.00", three), "category", "DE_MINIMIS")).post("/api/gifts").then().statusCode(201);
        asExecutive(first).body(gift("2019-07-01", "5.00", one)).post("/api/gifts").then().statusCode(201);

        String employerRow = "items.find { it.employerName == '" + employer + "' }";
        asCompliance().queryParam("from", "2019-05-01").queryParam("to", "2019-06-30").queryParam("size", 200)
                .get("/api/reports/employers")
                .then().statusCode(200)
                .body(employerRow + ".totalGiven.amount", equalTo("100.00"))
                .body(employerRow + ".countingTowardLimit.amount", equalTo("100.00"))
                .body(employerRow + ".recipients", equalTo(2))
                .body(employerRow + ".gifts", equalTo(2))
                .body(employerRow + ".windowEnd", equalTo("2019-06-30"))
                .body("items.find { it.employerName == '" + other + "' }.countingTowardLimit.amount", equalTo("0.00"));
        asCompliance().queryParam("date", "2019-12-31").queryParam("size", 200).get("/api/reports/employers")
                .then().statusCode(200)
                .body(employerRow + ".totalGiven.amount", equalTo("105.00"))
                .body(employerRow + ".gifts", equalTo(3))
                .body(employerRow + ".windowStart", equalTo("2019-01-01"));
        asCompliance().queryParam("from", "2019-05-01").queryParam("to", "2019-06-30").queryParam("size", 1)
                .get("/api/reports/employers")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("size", equalTo(1));

        String secondRow = "items.find { it.executiveId == '" + second + "' }";
        asCompliance().queryParam("from", "2019-05-01").queryParam("to", "2019-06-30").queryParam("size", 200)
                .get("/api/reports/givers")
                .then().statusCode(200)
                .body("items.find { it.executiveId == '" + first + "' }.totalGiven.amount", equalTo("100.00"))
                .body("items.find { it.executiveId == '" + first + "' }.recipients", equalTo(2))
                .body(secondRow + ".fullName", equalTo("Executive " + second))
                .body(secondRow + ".totalGiven.amount", equalTo("70.00"))
                .body(secondRow + ".countingTowardLimit.amount", equalTo("60.00"))
                .body(secondRow + ".recipients", equalTo(3))
                .body(secondRow + ".gifts", equalTo(2));

        asCompliance().accept("text/csv").queryParam("from", "2019-05-01").queryParam("to", "2019-06-30").get("/api/reports/employers")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith("employerName,windowStart,windowEnd,totalGivenUsd,countingTowardLimitUsd,recipients,gifts\r\n"))
                .body(containsString(employer + ",2019-05-01,2019-06-30,100.00,100.00,2,2\r\n"))
                .body(containsString("\"" + other + "\",2019-05-01,2019-06-30,10.00,0.00,1,1\r\n"));
        asCompliance().accept("text/csv").queryParam("from", "2019-05-01").queryParam("to", "2019-06-30").get("/api/reports/givers")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith("executiveId,fullName,windowStart,windowEnd,totalGivenUsd,countingTowardLimitUsd,recipients,gifts\r\n"))
                .body(containsString(second + ",Executive " + second + ",2019-05-01,2019-06-30,70.00,60.00,3,2\r\n"));
    }

    @Test
    void aCorrectedGiftCountsOnlyInItsLatestVersion() {
        UUID giver = executive();
        String employer = "Employer " + UUID.randomUUID();
        UUID recipient = contact(employer);
        String id = asExecutive(giver).body(gift("2019-08-01", "50.00", recipient)).post("/api/gifts")
                .then().statusCode(201).extract().path("id");
        asExecutive(giver).body(Map.of("reason", "Receipt shows USD 45", "gift", gift("2019-08-01", "45.00", recipient)))
                .post("/api/gifts/" + id + "/corrections").then().statusCode(201);

        asCompliance().queryParam("from", "2019-08-01").queryParam("to", "2019-08-01").queryParam("size", 200)
                .get("/api/reports/employers")
                .then().statusCode(200)
                .body("items.find { it.employerName == '" + employer + "' }.gifts", equalTo(1))
                .body("items.find { it.employerName == '" + employer + "' }.totalGiven.amount", equalTo("45.00"));
    }

    @Test
    void onlyComplianceOfficersSeeTheReports() {
        UUID giver = executive();
        asExecutive(giver).get("/api/reports/employers").then().statusCode(403);
        asExecutive(giver).get("/api/reports/givers").then().statusCode(403);
        asExecutive(giver).accept("text/csv").get("/api/reports/givers").then().statusCode(403);
    }

    @Test
    void aBadWindowIsAProblem() {
        asCompliance().queryParam("from", "2019-05-01").get("/api/reports/employers")
                .then().statusCode(422).contentType("application/problem+json").body("field", equalTo("to"));
        asCompliance().queryParam("from", "2019-06-01").queryParam("to", "2019-05-01").get("/api/reports/givers")
                .then().statusCode(422).contentType("application/problem+json");
        asCompliance().accept("text/csv").queryParam("from", "2019-06-01").queryParam("to", "2019-05-01").get("/api/reports/givers")
                .then().statusCode(422).contentType("application/problem+json");
        asCompliance().queryParam("from", "2019-05-01").queryParam("to", "2019-06-01").queryParam("date", "2019-05-01")
                .get("/api/reports/givers")
                .then().statusCode(422).contentType("application/problem+json");
        asCompliance().queryParam("from", "yesterday").queryParam("to", "2019-06-01").get("/api/reports/employers")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        asCompliance().queryParam("size", 0).get("/api/reports/employers")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
