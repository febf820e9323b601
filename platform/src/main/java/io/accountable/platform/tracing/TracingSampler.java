package io.accountable.platform.tracing;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Samples spans only when something receives them: an OTLP endpoint is configured
 * ({@code ACCOUNTABLE_OTLP_ENDPOINT}), or a span exporter bean exists (tests). Without either, every
 * span is still created with its trace and span id, so logs, the outbox and Kafka headers carry the
 * trace, but none is recorded, so the exporter has nothing to send and no connection to fail.
 */
@Singleton
public class TracingSampler {

    @Produces
    @Singleton
    Sampler sampler(@ConfigProperty(name = "accountable.otlp.endpoint") Optional<String> endpoint,
            @Any Instance<SpanExporter> exporters) {
        boolean exported = endpoint.filter(value -> !value.isBlank()).isPresent() || !exporters.isUnsatisfied();
        return exported ? Sampler.parentBased(Sampler.alwaysOn()) : Sampler.alwaysOff();
    }
}
