package io.accountable.notification.preference;

import io.accountable.notification.preference.Preferences.PreferenceView;
import io.accountable.notification.routing.Category;
import io.accountable.notification.routing.Channel;
import io.accountable.platform.security.CurrentUser;
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

@Path("/api/notification-preferences")
@Tag(name = "Preferences", description = "The caller's channels per notification category")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ACCOUNT_EXECUTIVE, Roles.SALES_MANAGER, Roles.COMPLIANCE_OFFICER, Roles.ADMIN })
public class PreferenceResource {

    @Schema(name = "ChannelSwitch")
    public record ChannelSwitch(@NotNull @Schema(example = "false") Boolean enabled) {
    }

    @Inject
    CurrentUser user;

    @Inject
    Preferences preferences;

    @GET
    @Operation(operationId = "listNotificationPreferences", summary = "The caller's setting for every category and channel")
    @APIResponse(responseCode = "200", description = "One entry per category and channel")
    public List<PreferenceView> list() {
        return preferences.of(user.id());
    }

    @PUT
    @Path("/{category}/{channel}")
    @Operation(operationId = "setNotificationPreference", summary = "Switch one channel on or off for one category, for the caller")
    @APIResponse(responseCode = "200", description = "The setting", content = @Content(schema = @Schema(implementation = PreferenceView.class)))
    @APIResponse(responseCode = "404", description = "Unknown category or channel")
    public PreferenceView set(@PathParam("category") Category category, @PathParam("channel") Channel channel,
            @Valid @NotNull ChannelSwitch request) {
        return preferences.set(user.id(), category, channel, request.enabled());
    }
}
