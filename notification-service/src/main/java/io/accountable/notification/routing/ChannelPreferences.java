package io.accountable.notification.routing;

import java.util.Set;

/**
 * What users chose to receive. The preference feature owns the choices and implements this, so routing
 * need not depend on that feature (which names its choices by routing's categories and channels).
 */
public interface ChannelPreferences {

    /** Of the channels given, those the user has not switched off for the category, in one read. */
    Set<Channel> allowed(String userId, Category category, Set<Channel> channels);
}
