package io.accountable.notification.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pure arithmetic: the wait after a failure doubles up to the cap, and the jitter stays within its half. */
class BackoffTest {

    static final Duration INITIAL = Duration.ofSeconds(30);
    static final Duration MAX = Duration.ofHours(1);

    @ParameterizedTest
    @CsvSource({ "1, 30000", "2, 60000", "3, 120000", "4, 240000", "7, 1920000", "8, 3600000", "20, 3600000", "1000, 3600000" })
    void theCeilingDoublesPerFailureUpToTheCap(int failures, long ceilingMillis) {
        Random random = new Random(failures);
        for (int sample = 0; sample < 200; sample++) {
            long wait = Backoff.after(failures, INITIAL, MAX, random).toMillis();
            assertTrue(wait <= ceilingMillis, wait + " <= " + ceilingMillis);
            assertTrue(wait >= ceilingMillis - ceilingMillis / 2, wait + " >= half of " + ceilingMillis);
        }
    }

    @ParameterizedTest
    @CsvSource({ "0, 15000", "1, 30000" })
    void theRandomPartSpansTheUpperHalf(long randomPart, long expectedMillis) {
        java.util.random.RandomGenerator fixed = new java.util.random.RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public long nextLong(long bound) {
                return randomPart == 0 ? 0 : bound - 1;
            }
        };
        assertEquals(expectedMillis, Backoff.after(1, INITIAL, MAX, fixed).toMillis());
    }
}
