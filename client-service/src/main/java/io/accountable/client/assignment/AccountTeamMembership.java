package io.accountable.client.assignment;

import io.accountable.client.client.AccountTeams;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.UUID;

@ApplicationScoped
class AccountTeamMembership implements AccountTeams {

    @Override
    public boolean anyMember(UUID clientId, Collection<UUID> executiveIds) {
        return AccountTeamMember.count("clientId = ?1 and executiveId in ?2", clientId, executiveIds) > 0;
    }
}
