package io.accountable.client.timeline;

import io.accountable.platform.api.Page;
import io.accountable.platform.api.PageRequest;
import io.accountable.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/clients/{clientId}/timeline")
@Tag(name = "Timeline", description = "A client's whole relationship in one feed")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    @Inject
    TimelineService timeline;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "getClientRelationshipTimeline", summary = "Interactions, opportunities and their stage changes, complaints, risk ratings, assignments, products opened and closed, survey answers and gifts, newest first",
            description = "Gifts to the client's people (kind GIFT, linking to compliance-service's gift) are on it only for compliance officers and "
                    + "the client's primary executive; for anyone else they are neither listed nor counted, also when asked for by kind.")
    @APIResponse(responseCode = "200", description = "A page of the timeline")
    @APIResponse(responseCode = "404", description = "No such client")
    public Page<TimelineItem> timeline(@PathParam("clientId") UUID clientId,
            @QueryParam("kind") @Parameter(description = "Only these kinds (repeat the parameter); every kind the caller may see when absent") List<TimelineKind> kinds,
            @Valid @BeanParam PageRequest page) {
        return timeline.timeline(clientId, kinds, page);
    }
}
