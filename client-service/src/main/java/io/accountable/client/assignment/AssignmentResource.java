package io.accountable.client.assignment;

import io.accountable.client.assignment.AssignmentApi.AssignmentView;
import io.accountable.client.assignment.AssignmentApi.NewAssignment;
import io.accountable.client.assignment.AssignmentApi.NewTeamMember;
import io.accountable.client.assignment.AssignmentApi.OwnerView;
import io.accountable.client.assignment.AssignmentApi.TeamMemberView;
import io.accountable.client.client.ClientApi.ClientView;
import io.accountable.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/clients/{clientId}")
@Tag(name = "Client ownership", description = "The primary executive, its history, and the secondary account team")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentResource {

    @Inject
    AssignmentService assignments;

    @POST
    @Path("/assignments")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER })
    @Operation(operationId = "assignClient", summary = "Make an executive the client's primary executive from an effective date")
    @APIResponse(responseCode = "200", description = "Assigned; the client as it is now", content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No such client")
    @APIResponse(responseCode = "409", description = "Stale version: the client changed meanwhile")
    @APIResponse(responseCode = "422", description = "Departed or unknown executive, tier limit exceeded, closed client, or an effective date out of order")
    public ClientView assign(@PathParam("clientId") UUID clientId, @Valid @NotNull NewAssignment request) {
        return assignments.assign(clientId, request);
    }

    @GET
    @Path("/assignments")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "listClientAssignments", summary = "The client's primary-executive history, oldest first; a reassignment on the day the current holding began replaces that holding, so no holding lasts zero days")
    @APIResponse(responseCode = "200", description = "Every holding with its from and to dates")
    @APIResponse(responseCode = "404", description = "No such client")
    public List<AssignmentView> history(@PathParam("clientId") UUID clientId) {
        return assignments.history(clientId);
    }

    @GET
    @Path("/owner")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "getClientOwner", summary = "Who was the client's primary executive on a date (executiveId null if nobody)")
    @APIResponse(responseCode = "200", description = "The holder on that date", content = @Content(schema = @Schema(implementation = OwnerView.class)))
    @APIResponse(responseCode = "404", description = "No such client")
    public OwnerView owner(@PathParam("clientId") UUID clientId,
            @Parameter(description = "The day (firm calendar, YYYY-MM-DD); today when absent") @QueryParam("on") LocalDate on) {
        return assignments.ownerOn(clientId, on);
    }

    @GET
    @Path("/team")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "listAccountTeam", summary = "The client's secondary account-team members")
    @APIResponse(responseCode = "200", description = "The team")
    @APIResponse(responseCode = "404", description = "No such client")
    public List<TeamMemberView> team(@PathParam("clientId") UUID clientId) {
        return assignments.team(clientId);
    }

    @POST
    @Path("/team")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "addAccountTeamMember", summary = "Add a secondary member with a role to the client's account team")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = TeamMemberView.class)))
    @APIResponse(responseCode = "404", description = "No such client")
    @APIResponse(responseCode = "409", description = "Already on the team")
    @APIResponse(responseCode = "422", description = "Unknown or departed executive, the primary executive, or a closed client")
    public Response addTeamMember(@PathParam("clientId") UUID clientId, @Valid @NotNull NewTeamMember request, @Context UriInfo uri) {
        TeamMemberView added = assignments.addTeamMember(clientId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(added.id().toString()).build()).entity(added).build();
    }

    @GET
    @Path("/team/{memberId}")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "getAccountTeamMember", summary = "One member of the client's account team")
    @APIResponse(responseCode = "200", description = "The member", content = @Content(schema = @Schema(implementation = TeamMemberView.class)))
    @APIResponse(responseCode = "404", description = "No such client, or no such member of its team")
    public TeamMemberView teamMember(@PathParam("clientId") UUID clientId, @PathParam("memberId") UUID memberId) {
        return assignments.teamMember(clientId, memberId);
    }

    @DELETE
    @Path("/team/{memberId}")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "removeAccountTeamMember", summary = "Remove a member from the client's account team")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such client or member")
    public void removeTeamMember(@PathParam("clientId") UUID clientId, @PathParam("memberId") UUID memberId) {
        assignments.removeTeamMember(clientId, memberId);
    }
}
