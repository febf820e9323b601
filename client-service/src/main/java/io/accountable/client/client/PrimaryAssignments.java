package io.accountable.client.client;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What onboarding and a tier change need of primary-executive assignment. The assignment feature owns
 * assignments and implements this, so clients need not depend on that feature (which depends on clients).
 */
public interface PrimaryAssignments {

    /** The executive may take one more open client of the tier; a 422 otherwise. */
    void requireAssignable(UUID executiveId, String tierCode);

    /** The first primary executive of a client being onboarded, from the day it is onboarded. */
    void assignAtOnboarding(Client client, LocalDate day);
}
