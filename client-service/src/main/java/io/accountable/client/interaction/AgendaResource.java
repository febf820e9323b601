package io.accountable.client.interaction;

import io.accountable.client.interaction.InteractionApi.InteractionView;
import io.accountable.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/executives/{executiveId}/agenda")
@Tag(name = "Interactions")
@Produces(MediaType.APPLICATION_JSON)
public class AgendaResource {

    @Inject
    InteractionService interactions;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.SALES_MANAGER, Roles.ACCOUNT_EXECUTIVE })
    @Operation(operationId = "getExecutiveAgenda", summary = "Follow-ups the executive owes, due up to a day, oldest first")
    @APIResponse(responseCode = "200", description = "The interactions whose follow-up is due")
    @APIResponse(responseCode = "404", description = "No such executive, or not one the caller may see")
    public List<InteractionView> agenda(@PathParam("executiveId") UUID executiveId,
            @Parameter(description = "Due on or before this day (YYYY-MM-DD); today when absent") @QueryParam("until") LocalDate until) {
        return interactions.agenda(executiveId, until);
    }
}
