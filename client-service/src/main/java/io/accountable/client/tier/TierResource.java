package io.accountable.client.tier;

import io.accountable.client.tier.TierApi.NewTier;
import io.accountable.client.tier.TierApi.TierChange;
import io.accountable.client.tier.TierApi.TierView;
import io.accountable.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tiers")
@Tag(name = "Tiers", description = "Client tiers: contact cadence and per-executive limits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TierResource {

    @Inject
    TierService tiers;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "listTiers", summary = "List the tiers, most frequently contacted first")
    @APIResponse(responseCode = "200", description = "Every tier")
    public List<TierView> list() {
        return tiers.list();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "getTier", summary = "Get a tier")
    @APIResponse(responseCode = "200", description = "The tier", content = @Content(schema = @Schema(implementation = TierView.class)))
    @APIResponse(responseCode = "404", description = "No such tier")
    public TierView get(@PathParam("code") String code) {
        return tiers.get(code);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createTier", summary = "Create a tier")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TierView.class)))
    @APIResponse(responseCode = "409", description = "Code already taken")
    public Response create(@Valid @NotNull NewTier request, @Context UriInfo uri) {
        TierView created = tiers.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "changeTier", summary = "Change a tier's name, cadence or per-executive limit (optimistic locking on version)")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = TierView.class)))
    @APIResponse(responseCode = "404", description = "No such tier")
    @APIResponse(responseCode = "409", description = "Stale version")
    public TierView change(@PathParam("code") String code, @Valid @NotNull TierChange request) {
        return tiers.change(code, request);
    }
}
