package io.accountable.client.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimelineItem", description = "One thing that happened in a client relationship")
public record TimelineItem(
        @Schema(required = true) TimelineKind kind,
        @Schema(required = true, description = "The business day it happened on (firm calendar)") LocalDate on,
        @Schema(required = true, description = "When it happened or was recorded (UTC): orders items of one day") Instant at,
        @Schema(required = true, description = "The id of the item's own record (a product code for products, compliance-service's gift id for gifts)") String id,
        @Schema(required = true, example = "MEETING: Quarterly review of the credit facility") String summary,
        @Schema(required = true, description = "Where the item's resource is read", example = "/api/opportunities/6f1c…") String link,
        @Schema(required = true, nullable = true, description = "The gift on a GIFT item; null on every other kind") TimelineGift gift) {

    TimelineItem(TimelineKind kind, LocalDate on, Instant at, String id, String summary, String link) {
        this(kind, on, at, id, summary, link, null);
    }

    /** Newest first: by day, then by time, then by kind and id so equal times still order one way. */
    static final Comparator<TimelineItem> NEWEST_FIRST = Comparator.comparing(TimelineItem::on).thenComparing(TimelineItem::at)
            .thenComparing(TimelineItem::kind).thenComparing(TimelineItem::id).reversed();
}
