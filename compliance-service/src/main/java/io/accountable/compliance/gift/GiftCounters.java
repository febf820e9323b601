package io.accountable.compliance.gift;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Gifts refused over the limit and limit warnings given, registered at start so both series exist at 0. */
@Startup
@ApplicationScoped
public class GiftCounters {

    @Inject
    MeterRegistry registry;

    private Counter refused;
    private Counter warned;

    @PostConstruct
    void register() {
        refused = Counter.builder("accountable.gifts.refused").description("Gifts refused because a recipient would go over the limit")
                .register(registry);
        warned = Counter.builder("accountable.gifts.warned").description("Limit warnings: a recipient's gifts reached the warning threshold")
                .register(registry);
    }

    void refused() {
        refused.increment();
    }

    void warned() {
        warned.increment();
    }
}
