package io.accountable.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The AsyncAPI document and the payload schemas describe the same set of event types. */
class EventCatalogueTest {

    @Test
    void everySchemaHasAnAsyncApiMessageAndEveryMessageASchema() {
        assertFalse(EventSchemas.schemaTypes().isEmpty());
        assertEquals(EventSchemas.schemaTypes(), EventSchemas.asyncApiMessageNames());
    }
}
