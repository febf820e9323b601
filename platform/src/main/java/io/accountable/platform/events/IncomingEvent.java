package io.accountable.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountable.platform.tracing.TraceContext;
import java.time.OffsetDateTime;

/** A domain event another service published, as a consumer sees it. */
public final class IncomingEvent {

    private final String id;
    private final String type;
    private final String source;
    private final String subject;
    private final OffsetDateTime time;
    private final JsonNode data;
    private final ObjectMapper mapper;
    private final TraceContext trace;

    IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time, JsonNode data, ObjectMapper mapper,
            TraceContext trace) {
        this.id = id;
        this.type = type;
        this.source = source;
        this.subject = subject;
        this.time = time;
        this.data = data;
        this.mapper = mapper;
        this.trace = trace;
    }

    /** The trace of the request that published the event (CloudEvents distributed-tracing extension). */
    public TraceContext trace() {
        return trace;
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    /** The publishing service, as a URI reference ({@code /accountable/client-service}). */
    public String source() {
        return source;
    }

    /** The aggregate id the event is about. */
    public String subject() {
        return subject;
    }

    public OffsetDateTime time() {
        return time;
    }

    public JsonNode data() {
        return data;
    }

    /**
     * The payload read as {@code type}. Fields the type does not know are ignored (tolerant
     * reader); a payload that does not fit fails, and the record goes to the dead-letter topic.
     */
    public <T> T dataAs(Class<T> payloadType) {
        try {
            return mapper.treeToValue(data, payloadType);
        } catch (Exception e) {
            throw new IllegalArgumentException("Event " + id + " of type " + type + " has a payload that is not a "
                    + payloadType.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
