package io.accountable.quota.plan;

import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.security.Roles;
import io.accountable.quota.plan.PlanApi.AssignmentView;
import io.accountable.quota.plan.PlanApi.NewAssignment;
import io.accountable.quota.plan.PlanApi.NewPlan;
import io.accountable.quota.plan.PlanApi.PlanTermsInput;
import io.accountable.quota.plan.PlanApi.PlanView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

@Path("/api/plans")
@Tag(name = "Commission plans", description = "Effective-dated commission plans and who is on them (admin edits)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    PlanService plans;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createPlan", summary = "Create a commission plan with its first version")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "409", description = "Name taken")
    @APIResponse(responseCode = "422", description = "Tiers that do not start at zero or share a threshold")
    public Response create(@Valid @NotNull NewPlan request, @Context UriInfo uri) {
        PlanView created = plans.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @POST
    @Path("/{id}/versions")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addPlanVersion", summary = "Change a plan from an effective date (a new version)")
    @APIResponse(responseCode = "201", description = "Version added", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "422", description = "Invalid tiers")
    public Response addVersion(@PathParam("id") UUID id, @Valid @NotNull PlanTermsInput terms, @Context UriInfo uri) {
        PlanView plan = plans.addVersion(id, terms);
        return Response.created(uri.getBaseUriBuilder().path("api/plans").path(id.toString()).build()).entity(plan).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER })
    @Operation(operationId = "getPlan", summary = "A plan with all its versions")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = "No such plan")
    public PlanView get(@PathParam("id") UUID id) {
        return plans.get(id);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER })
    @Operation(operationId = "listPlans", summary = "Plans by name, paged")
    @APIResponse(responseCode = "200", description = "A page of plans")
    public Page<PlanView> list(@Valid @BeanParam PageRequest page) {
        return plans.list(page);
    }

    @POST
    @Path("/{id}/assignments")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "assignPlan", summary = "Put an executive on the plan from a date, optionally to a date")
    @APIResponse(responseCode = "201", description = "Assigned", content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "The executive is on a plan for part of that time")
    @APIResponse(responseCode = "422", description = "Unknown executive, or ends before it starts")
    public Response assign(@PathParam("id") UUID id, @Valid @NotNull NewAssignment request, @Context UriInfo uri) {
        AssignmentView assignment = plans.assign(id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(assignment.id().toString()).build()).entity(assignment).build();
    }

    @GET
    @Path("/{id}/assignments")
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER })
    @Operation(operationId = "listPlanAssignments", summary = "Who is on the plan, and when")
    @APIResponse(responseCode = "200", description = "The assignments by start date")
    @APIResponse(responseCode = "404", description = "No such plan")
    public List<AssignmentView> assignments(@PathParam("id") UUID id) {
        return plans.assignments(id);
    }
}
