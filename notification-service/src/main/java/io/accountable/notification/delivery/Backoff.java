package io.accountable.notification.delivery;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with equal jitter: after the n-th failed attempt the wait is
 * initial * 2^(n-1), capped, of which a random half is added to a fixed half, so that deliveries
 * that failed together do not retry together and no wait collapses to zero.
 */
final class Backoff {

    private Backoff() {
    }

    static Duration after(int failedAttempts, Duration initial, Duration max, RandomGenerator random) {
        long capMillis = max.toMillis();
        long exponential = initial.toMillis();
        for (int i = 1; i < failedAttempts && exponential < capMillis; i++) {
            exponential *= 2;
        }
        long ceiling = Math.min(exponential, capMillis);
        long half = ceiling / 2;
        return Duration.ofMillis(ceiling - half + random.nextLong(half + 1));
    }
}
