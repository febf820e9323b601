package io.accountable.notification.routing;

import io.accountable.notification.routing.RoutingApi.RoutingRuleChange;
import io.accountable.notification.routing.RoutingApi.RoutingRuleView;
import io.accountable.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/routing-rules")
@Tag(name = "Routing rules", description = "Which event types reach which audiences through which channels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RoutingRuleResource {

    @Inject
    RoutingRuleService rules;

    @GET
    @Operation(operationId = "listRoutingRules", summary = "Every routing rule, one per notifying event type")
    @APIResponse(responseCode = "200", description = "The rules")
    public List<RoutingRuleView> list() {
        return rules.list();
    }

    @GET
    @Path("/{eventType}")
    @Operation(operationId = "getRoutingRule", summary = "The routing rule of one event type")
    @APIResponse(responseCode = "200", description = "The rule", content = @Content(schema = @Schema(implementation = RoutingRuleView.class)))
    @APIResponse(responseCode = "404", description = "No rule for this event type")
    public RoutingRuleView get(@PathParam("eventType") String eventType) {
        return rules.get(eventType);
    }

    @PUT
    @Path("/{eventType}")
    @Operation(operationId = "changeRoutingRule", summary = "Change who hears about an event type and how (optimistic locking on version)")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = RoutingRuleView.class)))
    @APIResponse(responseCode = "404", description = "No rule for this event type")
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "422", description = "An active rule that reaches nobody")
    public RoutingRuleView change(@PathParam("eventType") String eventType, @Valid @NotNull RoutingRuleChange request) {
        return rules.change(eventType, request);
    }
}
