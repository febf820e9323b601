package io.accountable.compliance.preclearance;

import io.accountable.compliance.preclearance.PreclearanceApi.NewPreclearance;
import io.accountable.compliance.preclearance.PreclearanceApi.PreclearanceView;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/preclearances")
@Tag(name = "Pre-clearance", description = "Ask before giving: APPROVED, DENIED or NEEDS_REVIEW by value band")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PreclearanceResource {

    @Inject
    PreclearanceService preclearances;

    @POST
    @RolesAllowed({ Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "requestPreclearance", summary = "Ask whether a planned gift may be given; answered at once with the recipients' allowance")
    @APIResponse(responseCode = "201", description = "Decided", content = @Content(schema = @Schema(implementation = PreclearanceView.class)))
    @APIResponse(responseCode = "422", description = "Unknown giver or contact, a past date, or a missing rate")
    public Response request(@Valid @NotNull NewPreclearance request, @Context UriInfo uri) {
        PreclearanceView decided = preclearances.request(request);
        return Response.created(uri.getAbsolutePathBuilder().path(decided.id().toString()).build()).entity(decided).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ACCOUNT_EXECUTIVE, Roles.SALES_MANAGER, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "getPreclearance", summary = "A pre-clearance, with its decision after review")
    @APIResponse(responseCode = "200", description = "The pre-clearance", content = @Content(schema = @Schema(implementation = PreclearanceView.class)))
    @APIResponse(responseCode = "404", description = "No such pre-clearance the caller may see")
    public PreclearanceView get(@PathParam("id") UUID id) {
        return preclearances.get(id);
    }

    @GET
    @RolesAllowed({ Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "listPreclearances", summary = "Pre-clearances the caller may see, newest first")
    @APIResponse(responseCode = "200", description = "A page of pre-clearances")
    public Page<PreclearanceView> list(@QueryParam("decision") PreclearanceDecision decision, @Valid @BeanParam PageRequest page) {
        return preclearances.list(decision, page);
    }
}
