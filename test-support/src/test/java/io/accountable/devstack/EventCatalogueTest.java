package io.accountable.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document and the payload schemas describe the same set of event types, in the schema version it declares. */
class EventCatalogueTest {

    private static final String GIFT_RECORDED = "accountable.compliance.gift-recorded.v1";

    @Test
    void everySchemaHasAnAsyncApiMessageAndEveryMessageASchema() {
        assertFalse(EventSchemas.schemaTypes().isEmpty());
        assertEquals(EventSchemas.schemaTypes(), EventSchemas.asyncApiMessageNames());
    }

    @Test
    void everySchemaIsDraft07AsTheAsyncApiDocumentDeclares() throws IOException {
        Path events = Path.of("..", "docs", "events");
        String asyncApi = Files.readString(events.resolveSibling("asyncapi.yaml"));
        assertEquals(asyncApi.split("schemaFormat:", -1).length, asyncApi.split("schemaFormat: application/schema\\+json;version=draft-07", -1).length,
                "every message's schemaFormat is draft-07");
        for (String type : EventSchemas.schemaTypes()) {
            String schema = Files.readString(events.resolve(type + ".schema.json"));
            assertTrue(schema.contains("\"$schema\": \"http://json-schema.org/draft-07/schema#\""), type);
            assertFalse(schema.contains("$defs"), type + " uses $defs, which draft-07 does not know");
        }
    }

    /** The money definition is reached through draft-07's definitions: a wrong amount inside it fails. */
    @Test
    void aPayloadIsCheckedThroughItsDefinitions() {
        String payload = """
                {"giftId":"3f6c1c52-8c3e-4c1d-9a57-5b0e2f1d7a10","recipientId":"3f6c1c52-8c3e-4c1d-9a57-5b0e2f1d7a11",
                 "employerName":"Acme","giverIds":["3f6c1c52-8c3e-4c1d-9a57-5b0e2f1d7a12"],"giftDate":"2026-03-10",
                 "category":"BUSINESS_GIFT","valueUsd":{"amount":%s,"currency":"USD"},"countsTowardLimit":true}""";
        EventSchemas.assertValid(GIFT_RECORDED, payload.formatted("\"30.00\""));
        assertThrows(AssertionError.class, () -> EventSchemas.assertValid(GIFT_RECORDED, payload.formatted("\"thirty\"")));
    }
}
