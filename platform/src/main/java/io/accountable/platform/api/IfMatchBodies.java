package io.accountable.platform.api;

import io.accountable.platform.problem.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * {@code If-Match} on a change whose body names a version ({@link BasedOnVersion}). The service
 * compares the body's version with the current one inside its transaction; so the precondition
 * holds exactly when {@code If-Match} names the body's version and that check passes. A request
 * whose two versions disagree is refused with 412 here, before anything runs; one whose shared
 * version is no longer current gets 412 from the service's check ({@code ProblemMappers}). Either
 * way nothing is applied.
 */
@Provider
public class IfMatchBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        String ifMatch = context.getHeaders().getFirst(HttpHeaders.IF_MATCH);
        if (ifMatch != null && body instanceof BasedOnVersion change && !ifMatch.trim().equals("*")) {
            if (change.version() == null || !ConditionalRequests.names(ifMatch, change.version())) {
                throw ProblemException.preconditionFailed("If-Match " + ifMatch.trim() + " does not name the version the body is based on ("
                        + change.version() + "); send the ETag of the version you read and changed");
            }
        }
        return body;
    }
}
