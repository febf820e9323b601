package io.accountable.client.client;

import java.util.Collection;
import java.util.UUID;

/** Who is on a client's account team; implemented by the assignment feature, which keeps the teams. */
public interface AccountTeams {

    /** Whether any of the executives is on the client's account team. */
    boolean anyMember(UUID clientId, Collection<UUID> executiveIds);
}
