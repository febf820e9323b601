package io.accountable.client;

import static io.accountable.client.Fixtures.as;
import static io.accountable.client.Fixtures.newClient;
import static io.accountable.client.Fixtures.uniqueName;
import static org.hamcrest.Matchers.startsWith;

import io.accountable.devstack.DevStackTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Behind the gateway (platform's quarkus.http.proxy.*), a created resource's Location names the gateway's URL. */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class ForwardedHeadersTest {

    @Test
    void locationNamesTheUrlTheClientCalled() {
        as("admin").header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "api.firm.example:8443")
                .body(newClient(uniqueName("Forwarded Freight"))).post("/api/clients")
                .then().statusCode(201)
                .header("Location", startsWith("https://api.firm.example:8443/api/clients/"));
    }

    @Test
    void withoutAProxyLocationNamesTheServiceItself() {
        as("admin").body(newClient(uniqueName("Direct Freight"))).post("/api/clients")
                .then().statusCode(201)
                .header("Location", startsWith("http://localhost:"));
    }
}
