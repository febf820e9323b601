package io.accountable.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.devstack.ServiceFleet;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The fleet's start-up promise: the first start after a package trains each service's class-data
 * archive, and the services then run with it; a JDK 17 JVM that cannot use its archive says so in the log
 * (JDK 25's, with its ahead-of-time cache, falls back without a word).
 */
class ClassDataArchiveIT {

    final RunningSystem system = RunningSystem.get();

    @Test
    void everyServiceRunsWithTheArchiveItsTrainingRunMade() throws Exception {
        for (String service : ServiceFleet.SERVICES) {
            Path app = RunningSystem.root().resolve(service).resolve("target/quarkus-app");
            Path archive = system.fleet.archive(service);

            assertTrue(Files.isRegularFile(archive), service + " has no trained archive");
            assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(app.resolve("quarkus-run.jar"))) > 0,
                    service + "'s archive is older than its package");
            assertFalse(Files.exists(system.fleet.trainingArchive(service)), service + "'s training run left its archive unfinished");
            assertFalse(Files.readString(system.fleet.log(service)).contains("Unable to use shared archive"),
                    service + " could not use its archive");
        }
    }
}
