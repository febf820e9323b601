package io.accountable.client.risk;

import io.accountable.client.risk.RiskApi.NewRetentionFlag;
import io.accountable.client.risk.RiskApi.RetentionFlagView;
import io.accountable.platform.security.Roles;
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

@Path("/api/clients/{clientId}/retention-flags")
@Tag(name = "Risk and retention")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientRetentionResource {

    @Inject
    RiskService risk;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "flagRetentionRisk", summary = "Flag that the client may leave; the primary executive must act by a date")
    @APIResponse(responseCode = "201", description = "Flagged", content = @Content(schema = @Schema(implementation = RetentionFlagView.class)))
    @APIResponse(responseCode = "404", description = "No such client")
    @APIResponse(responseCode = "409", description = "The client already has an open flag")
    @APIResponse(responseCode = "422", description = "Closed client, no primary executive, or an act-by date in the past")
    public Response flag(@PathParam("clientId") UUID clientId, @Valid @NotNull NewRetentionFlag request, @Context UriInfo uri) {
        RetentionFlagView flagged = risk.flag(clientId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(flagged.id().toString()).build()).entity(flagged).build();
    }

    @GET
    @Path("/{flagId}")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "getClientRetentionFlag", summary = "One retention flag of the client")
    @APIResponse(responseCode = "200", description = "The flag", content = @Content(schema = @Schema(implementation = RetentionFlagView.class)))
    @APIResponse(responseCode = "404", description = "No such client, or no such flag of it")
    public RetentionFlagView flag(@PathParam("clientId") UUID clientId, @PathParam("flagId") UUID flagId) {
        return risk.flag(clientId, flagId);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "listClientRetentionFlags", summary = "The client's retention flags, newest first")
    @APIResponse(responseCode = "200", description = "The flags")
    @APIResponse(responseCode = "404", description = "No such client")
    public List<RetentionFlagView> flags(@PathParam("clientId") UUID clientId) {
        return risk.flags(clientId);
    }
}
