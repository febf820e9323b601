package io.accountable.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Who is calling: the token's subject is the user's id (an executive's id for executives). */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public String id() {
        return identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return is(Roles.ADMIN);
    }
}
