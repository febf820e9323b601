package io.accountable.compliance.received;

import io.accountable.compliance.received.ReceivedGiftApi.NewReceivedGift;
import io.accountable.compliance.received.ReceivedGiftApi.ReceivedGiftView;
import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/received-gifts")
@Tag(name = "Gifts received", description = "Gifts the firm's executives received, reviewed above the firm's threshold")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReceivedGiftResource {

    @Inject
    ReceivedGiftService received;

    @POST
    @RolesAllowed({ Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "recordReceivedGift", summary = "Record a gift received; above the policy's threshold it goes to review")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ReceivedGiftView.class)))
    @APIResponse(responseCode = "422", description = "Unknown executive, future date, or missing rate")
    public Response record(@Valid @NotNull NewReceivedGift request, @Context UriInfo uri) {
        ReceivedGiftView created = received.record(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ACCOUNT_EXECUTIVE, Roles.SALES_MANAGER, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "getReceivedGift", summary = "A received gift (executives: their own)")
    @APIResponse(responseCode = "200", description = "The gift", content = @Content(schema = @Schema(implementation = ReceivedGiftView.class)))
    @APIResponse(responseCode = "404", description = "No such gift the caller may see")
    public ReceivedGiftView get(@PathParam("id") UUID id) {
        return received.get(id);
    }

    @GET
    @RolesAllowed({ Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "listReceivedGifts", summary = "Received gifts the caller may see, newest first")
    @APIResponse(responseCode = "200", description = "A page of received gifts")
    public Page<ReceivedGiftView> list(@Valid @BeanParam PageRequest page) {
        return received.list(page);
    }
}
