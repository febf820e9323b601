package io.accountable.gateway;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

@ConfigMapping(prefix = "accountable.gateway")
public interface GatewayConfig {

    /** By service name. */
    Map<String, Service> services();

    Duration connectTimeout();

    interface Service {

        URI url();

        /** Paths the service serves, each with everything below it. */
        List<String> prefixes();
    }
}
