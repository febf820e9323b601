package io.accountable.notification.preference;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.accountable.notification.routing.Category;
import io.accountable.notification.routing.Channel;
import io.accountable.notification.routing.ChannelPreferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Users' channel choices per category: everything is on until the user switches it off. */
@ApplicationScoped
@Transactional
public class Preferences implements ChannelPreferences {

    @Schema(name = "ChannelPreference")
    public record PreferenceView(Category category, Channel channel, boolean enabled) {
    }

    @Override
    @Transactional(SUPPORTS)
    public Set<Channel> allowed(String userId, Category category, Set<Channel> channels) {
        Set<Channel> allowed = channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
        ChannelPreference.<ChannelPreference> list("userId = ?1 and category = ?2 and enabled = false", userId, category)
                .forEach(switchedOff -> allowed.remove(switchedOff.channel));
        return allowed;
    }

    @Transactional(SUPPORTS)
    public List<PreferenceView> of(String userId) {
        Set<String> switchedOff = new HashSet<>();
        ChannelPreference.<ChannelPreference> list("userId = ?1 and enabled = false", userId)
                .forEach(preference -> switchedOff.add(preference.category + "/" + preference.channel));
        List<PreferenceView> views = new ArrayList<>();
        for (Category category : Category.values()) {
            for (Channel channel : Channel.values()) {
                views.add(new PreferenceView(category, channel, !switchedOff.contains(category + "/" + channel)));
            }
        }
        return views;
    }

    public PreferenceView set(String userId, Category category, Channel channel, boolean enabled) {
        ChannelPreference preference = ChannelPreference.find(userId, category, channel);
        if (preference == null) {
            preference = new ChannelPreference();
            preference.id = UUID.randomUUID();
            preference.userId = userId;
            preference.category = category;
            preference.channel = channel;
        }
        preference.enabled = enabled;
        preference.updatedAt = Instant.now();
        preference.persist();
        return new PreferenceView(category, channel, enabled);
    }
}
