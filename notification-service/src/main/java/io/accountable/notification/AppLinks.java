package io.accountable.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The frontend's base URL ({@code ACCOUNTABLE_APP_URL}), from which notifications link to its pages. */
@ApplicationScoped
public class AppLinks {

    private final String base;

    AppLinks(@ConfigProperty(name = "accountable.app.url") URI appUrl) {
        String url = appUrl.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The base URL without a trailing slash, so a page's path follows it: {@code base() + "/clients/" + id}. */
    public String base() {
        return base;
    }
}
