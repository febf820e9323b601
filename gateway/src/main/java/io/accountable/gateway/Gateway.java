package io.accountable.gateway;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * One origin for the four APIs: each request under a service's path prefixes goes to that service
 * unchanged (Vert.x's reverse proxy), with the forwarded headers that let it name the gateway's URL
 * in Location. Nothing is retried: a request the service did not accept the connection for answers
 * 503 at once, and one it accepted but did not answer is 502, since a POST may have been applied.
 * Anything else is 404, as problem+json like the services' own errors.
 */
@ApplicationScoped
public class Gateway {

    private static final Logger LOG = Logger.getLogger(Gateway.class);

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    /** By service name, sorted, so the merged document's order does not change from one start to the next. */
    Map<String, URI> services() {
        Map<String, URI> services = new TreeMap<>();
        config.services().forEach((name, service) -> services.put(name, service.url()));
        return services;
    }

    void routes(@Observes Router router) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(64));
        config.services().forEach((name, service) -> {
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(port(service.url()), service.url().getHost())
                    .addInterceptor(new Forwarding(name));
            for (String prefix : service.prefixes()) {
                router.route(prefix).handler(context -> proxy.handle(context.request()));
                router.route(prefix + "/*").handler(context -> proxy.handle(context.request()));
            }
        });
        OpenApiMerge merge = new OpenApiMerge(client, services());
        router.get("/q/openapi").handler(merge::handle);
        router.route().order(Integer.MAX_VALUE).handler(Gateway::notFound);
    }

    static int port(URI url) {
        return url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
    }

    private static void notFound(RoutingContext context) {
        String path = context.request().path();
        respond(context.request(), 404, Problems.problem("not-found", "Not found", 404, "No resource at " + path, path).encode());
    }

    static void respond(HttpServerRequest request, int status, String problem) {
        request.response().setStatusCode(status).putHeader("Content-Type", Problems.MEDIA_TYPE).end(problem);
    }

    /** Tells the service who asked and through which URL, and turns a service that cannot be reached into a problem. */
    private static final class Forwarding implements ProxyInterceptor {

        private final String service;

        Forwarding(String service) {
            this.service = service;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            HttpServerRequest incoming = context.request().proxiedRequest();
            MultiMap headers = context.request().headers();
            // set, not appended: what a client sends in these would otherwise be believed
            headers.set("X-Forwarded-Proto", incoming.scheme());
            headers.set("X-Forwarded-Host", incoming.authority().toString());
            if (incoming.authority().port() > 0) {
                headers.set("X-Forwarded-Port", Integer.toString(incoming.authority().port()));
            }
            headers.set("X-Forwarded-For", incoming.remoteAddress().hostAddress());
            return context.sendRequest().recover(failure -> Future.succeededFuture(failed(context, failure)));
        }

        private ProxyResponse failed(ProxyContext context, Throwable failure) {
            String path = context.request().proxiedRequest().path();
            boolean notConnected = failure instanceof ConnectException;
            LOG.warnf("%s did not answer %s %s: %s", service, context.request().getMethod(), path, failure.toString());
            String problem = notConnected
                    ? Problems.problem("unavailable", "Service unavailable", 503,
                            service + " cannot be reached; nothing was sent to it, so the request can be repeated", path).encode()
                    : Problems.problem("bad-gateway", "Bad gateway", 502,
                            service + " did not answer; the request may or may not have been applied", path).encode();
            ProxyResponse response = context.request().release().response()
                    .setStatusCode(notConnected ? 503 : 502)
                    .putHeader("Content-Type", Problems.MEDIA_TYPE)
                    .setBody(Body.body(Buffer.buffer(problem)));
            if (notConnected) {
                response.putHeader("Retry-After", "5");
            }
            return response;
        }
    }
}
