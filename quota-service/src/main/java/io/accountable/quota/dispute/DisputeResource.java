package io.accountable.quota.dispute;

import io.accountable.platform.security.Roles;
import io.accountable.quota.dispute.DisputeApi.DisputeView;
import io.accountable.quota.dispute.DisputeApi.NewDispute;
import io.accountable.quota.dispute.DisputeApi.Resolution;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/disputes")
@Tag(name = "Disputes", description = "Questions about statement lines, resolved by the executive's manager")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisputeResource {

    @Inject
    DisputeService disputes;

    @POST
    @RolesAllowed(Roles.ACCOUNT_EXECUTIVE)
    @Operation(operationId = "openDispute", summary = "Question a line of one of your issued statements")
    @APIResponse(responseCode = "201", description = "Opened; the manager is notified", content = @Content(schema = @Schema(implementation = DisputeView.class)))
    @APIResponse(responseCode = "404", description = "No such issued statement")
    @APIResponse(responseCode = "409", description = "The line is already disputed")
    @APIResponse(responseCode = "422", description = "No such line")
    public Response open(@Valid @NotNull NewDispute request, @Context UriInfo uri) {
        DisputeView dispute = disputes.open(request);
        return Response.created(uri.getAbsolutePathBuilder().path(dispute.id().toString()).build()).entity(dispute).build();
    }

    @POST
    @Path("/{id}/resolution")
    @RolesAllowed({ Roles.SALES_MANAGER, Roles.ADMIN })
    @Operation(operationId = "resolveDispute", summary = "Accept (with an adjustment) or reject a dispute; the executive is notified")
    @APIResponse(responseCode = "200", description = "Resolved", content = @Content(schema = @Schema(implementation = DisputeView.class)))
    @APIResponse(responseCode = "404", description = "No such dispute")
    @APIResponse(responseCode = "409", description = "Already resolved")
    @APIResponse(responseCode = "422", description = "Accepted without an adjustment")
    public DisputeView resolve(@PathParam("id") UUID id, @Valid @NotNull Resolution resolution) {
        return disputes.resolve(id, resolution);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ACCOUNT_EXECUTIVE, Roles.SALES_MANAGER, Roles.ADMIN })
    @Operation(operationId = "getDispute", summary = "A dispute you raised, or one of your team's")
    @APIResponse(responseCode = "200", description = "The dispute", content = @Content(schema = @Schema(implementation = DisputeView.class)))
    @APIResponse(responseCode = "404", description = "No such dispute")
    public DisputeView get(@PathParam("id") UUID id) {
        return disputes.get(id);
    }

    @GET
    @RolesAllowed({ Roles.ACCOUNT_EXECUTIVE, Roles.SALES_MANAGER, Roles.ADMIN })
    @Operation(operationId = "listDisputes", summary = "An executive's disputes, newest first")
    @APIResponse(responseCode = "200", description = "The disputes")
    public List<DisputeView> list(@NotNull @QueryParam("executiveId") UUID executiveId) {
        return disputes.list(executiveId);
    }
}
