package io.accountable.client.client;

import io.accountable.client.client.ClientApi.ClientChange;
import io.accountable.client.client.ClientApi.ClientView;
import io.accountable.client.client.ClientApi.NewClient;
import io.accountable.client.client.ClientApi.StatusChange;
import io.accountable.client.client.ClientApi.TierChange;
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
import jakarta.ws.rs.PUT;
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

@Path("/api/clients")
@Tag(name = "Clients", description = "Individual and corporate clients and their lifecycle")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientResource {

    @Inject
    ClientService clients;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "onboardClient", summary = "Onboard a client as a prospect, optionally with its primary executive")
    @APIResponse(responseCode = "201", description = "Onboarded", content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "422", description = "Unknown tier, unknown or departed executive, or the tier's per-executive limit exceeded")
    public Response onboard(@Valid @NotNull NewClient request, @Context UriInfo uri) {
        ClientView created = clients.onboard(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "searchClients", summary = "Search the clients the caller may see, filtered, sorted and paged")
    @APIResponse(responseCode = "200", description = "A page of clients")
    public Page<ClientView> search(@Valid @BeanParam ClientSearch search, @Valid @BeanParam PageRequest page) {
        return clients.search(search, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "getClient", summary = "Get a client")
    @APIResponse(responseCode = "200", description = "The client", content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No such client, or not one the caller may see")
    public Response get(@PathParam("id") UUID id) {
        ClientView client = clients.get(id);
        return Response.ok(client).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "changeClient", summary = "Change a client's descriptive data (optimistic locking on version)")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No such client")
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "422", description = "The client is closed")
    public Response change(@PathParam("id") UUID id, @Valid @NotNull ClientChange request) {
        ClientView changed = clients.change(id, request);
        return Response.ok(changed).build();
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "changeClientStatus", summary = "Move a client through its lifecycle: PROSPECT → ACTIVE ⇄ DORMANT → CLOSED (final)")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No such client")
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "422", description = "Transition not allowed, closed client, or no primary executive for ACTIVE")
    public ClientView changeStatus(@PathParam("id") UUID id, @Valid @NotNull StatusChange request) {
        return clients.changeStatus(id, request);
    }

    @POST
    @Path("/{id}/tier")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER })
    @Operation(operationId = "changeClientTier", summary = "Move a client to another tier")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No such client")
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "422", description = "Unknown tier, closed client, or the tier's per-executive limit exceeded")
    public ClientView changeTier(@PathParam("id") UUID id, @Valid @NotNull TierChange request) {
        return clients.changeTier(id, request);
    }
}
