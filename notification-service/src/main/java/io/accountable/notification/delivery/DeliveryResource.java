package io.accountable.notification.delivery;

import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.security.Roles;
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
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/deliveries")
@Tag(name = "Deliveries", description = "E-mails and webhook calls, their retry state, and replay of failed ones")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeliveryResource {

    @Inject
    DeliveryService deliveries;

    @GET
    @Operation(operationId = "listDeliveries", summary = "Deliveries, newest first, filtered by channel, status, target or event")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    public Page<DeliveryView> list(@QueryParam("channel") DeliveryChannel channel, @QueryParam("status") DeliveryStatus status,
            @Parameter(description = "A webhook subscription id or a user id") @QueryParam("target") String target,
            @QueryParam("eventId") String eventId, @Valid @BeanParam PageRequest page) {
        return deliveries.list(channel, status, target, eventId, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDelivery", summary = "One delivery and its retry state")
    @APIResponse(responseCode = "200", description = "The delivery", content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such delivery")
    public DeliveryView get(@PathParam("id") UUID id) {
        return deliveries.get(id);
    }

    @POST
    @Path("/{id}/replay")
    @Operation(operationId = "replayDelivery", summary = "Send a failed (or delivered) delivery again, under the same delivery id")
    @APIResponse(responseCode = "202", description = "Queued for sending", content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such delivery")
    @APIResponse(responseCode = "409", description = "The delivery is still being attempted")
    public Response replay(@PathParam("id") UUID id) {
        return Response.accepted(deliveries.replay(id)).build();
    }
}
