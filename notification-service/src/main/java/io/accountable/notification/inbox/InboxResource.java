package io.accountable.notification.inbox;

import io.accountable.notification.inbox.InboxApi.MarkedRead;
import io.accountable.notification.inbox.InboxApi.NotificationView;
import io.accountable.notification.inbox.InboxApi.UnreadCount;
import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.security.CurrentUser;
import io.accountable.platform.security.Roles;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

@Path("/api/notifications")
@Tag(name = "Inbox", description = "The caller's in-app notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ACCOUNT_EXECUTIVE, Roles.SALES_MANAGER, Roles.COMPLIANCE_OFFICER, Roles.ADMIN })
public class InboxResource {

    @Inject
    CurrentUser user;

    @Inject
    InboxService inbox;

    @Inject
    NotificationStream stream;

    @GET
    @Operation(operationId = "listNotifications", summary = "The caller's notifications, newest first")
    @APIResponse(responseCode = "200", description = "A page of notifications")
    public Page<NotificationView> list(@Parameter(description = "Only notifications not read yet") @QueryParam("unread") boolean unreadOnly,
            @Valid @BeanParam PageRequest page) {
        return inbox.list(user.id(), unreadOnly, page);
    }

    @GET
    @Path("/unread-count")
    @Operation(operationId = "countUnreadNotifications", summary = "How many of the caller's notifications are unread")
    @APIResponse(responseCode = "200", description = "The unread count", content = @Content(schema = @Schema(implementation = UnreadCount.class)))
    public UnreadCount unreadCount() {
        return inbox.unread(user.id());
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark one of the caller's notifications read")
    @APIResponse(responseCode = "200", description = "The notification, read", content = @Content(schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "404", description = "No such notification in the caller's inbox")
    public NotificationView markRead(@PathParam("id") UUID id) {
        return inbox.markRead(user.id(), id);
    }

    @POST
    @Path("/read-all")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all of the caller's notifications read")
    @APIResponse(responseCode = "200", description = "How many were marked", content = @Content(schema = @Schema(implementation = MarkedRead.class)))
    public MarkedRead markAllRead() {
        return inbox.markAllRead(user.id());
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "streamNotifications", summary = "Server-Sent Events: the caller's new notifications as they arrive")
    @APIResponse(responseCode = "200", description = "An event stream; each event's data is a Notification")
    public Multi<NotificationView> stream() {
        return stream.of(user.id());
    }
}
