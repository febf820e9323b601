package io.accountable.client.complaint;

import io.accountable.client.complaint.ComplaintApi.ComplaintView;
import io.accountable.client.complaint.ComplaintApi.NewComplaint;
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

@Path("/api/clients/{clientId}/complaints")
@Tag(name = "Complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientComplaintResource {

    @Inject
    ComplaintService complaints;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "openComplaint", summary = "Record a client's complaint; its due date follows from the severity's service level")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "404", description = "No such client")
    @APIResponse(responseCode = "422", description = "No primary executive, or received in the future")
    public Response open(@PathParam("clientId") UUID clientId, @Valid @NotNull NewComplaint request, @Context UriInfo uri) {
        ComplaintView created = complaints.open(clientId, request);
        return Response.created(uri.getBaseUriBuilder().path("api/complaints").path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "listClientComplaints", summary = "The client's complaints, newest first")
    @APIResponse(responseCode = "200", description = "The complaints")
    @APIResponse(responseCode = "404", description = "No such client")
    public List<ComplaintView> forClient(@PathParam("clientId") UUID clientId) {
        return complaints.forClient(clientId);
    }
}
