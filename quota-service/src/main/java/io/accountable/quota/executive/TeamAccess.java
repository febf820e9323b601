package io.accountable.quota.executive;

import io.accountable.platform.problem.ProblemException;
import io.accountable.platform.security.CurrentUser;
import io.accountable.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Whose quota-service data the caller may see: executives their own, managers their team (the
 * executives whose manager they are in the read model) and their own, admin everyone.
 */
@RequestScoped
public class TeamAccess {

    @Inject
    CurrentUser user;

    public boolean maySee(UUID executiveId) {
        if (user.isAdmin() || executiveId.toString().equals(user.id())) {
            return true;
        }
        if (!user.is(Roles.SALES_MANAGER)) {
            return false;
        }
        Executive executive = Executive.findById(executiveId);
        return executive != null && executive.managerId != null && executive.managerId.toString().equals(user.id());
    }

    public void requireMaySee(UUID executiveId) {
        if (!maySee(executiveId)) {
            throw ProblemException.forbidden("Executive " + executiveId + " is neither you nor on your team");
        }
    }

    /** The caller's team in the read model, empty for someone who manages no one. */
    public List<Executive> team() {
        UUID managerId = callerId();
        return managerId == null ? List.of() : Executive.list("managerId = ?1 order by fullName, id", managerId);
    }

    /** The caller as an executive id, or null when the token's subject is not one. */
    public UUID callerId() {
        try {
            return UUID.fromString(user.id());
        } catch (IllegalArgumentException notAnExecutive) {
            return null;
        }
    }
}
