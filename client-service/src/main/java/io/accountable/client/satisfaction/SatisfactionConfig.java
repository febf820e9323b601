package io.accountable.client.satisfaction;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How satisfaction is averaged and when a detractor follows a complaint ({@code accountable.satisfaction.*}). */
@ConfigMapping(prefix = "accountable.satisfaction")
public interface SatisfactionConfig {

    /** The trailing average counts the answers of this many days up to today. */
    @WithDefault("365")
    int trailingDays();

    /** A detractor answered within this many days after a complaint of the client was resolved is published as a drop. */
    @WithDefault("90")
    int afterComplaintDays();
}
