package io.accountable.client.client;

import io.accountable.client.executive.Executive;
import io.accountable.platform.problem.ProblemException;
import io.accountable.platform.security.CurrentUser;
import io.accountable.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who may see and change which clients: admin every client, compliance officers read every client,
 * an executive the clients they hold (and read those whose account team they are on), a manager
 * also those of their direct reports. A client out of reach is answered as not found, so its
 * existence does not leak.
 */
@RequestScoped
public class ClientAccess {

    @Inject
    AccountTeams accountTeams;

    @Inject
    CurrentUser user;

    private Set<UUID> reach;

    /** The caller's executive id, when their token's subject is one. */
    public Optional<UUID> executiveId() {
        try {
            return Optional.of(UUID.fromString(user.id()));
        } catch (IllegalArgumentException notAnExecutive) {
            return Optional.empty();
        }
    }

    public boolean readsEveryClient() {
        return user.isAdmin() || user.is(Roles.COMPLIANCE_OFFICER);
    }

    public boolean isAdmin() {
        return user.isAdmin();
    }

    /**
     * Gifts to the client's people are for compliance officers and the client's own primary
     * executive: not their manager or account team, and not admin, whom compliance-service's gift
     * resources do not admit either, while "admin everything" covers this service's own records.
     */
    public boolean seesGiftsOf(Client client) {
        return user.is(Roles.COMPLIANCE_OFFICER)
                || client.primaryExecutiveId != null && executiveId().filter(client.primaryExecutiveId::equals).isPresent();
    }

    /** The executives whose clients the caller holds sway over: themselves and, for a manager, their direct reports. */
    public Set<UUID> reach() {
        if (reach == null) {
            reach = new HashSet<>();
            executiveId().ifPresent(self -> {
                reach.add(self);
                if (user.is(Roles.SALES_MANAGER)) {
                    Executive.<Executive>list("managerId", self).forEach(report -> reach.add(report.id));
                }
            });
        }
        return reach;
    }

    /** May the caller hold clients for, or assign clients to, this executive? */
    public boolean reaches(UUID executiveId) {
        return user.isAdmin() || reach().contains(executiveId);
    }

    public Client readable(UUID id) {
        Client client = Client.findById(id);
        if (client == null || !mayRead(client)) {
            throw ProblemException.notFound("client", id);
        }
        return client;
    }

    /** The client, locked until the transaction ends so concurrent changes of it queue up. */
    /** A client the caller may change that is not closed, row-locked: where every change to its relationship starts. */
    public Client changeableOpen(UUID id) {
        Client client = changeable(id);
        client.requireOpen();
        return client;
    }

    public Client changeable(UUID id) {
        Client client = Client.lockedById(id);
        if (client == null || !mayRead(client)) {
            throw ProblemException.notFound("client", id);
        }
        if (!mayChange(client)) {
            throw ProblemException.forbidden("Only the client's primary executive, their manager or an admin may change client " + id);
        }
        return client;
    }

    private boolean mayRead(Client client) {
        return readsEveryClient() || mayChange(client)
                || !reach().isEmpty() && accountTeams.anyMember(client.id, reach());
    }

    private boolean mayChange(Client client) {
        return user.isAdmin() || client.primaryExecutiveId != null && reach().contains(client.primaryExecutiveId);
    }
}
