package io.accountable.client.cadence;

import io.accountable.client.cadence.CadenceService.OverdueClient;
import io.accountable.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/executives/{executiveId}/overdue-clients")
@Tag(name = "Interactions")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueClientsResource {

    @Inject
    CadenceService cadence;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "listOverdueClients", summary = "The executive's active clients not contacted within their tier's cadence, longest overdue first")
    @APIResponse(responseCode = "200", description = "The overdue clients")
    @APIResponse(responseCode = "404", description = "No such executive, or not one the caller may see")
    public List<OverdueClient> overdue(@PathParam("executiveId") UUID executiveId) {
        return cadence.overdueClients(executiveId);
    }
}
