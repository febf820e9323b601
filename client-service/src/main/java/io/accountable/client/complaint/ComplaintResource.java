package io.accountable.client.complaint;

import io.accountable.client.complaint.ComplaintApi.Acknowledgement;
import io.accountable.client.complaint.ComplaintApi.ComplaintView;
import io.accountable.client.complaint.ComplaintApi.Resolution;
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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/complaints")
@Tag(name = "Complaints", description = "Client complaints and their service levels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintResource {

    @Inject
    ComplaintService complaints;

    @GET
    @Path("/overdue")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "listOverdueComplaints", summary = "Unresolved complaints past their due date, most overdue first")
    @APIResponse(responseCode = "200", description = "The overdue complaints the caller may see")
    public List<ComplaintView> overdue() {
        return complaints.overdue();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "getComplaint", summary = "Get a complaint")
    @APIResponse(responseCode = "200", description = "The complaint", content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "404", description = "No such complaint")
    public ComplaintView get(@PathParam("id") UUID id) {
        return complaints.get(id);
    }

    @POST
    @Path("/{id}/acknowledgement")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "acknowledgeComplaint", summary = "Acknowledge an open complaint")
    @APIResponse(responseCode = "200", description = "Acknowledged", content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "404", description = "No such complaint")
    @APIResponse(responseCode = "409", description = "Stale version, or no longer open")
    public ComplaintView acknowledge(@PathParam("id") UUID id, @Valid @NotNull Acknowledgement request) {
        return complaints.acknowledge(id, request.version());
    }

    @POST
    @Path("/{id}/resolution")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "resolveComplaint", summary = "Resolve a complaint with its resolution")
    @APIResponse(responseCode = "200", description = "Resolved", content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "404", description = "No such complaint")
    @APIResponse(responseCode = "409", description = "Stale version, or already resolved")
    public ComplaintView resolve(@PathParam("id") UUID id, @Valid @NotNull Resolution request) {
        return complaints.resolve(id, request.resolution(), request.version());
    }
}
