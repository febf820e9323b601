package io.accountable.notification.inbox;

import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.problem.Problem;
import io.accountable.platform.security.CurrentUser;
import io.accountable.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/notifications")
@Tag(name = "Inbox", description = "The caller's in-app notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ACCOUNT_EXECUTIVE, Roles.SALES_MANAGER, Roles.COMPLIANCE_OFFICER, Roles.ADMIN })
public class InboxResource {

    @Schema(name = "Notification")
    public record NotificationView(UUID id, String eventType, String title, String body, Instant createdAt, Instant readAt) {

        static NotificationView of(Notification notification) {
            return new NotificationView(notification.id, notification.eventType, notification.title, notification.body,
                    notification.createdAt, notification.readAt);
        }
    }

    @Inject
    CurrentUser user;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listNotifications", summary = "The caller's notifications, newest first")
    @APIResponse(responseCode = "200", description = "A page of notifications")
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<NotificationView> list(@Parameter(description = "Only notifications not read yet") @QueryParam("unread") boolean unreadOnly,
            @Valid @BeanParam PageRequest page) {
        String query = "recipientId = :recipient" + (unreadOnly ? " and readAt is null" : "");
        return Page.of(Notification.find(query, Sort.descending("createdAt").and("id"), Parameters.with("recipient", user.id())),
                page, NotificationView::of);
    }
}
