package io.accountable.compliance.policy;

import io.accountable.compliance.policy.PolicyApi.LimitView;
import io.accountable.compliance.policy.PolicyApi.NewLimit;
import io.accountable.compliance.policy.PolicyApi.NewPolicyVersion;
import io.accountable.compliance.policy.PolicyApi.PolicyInForceView;
import io.accountable.compliance.policy.PolicyApi.PolicyVersionView;
import io.accountable.platform.security.Roles;
import io.accountable.platform.time.FirmCalendar;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/policy")
@Tag(name = "Gift policy", description = "The effective-dated limit schedule and gift settings (FINRA Rule 3220)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PolicyResource {

    @Inject
    PolicyService policies;

    @Inject
    FirmCalendar calendar;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COMPLIANCE_OFFICER, Roles.ACCOUNT_EXECUTIVE, Roles.SALES_MANAGER })
    @Operation(operationId = "getGiftPolicyInForce", summary = "The limit, window and settings in force on a date (default today)")
    @APIResponse(responseCode = "200", description = "The policy in force", content = @Content(schema = @Schema(implementation = PolicyInForceView.class)))
    @APIResponse(responseCode = "422", description = "No limit in force on that date")
    public PolicyInForceView inForce(@QueryParam("date") LocalDate date) {
        return policies.view(date == null ? calendar.today() : date);
    }

    @GET
    @Path("/limits")
    @RolesAllowed({ Roles.ADMIN, Roles.COMPLIANCE_OFFICER, Roles.ACCOUNT_EXECUTIVE, Roles.SALES_MANAGER })
    @Operation(operationId = "listGiftLimits", summary = "The limit schedule, oldest first, with who recorded each step")
    @APIResponse(responseCode = "200", description = "The schedule")
    public List<LimitView> limits() {
        return policies.limits();
    }

    @POST
    @Path("/limits")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addGiftLimit", summary = "Add a step to the limit schedule, effective from a future date")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = LimitView.class)))
    @APIResponse(responseCode = "409", description = "A step already starts on that date")
    @APIResponse(responseCode = "422", description = "Not in the future, or not in USD")
    public Response addLimit(@Valid @NotNull NewLimit request, @Context UriInfo uri) {
        LimitView created = policies.addLimit(request);
        return Response.created(uri.getAbsolutePathBuilder().build()).entity(created).build();
    }

    @GET
    @Path("/versions")
    @RolesAllowed({ Roles.ADMIN, Roles.COMPLIANCE_OFFICER, Roles.ACCOUNT_EXECUTIVE, Roles.SALES_MANAGER })
    @Operation(operationId = "listGiftPolicyVersions", summary = "Every version of the gift settings, oldest first, with who recorded it and why")
    @APIResponse(responseCode = "200", description = "The versions")
    public List<PolicyVersionView> versions() {
        return policies.versions();
    }

    @POST
    @Path("/versions")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addGiftPolicyVersion", summary = "Add a version of the gift settings, effective from a future date")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = PolicyVersionView.class)))
    @APIResponse(responseCode = "409", description = "A version already starts on that date")
    @APIResponse(responseCode = "422", description = "Not in the future, not in USD, or a fiscal year without its start month")
    public Response addVersion(@Valid @NotNull NewPolicyVersion request, @Context UriInfo uri) {
        PolicyVersionView created = policies.addVersion(request);
        return Response.created(uri.getAbsolutePathBuilder().build()).entity(created).build();
    }
}
