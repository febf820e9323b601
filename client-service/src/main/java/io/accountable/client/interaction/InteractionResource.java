package io.accountable.client.interaction;

import io.accountable.client.interaction.InteractionApi.InteractionView;
import io.accountable.client.interaction.InteractionApi.NewInteraction;
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
import jakarta.ws.rs.QueryParam;
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

@Path("/api/clients/{clientId}/interactions")
@Tag(name = "Interactions", description = "Visits, calls, meetings, e-mails and events with clients; follow-ups and contact cadence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InteractionResource {

    @Inject
    InteractionService interactions;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "logInteraction", summary = "Log an interaction with the client; it completes earlier follow-ups and ends an overdue-contact episode")
    @APIResponse(responseCode = "201", description = "Logged", content = @Content(schema = @Schema(implementation = InteractionView.class)))
    @APIResponse(responseCode = "404", description = "No such client")
    @APIResponse(responseCode = "422", description = "Closed client, a time in the future, or contacts of another client")
    public Response log(@PathParam("clientId") UUID clientId, @Valid @NotNull NewInteraction request, @Context UriInfo uri) {
        InteractionView logged = interactions.log(clientId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(logged.id().toString()).build()).entity(logged).build();
    }

    @GET
    @Path("/{interactionId}")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "getInteraction", summary = "One interaction of the client")
    @APIResponse(responseCode = "200", description = "The interaction", content = @Content(schema = @Schema(implementation = InteractionView.class)))
    @APIResponse(responseCode = "404", description = "No such client, or no such interaction of it")
    public InteractionView get(@PathParam("clientId") UUID clientId, @PathParam("interactionId") UUID interactionId) {
        return interactions.get(clientId, interactionId);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "getClientTimeline", summary = "The client's interactions, newest first")
    @APIResponse(responseCode = "200", description = "A page of the timeline")
    @APIResponse(responseCode = "404", description = "No such client")
    public Page<InteractionView> timeline(@PathParam("clientId") UUID clientId, @QueryParam("kind") InteractionKind kind,
            @Valid @BeanParam PageRequest page) {
        return interactions.timeline(clientId, kind, page);
    }
}
