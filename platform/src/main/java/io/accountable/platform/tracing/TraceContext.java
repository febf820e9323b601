package io.accountable.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A W3C trace context ({@code traceparent}, {@code tracestate}) kept with work that continues
 * later or elsewhere: an event in the outbox, a delivery waiting to be sent. Stored with it, it
 * lets the span that finally does the work join the trace of the request that caused it.
 */
public record TraceContext(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    private static final TraceContext NONE = new TraceContext(null, null);

    /** The context of the current span, or one with no traceparent when there is none. */
    public static TraceContext current() {
        if (!Span.current().getSpanContext().isValid()) {
            return NONE;
        }
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return of(carrier.get(TRACEPARENT), carrier.get(TRACESTATE));
    }

    /**
     * Gives an outgoing HTTP request the current span's W3C headers (traceparent, tracestate), so the
     * receiver can continue the trace; none when there is no span.
     */
    public static HttpRequest.Builder propagate(HttpRequest.Builder request) {
        W3CTraceContextPropagator.getInstance().inject(Context.current(), request, HttpRequest.Builder::header);
        return request;
    }

    /** Blank values count as absent, as the W3C headers do. */
    public static TraceContext of(String traceparent, String tracestate) {
        return new TraceContext(blankToNull(traceparent), blankToNull(tracestate));
    }

    /** The context to start a span under: the stored one, or the current one when nothing was stored or it is malformed. */
    public Context parent() {
        return extractOnto(Context.current());
    }

    /** The trace id of the stored context; null when there is none or it is malformed. */
    public String traceId() {
        SpanContext span = Span.fromContext(extractOnto(Context.root())).getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }

    private Context extractOnto(Context base) {
        return traceparent == null ? base : W3CTraceContextPropagator.getInstance().extract(base, this, Getter.INSTANCE);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private enum Getter implements TextMapGetter<TraceContext> {
        INSTANCE;

        @Override
        public Iterable<String> keys(TraceContext carrier) {
            return List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(TraceContext carrier, String key) {
            if (carrier == null) {
                return null;
            }
            return switch (key) {
                case TRACEPARENT -> carrier.traceparent();
                case TRACESTATE -> carrier.tracestate();
                default -> null;
            };
        }
    }
}
