package io.accountable.compliance.gift;

import io.accountable.compliance.gift.GiftApi.AllowanceView;
import io.accountable.platform.security.Roles;
import io.accountable.platform.time.FirmCalendar;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/recipients/{recipientId}/allowance")
@Tag(name = "Gifts")
@Produces(MediaType.APPLICATION_JSON)
public class AllowanceResource {

    @Inject
    Allowances allowances;

    @Inject
    FirmCalendar calendar;

    @GET
    @RolesAllowed({ Roles.ACCOUNT_EXECUTIVE, Roles.SALES_MANAGER, Roles.COMPLIANCE_OFFICER })
    @Operation(operationId = "getRecipientAllowance", summary = "A recipient's limit, used and remaining in the window of a date (default today), across all givers")
    @APIResponse(responseCode = "200", description = "The allowance", content = @Content(schema = @Schema(implementation = AllowanceView.class)))
    @APIResponse(responseCode = "422", description = "No limit in force on that date")
    public AllowanceView get(@PathParam("recipientId") UUID recipientId, @QueryParam("date") LocalDate date) {
        return allowances.on(recipientId, date == null ? calendar.today() : date);
    }
}
