package io.accountable.client.contact;

import io.accountable.platform.api.BasedOnVersion;
import io.accountable.platform.api.Versioned;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the contact REST API reads and writes. */
public final class ContactApi {

    private ContactApi() {
    }

    static final String PHONE = "\\+?[0-9 ()./-]{3,40}";

    @Schema(name = "NewContact")
    public record NewContact(
            @NotBlank @Size(max = 200) @Schema(example = "Jordan Reyes") String fullName,
            @Size(max = 100) @Schema(example = "Chief Financial Officer") String title,
            @Email @Size(max = 254) @Schema(example = "jordan.reyes@harborfreight.example") String email,
            @Pattern(regexp = PHONE, message = "must be a phone number") @Schema(example = "+1 212 555 0100") String phone,
            @NotNull @Schema(example = "DECISION_MAKER") ContactRole role) {
    }

    @Schema(name = "ContactChange", description = "The whole contact as it should be, with the version it was read at")
    public record ContactChange(
            @NotBlank @Size(max = 200) String fullName,
            @Size(max = 100) String title,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = PHONE, message = "must be a phone number") String phone,
            @NotNull ContactRole role,
            @NotNull @Schema(description = "false once the person has left the client") Boolean active,
            @NotNull @PositiveOrZero Long version) implements BasedOnVersion {
    }

    @Schema(name = "Contact")
    public record ContactView(UUID id, UUID clientId, String fullName, @Schema(nullable = true) String title,
            @Schema(nullable = true) String email, @Schema(nullable = true) String phone, ContactRole role,
            boolean active, long version, Instant createdAt, Instant updatedAt) implements Versioned {

        static ContactView of(Contact contact) {
            return new ContactView(contact.id, contact.clientId, contact.fullName, contact.title, contact.email, contact.phone,
                    contact.role, contact.active, contact.version, contact.createdAt, contact.updatedAt);
        }
    }
}
