package io.accountable.notification.recipient;

import static io.accountable.notification.Fixtures.admin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.notification.Fixtures;
import io.accountable.notification.SmtpTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Admins keep the compliance officers and admins whom notifications reach. */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.GLOBAL)
class StaffResourceTest {

    @Test
    void anAdminRegistersListsAndChangesAStaffRecipient() {
        String id = "co-" + UUID.randomUUID();
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("id", id, "fullName", "Jo Judge", "email", "jo@firm.example", "role", "COMPLIANCE_OFFICER"))
                .post("/api/staff-members").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/staff-members/" + id))
                .body("active", equalTo(true)).body("version", equalTo(0));
        given().auth().oauth2(admin()).queryParam("role", "COMPLIANCE_OFFICER").queryParam("size", 200).get("/api/staff-members")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Jo Judge", "email", "jo.judge@firm.example", "role", "ADMIN", "active", false, "version", 0))
                .put("/api/staff-members/" + id).then().statusCode(200)
                .body("role", equalTo("ADMIN")).body("active", equalTo(false)).body("version", equalTo(1));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Jo Judge", "email", "jo.judge@firm.example", "role", "ADMIN", "active", true, "version", 0))
                .put("/api/staff-members/" + id).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void badInputDuplicatesAndNonAdminsAreProblemsThatWriteNothing() {
        String id = Fixtures.complianceOfficer("Kit Keeper");
        long before = QuarkusTransaction.requiringNew().call(() -> StaffMember.count());
        for (Map<String, Object> bad : List.<Map<String, Object>> of(
                Map.of("id", "x-" + UUID.randomUUID(), "fullName", "No Mail", "email", "not-an-address", "role", "ADMIN"),
                Map.of("id", "x-" + UUID.randomUUID(), "fullName", "No Role", "email", "a@firm.example"),
                Map.of("id", "x-" + UUID.randomUUID(), "fullName", "Bad Role", "email", "a@firm.example", "role", "JANITOR"))) {
            given().auth().oauth2(admin()).contentType(ContentType.JSON).body(bad).post("/api/staff-members")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("id", id, "fullName", "Kit Again", "email", "kit@firm.example", "role", "ADMIN"))
                .post("/api/staff-members").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Fixtures.executiveToken(UUID.randomUUID().toString())).contentType(ContentType.JSON)
                .body(Map.of("id", "x-" + UUID.randomUUID(), "fullName", "Sneaky", "email", "s@firm.example", "role", "ADMIN"))
                .post("/api/staff-members").then().statusCode(403).contentType("application/problem+json");
        assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> StaffMember.count()));
        given().auth().oauth2(admin()).get("/api/staff-members/nobody-" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
