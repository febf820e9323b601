package io.accountable.notification;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Every span the service finishes during the tests; being a span exporter, it also turns sampling on (platform TracingSampler). */
@Singleton
public class CollectedSpans {

    @Produces
    @Singleton
    InMemorySpanExporter spans() {
        return InMemorySpanExporter.create();
    }
}
