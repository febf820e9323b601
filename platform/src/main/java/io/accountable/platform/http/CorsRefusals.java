package io.accountable.platform.http;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * An origin the CORS policy refuses gets no {@code Access-Control-*} header at all. Quarkus' CORS
 * filter omits only {@code Access-Control-Allow-Origin} then, and still lists the allowed methods,
 * headers and exposed headers: a description of the policy to anyone who asks from anywhere.
 */
@ApplicationScoped
public class CorsRefusals {

    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    /** Installed at the CORS filter's order before it (routes of one order run as added), so it sees the filter's answer. */
    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_CORS_MANAGEMENT).handler(context -> {
            if (context.request().headers().contains("Origin")) {
                context.addHeadersEndHandler(ignored -> stripUnlessAllowed(context.response().headers()));
            }
            context.next();
        });
    }

    private static void stripUnlessAllowed(MultiMap headers) {
        if (headers.contains(ALLOW_ORIGIN)) {
            return;
        }
        List<String> cors = headers.names().stream().filter(name -> name.regionMatches(true, 0, "Access-Control-", 0, 15)).toList();
        cors.forEach(headers::remove);
    }
}
