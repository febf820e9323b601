package io.accountable.devstack;

import io.smallrye.jwt.build.Jwt;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/** Mints bearer tokens with the development key, for the local run and for tests. */
public final class DevTokens {

    /** The issuer the services expect of development tokens (mp.jwt.verify.issuer). */
    public static final String ISSUER = "https://accountable.local/dev";

    private final DevKeys keys;

    public DevTokens(DevKeys keys) {
        this.keys = keys;
    }

    public static DevTokens in(Path keysDir) {
        return new DevTokens(DevKeys.in(keysDir));
    }

    public String mint(String role, String subject, Duration lifetime) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .expiresIn(lifetime)
                .sign(keys.privateKey());
    }

    public String mint(String role, String subject) {
        return mint(role, subject, Duration.ofHours(12));
    }
}
