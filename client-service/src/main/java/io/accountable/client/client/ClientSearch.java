package io.accountable.client.client;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters and sort order of a client search. */
public class ClientSearch {

    @QueryParam("name")
    @Size(max = 200)
    @Parameter(description = "Legal name starts with (case-insensitive)")
    public String name;

    @QueryParam("tier")
    @Size(max = 32)
    @Parameter(description = "Only clients of this tier code")
    public String tier;

    @QueryParam("segment")
    @Size(max = 100)
    public String segment;

    @QueryParam("status")
    public ClientStatus status;

    @QueryParam("executiveId")
    @Parameter(description = "Primary executive")
    public UUID executiveId;

    @QueryParam("sort")
    @Pattern(regexp = "-?(legalName|createdAt|updatedAt|country|tier|status)", message = "must be legalName, createdAt, updatedAt, country, tier or status, optionally prefixed by - for descending")
    @Parameter(description = "Sort field, - prefix for descending", example = "-createdAt")
    public String sort;
}
