package io.accountable.client.assignment;

import io.accountable.client.assignment.AssignmentApi.BulkReassignment;
import io.accountable.client.assignment.AssignmentApi.BulkResult;
import io.accountable.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/executives/{executiveId}/client-reassignments")
@Tag(name = "Client ownership")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientReassignmentResource {

    @Inject
    AssignmentService assignments;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER })
    @Operation(operationId = "reassignExecutiveClients", summary = "Move every open client of an executive (e.g. one who is departing) to another executive")
    @APIResponse(responseCode = "200", description = "Reassigned; one client-assigned event per client", content = @Content(schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "404", description = "No such executive")
    @APIResponse(responseCode = "422", description = "Departed or unknown receiving executive, tier limit exceeded, or an effective date out of order; nothing moved")
    public BulkResult reassignAll(@PathParam("executiveId") UUID executiveId, @Valid @NotNull BulkReassignment request) {
        return assignments.reassignAll(executiveId, request);
    }
}
