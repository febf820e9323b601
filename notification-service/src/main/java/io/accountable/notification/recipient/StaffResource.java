package io.accountable.notification.recipient;

import io.accountable.notification.recipient.StaffApi.NewStaffMember;
import io.accountable.notification.recipient.StaffApi.StaffMemberChange;
import io.accountable.notification.recipient.StaffApi.StaffMemberView;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/staff-members")
@Tag(name = "Staff recipients", description = "Compliance officers and admins who receive notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class StaffResource {

    @Inject
    StaffService staff;

    @POST
    @Operation(operationId = "addStaffMember", summary = "Register a compliance officer or admin as a recipient")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = StaffMemberView.class)))
    @APIResponse(responseCode = "409", description = "Id already registered")
    public Response add(@Valid @NotNull NewStaffMember request, @Context UriInfo uri) {
        StaffMemberView created = staff.add(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Operation(operationId = "listStaffMembers", summary = "List staff recipients, optionally by role")
    @APIResponse(responseCode = "200", description = "A page of staff recipients")
    public Page<StaffMemberView> list(@QueryParam("role") StaffRole role, @Valid @BeanParam PageRequest page) {
        return staff.list(role, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStaffMember", summary = "Get a staff recipient")
    @APIResponse(responseCode = "200", description = "The staff recipient", content = @Content(schema = @Schema(implementation = StaffMemberView.class)))
    @APIResponse(responseCode = "404", description = "No such staff recipient")
    public StaffMemberView get(@PathParam("id") String id) {
        return staff.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "changeStaffMember", summary = "Change a staff recipient (optimistic locking on version)")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = StaffMemberView.class)))
    @APIResponse(responseCode = "404", description = "No such staff recipient")
    @APIResponse(responseCode = "409", description = "Stale version")
    public StaffMemberView change(@PathParam("id") String id, @Valid @NotNull StaffMemberChange request) {
        return staff.change(id, request);
    }
}
