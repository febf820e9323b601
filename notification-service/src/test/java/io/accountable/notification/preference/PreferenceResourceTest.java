package io.accountable.notification.preference;

import static io.accountable.notification.Fixtures.executiveToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.devstack.DevStackTestResource;
import io.accountable.notification.SmtpTestResource;
import io.accountable.notification.routing.Category;
import io.accountable.notification.routing.Channel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each user switches channels per category for themselves; everything is on until they do. */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.GLOBAL)
class PreferenceResourceTest {

    static final String GIFTS_EMAIL = "findAll { it.category == 'GIFTS' && it.channel == 'EMAIL' }[0].enabled";

    @Test
    void everythingIsOnUntilTheUserSwitchesAChannelOffForThemselvesOnly() {
        String user = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        given().auth().oauth2(executiveToken(user)).get("/api/notification-preferences").then().statusCode(200)
                .body("", hasSize(Category.values().length * Channel.values().length)).body(GIFTS_EMAIL, equalTo(true));

        given().auth().oauth2(executiveToken(user)).contentType(ContentType.JSON).body("{\"enabled\": false}")
                .put("/api/notification-preferences/GIFTS/EMAIL").then().statusCode(200).body("enabled", equalTo(false));
        given().auth().oauth2(executiveToken(user)).contentType(ContentType.JSON).body("{\"enabled\": false}")
                .put("/api/notification-preferences/GIFTS/EMAIL").then().statusCode(200);

        given().auth().oauth2(executiveToken(user)).get("/api/notification-preferences").then().body(GIFTS_EMAIL, equalTo(false))
                .body("findAll { it.category == 'GIFTS' && it.channel == 'IN_APP' }[0].enabled", equalTo(true));
        given().auth().oauth2(executiveToken(other)).get("/api/notification-preferences").then().body(GIFTS_EMAIL, equalTo(true));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ChannelPreference.count("userId", user)));
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        String user = UUID.randomUUID().toString();
        given().auth().oauth2(executiveToken(user)).contentType(ContentType.JSON).body("{}")
                .put("/api/notification-preferences/GIFTS/EMAIL").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(executiveToken(user)).contentType(ContentType.JSON).body("{\"enabled\": \"maybe\"}")
                .put("/api/notification-preferences/GIFTS/EMAIL").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(executiveToken(user)).contentType(ContentType.JSON).body("{\"enabled\": false}")
                .put("/api/notification-preferences/HOLIDAYS/EMAIL").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"enabled\": false}").put("/api/notification-preferences/GIFTS/EMAIL")
                .then().statusCode(401);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ChannelPreference.count("userId", user)));
    }
}
