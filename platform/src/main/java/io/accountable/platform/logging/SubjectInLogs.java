package io.accountable.platform.logging;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.MDC;

/**
 * Puts the caller's subject (the token's sub, the user id) in the MDC once the request is
 * authenticated, so every line the request logs names who made it. Quarkus keeps the MDC per request
 * (in its Vert.x context), so it ends with the request.
 */
@ApplicationScoped
public class SubjectInLogs implements SecurityIdentityAugmentor {

    public static final String SUBJECT = "subject";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous()) {
            MDC.put(SUBJECT, identity.getPrincipal().getName());
        }
        return Uni.createFrom().item(identity);
    }
}
