package io.accountable.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.accountable.devstack.ServiceFleet;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests (deploy/kubernetes/base) against what the services really are: probes on
 * the health endpoints and the port their configuration serves, only environment variables the
 * services read, topics with the replication the producers' acks=all relies on, and no more
 * consumers than partitions. Without a cluster here, it reads the files as kustomize would.
 */
class KubernetesManifestsTest {

    private static final Path BASE = RunningSystem.root().resolve("deploy/kubernetes/base");
    private static final YAMLMapper YAML = new YAMLMapper();

    private static final List<JsonNode> RESOURCES = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        for (String file : resourceFiles()) {
            try (var documents = YAML.readValues(YAML.createParser(BASE.resolve(file).toFile()), JsonNode.class)) {
                while (documents.hasNext()) {
                    JsonNode document = documents.next();
                    if (document != null && !document.isEmpty()) {
                        RESOURCES.add(document);
                    }
                }
            }
        }
    }

    @Test
    void theKustomizationListsEveryManifestAndOnlyExistingOnes() throws IOException {
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.list(BASE)) {
            files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                    .filter(name -> !name.equals("kustomization.yaml")).forEach(onDisk::add);
        }
        assertEquals(onDisk, new TreeSet<>(resourceFiles()), "kustomization.yaml's resources are the files of the base");
        for (JsonNode image : kustomization().path("images")) {
            assertTrue(RESOURCES.stream().filter(r -> kind(r).equals("Deployment")).anyMatch(
                    d -> container(d).path("image").asText().equals(image.path("name").asText())), "an image kustomize sets is one a Deployment runs: " + image);
        }
    }

    @Test
    void everyServiceHasADeploymentAServiceABudgetAndAnAutoscaler() {
        for (String service : ServiceFleet.SERVICES) {
            JsonNode deployment = resource("Deployment", service);
            int replicas = deployment.path("spec").path("replicas").asInt();
            assertTrue(replicas >= 2, service + " runs at least two replicas");
            assertEquals(service, deployment.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText());
            assertEquals(service, deployment.path("spec").path("template").path("metadata").path("labels").path("app.kubernetes.io/name").asText());
            JsonNode resources = container(deployment).path("resources");
            for (String bound : List.of("requests", "limits")) {
                assertFalse(resources.path(bound).path("cpu").isMissingNode(), service + " " + bound + " cpu");
                assertFalse(resources.path(bound).path("memory").isMissingNode(), service + " " + bound + " memory");
            }

            JsonNode port = resource("Service", service).path("spec").path("ports").get(0);
            assertTrue(containerPorts(deployment).containsKey(port.path("targetPort").asText()), service + "'s Service targets a named container port");

            JsonNode budget = resource("PodDisruptionBudget", service).path("spec");
            assertEquals(service, budget.path("selector").path("matchLabels").path("app.kubernetes.io/name").asText());
            assertTrue(budget.path("minAvailable").asInt() >= 1 && budget.path("minAvailable").asInt() < replicas,
                    service + ": a drain keeps one replica serving and can still evict one");

            JsonNode autoscaler = resource("HorizontalPodAutoscaler", service).path("spec");
            assertEquals("Deployment", autoscaler.path("scaleTargetRef").path("kind").asText());
            assertEquals(service, autoscaler.path("scaleTargetRef").path("name").asText());
            assertTrue(autoscaler.path("minReplicas").asInt() >= 2, service + " never scales below two");
            assertTrue(autoscaler.path("maxReplicas").asInt() >= autoscaler.path("minReplicas").asInt());
        }
    }

    @Test
    void probesAskTheHealthEndpointsOnThePortTheServiceServesThemOn() throws IOException {
        assertTrue(Files.readString(RunningSystem.root().resolve("platform/pom.xml")).contains("<artifactId>quarkus-smallrye-health</artifactId>"),
                "the platform brings SmallRye Health, which serves the endpoints");
        for (String service : ServiceFleet.SERVICES) {
            Properties config = configOf(service);
            JsonNode deployment = resource("Deployment", service);
            Map<String, Integer> ports = containerPorts(deployment);
            String health = "/" + config.getProperty("quarkus.http.non-application-root-path", "q") + "/"
                    + config.getProperty("quarkus.smallrye-health.root-path", "health");
            Map<String, String> endpoints = Map.of(
                    "livenessProbe", health + "/" + config.getProperty("quarkus.smallrye-health.liveness-path", "live"),
                    "readinessProbe", health + "/" + config.getProperty("quarkus.smallrye-health.readiness-path", "ready"),
                    "startupProbe", health + "/" + config.getProperty("quarkus.smallrye-health.startup-path", "started"));
            int healthPort = Boolean.parseBoolean(config.getProperty("quarkus.management.enabled", "false"))
                    ? Integer.parseInt(env(deployment, "QUARKUS_MANAGEMENT_PORT").orElse(config.getProperty("quarkus.management.port", "9000")))
                    : Integer.parseInt(env(deployment, "QUARKUS_HTTP_PORT").orElse(config.getProperty("quarkus.http.port")));
            for (var probe : endpoints.entrySet()) {
                JsonNode get = container(deployment).path(probe.getKey()).path("httpGet");
                assertEquals(probe.getValue(), get.path("path").asText(), service + " " + probe.getKey());
                assertEquals(healthPort, ports.get(get.path("port").asText()), service + " " + probe.getKey() + " names the port health is served on");
            }
        }
    }

    @Test
    void deploymentsSetOnlyVariablesTheirServiceReadsFromKeysThatExist() throws IOException {
        Map<String, String> readBy = variablesTheServicesRead();
        JsonNode configMap = resource("ConfigMap", "accountable-config").path("data");
        JsonNode secret = resource("Secret", "accountable-db").path("stringData");
        for (String service : ServiceFleet.SERVICES) {
            String prefix = service.replace("-service", "") + "-";
            for (JsonNode variable : container(resource("Deployment", service)).path("env")) {
                String name = variable.path("name").asText();
                String users = readBy.get(name);
                assertNotNull(users, service + " sets " + name + ", which docs/configuration.md does not list as read by a service");
                assertTrue(users.contains("all four services") || users.contains(prefix), service + " does not read " + name + " (read by: " + users + ")");
                JsonNode fromMap = variable.path("valueFrom").path("configMapKeyRef");
                if (!fromMap.isMissingNode()) {
                    assertEquals("accountable-config", fromMap.path("name").asText());
                    assertTrue(configMap.has(fromMap.path("key").asText()), service + " " + name + ": no key " + fromMap.path("key") + " in the ConfigMap");
                }
                JsonNode fromSecret = variable.path("valueFrom").path("secretKeyRef");
                if (!fromSecret.isMissingNode()) {
                    assertEquals("accountable-db", fromSecret.path("name").asText());
                    assertTrue(secret.has(fromSecret.path("key").asText()), service + " " + name + ": no key " + fromSecret.path("key") + " in the Secret");
                }
            }
        }
    }

    @Test
    void topicsAreReplicatedThreeTimesAndNoServiceRunsMoreConsumersThanPartitions() throws IOException {
        for (String service : ServiceFleet.SERVICES) {
            String topic = "accountable." + configOf(service).getProperty("accountable.events.context") + ".events";
            for (String name : List.of(topic, topic + ".dlq")) {
                JsonNode spec = resource("KafkaTopic", name).path("spec");
                assertEquals(3, spec.path("replicas").asInt(), name + " replicas");
                assertEquals(2, spec.path("config").path("min.insync.replicas").asInt(), name + " min.insync.replicas");
                assertTrue(spec.path("partitions").asInt() > 1, name + " has more than one partition");
            }
        }
        int threads = resource("ConfigMap", "accountable-config").path("data").path("ACCOUNTABLE_EVENTS_CONSUMER_THREADS").asInt();
        for (String service : ServiceFleet.SERVICES) {
            String consumed = configOf(service).getProperty("accountable.events.consume");
            if (consumed == null) {
                continue;
            }
            assertTrue(container(resource("Deployment", service)).path("env").findValuesAsText("name").contains("ACCOUNTABLE_EVENTS_CONSUMER_THREADS"),
                    service + " takes its consumer threads from the ConfigMap the bound below is computed with");
            int consumers = resource("HorizontalPodAutoscaler", service).path("spec").path("maxReplicas").asInt() * threads;
            for (String topic : consumed.split(",")) {
                int partitions = resource("KafkaTopic", topic.trim()).path("spec").path("partitions").asInt();
                assertTrue(consumers <= partitions, service + " at its most runs " + consumers + " consumers of " + topic + ", which has " + partitions + " partitions");
            }
        }
    }

    @Test
    void kubectlRendersTheBase() throws Exception {
        Optional<Path> kubectl = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .map(dir -> Path.of(dir, "kubectl")).filter(Files::isExecutable).findFirst();
        Assumptions.assumeTrue(kubectl.isPresent(), "kubectl is not installed");
        Process render = new ProcessBuilder(kubectl.get().toString(), "kustomize", BASE.toString()).redirectErrorStream(true).start();
        String output = new String(render.getInputStream().readAllBytes());
        assertTrue(render.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, render.exitValue(), output);
    }

    private static JsonNode kustomization() {
        try {
            return YAML.readTree(BASE.resolve("kustomization.yaml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> resourceFiles() {
        List<String> files = new ArrayList<>();
        kustomization().path("resources").forEach(file -> files.add(file.asText()));
        files.forEach(file -> assertTrue(Files.isRegularFile(BASE.resolve(file)), "kustomization.yaml lists a missing " + file));
        return files;
    }

    private static JsonNode resource(String kind, String name) {
        List<JsonNode> found = RESOURCES.stream().filter(r -> kind(r).equals(kind) && r.path("metadata").path("name").asText().equals(name)).toList();
        assertEquals(1, found.size(), "one " + kind + " " + name);
        return found.get(0);
    }

    private static String kind(JsonNode resource) {
        return resource.path("kind").asText();
    }

    private static JsonNode container(JsonNode deployment) {
        JsonNode containers = deployment.path("spec").path("template").path("spec").path("containers");
        assertEquals(1, containers.size(), "one container per pod");
        return containers.get(0);
    }

    private static Map<String, Integer> containerPorts(JsonNode deployment) {
        Map<String, Integer> ports = new HashMap<>();
        container(deployment).path("ports").forEach(port -> ports.put(port.path("name").asText(), port.path("containerPort").asInt()));
        return ports;
    }

    private static Optional<String> env(JsonNode deployment, String name) {
        for (JsonNode variable : container(deployment).path("env")) {
            if (variable.path("name").asText().equals(name) && variable.has("value")) {
                return Optional.of(variable.path("value").asText());
            }
        }
        return Optional.empty();
    }

    /** The service's configuration outside any profile: the platform's shared defaults, then its own. */
    private static Properties configOf(String service) throws IOException {
        Properties merged = new Properties();
        for (Path file : List.of(RunningSystem.root().resolve("platform/src/main/resources/META-INF/microprofile-config.properties"),
                RunningSystem.root().resolve(service).resolve("src/main/resources/application.properties"))) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
            properties.stringPropertyNames().stream().filter(key -> !key.startsWith("%"))
                    .forEach(key -> merged.setProperty(key, properties.getProperty(key)));
        }
        return merged;
    }

    /** The "Variables the services read" table of docs/configuration.md: each variable and who reads it. */
    private static Map<String, String> variablesTheServicesRead() throws IOException {
        String doc = Files.readString(RunningSystem.root().resolve("docs/configuration.md"));
        int start = doc.indexOf("## Variables the services read");
        String table = doc.substring(start, doc.indexOf("\n## ", start + 1));
        Map<String, String> readBy = new HashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `([A-Z0-9_]+)`(?: / `(_[A-Z0-9_]+)`)? \\| ([^|]+) \\|").matcher(table);
        while (row.find()) {
            readBy.put(row.group(1), row.group(3));
        }
        return readBy;
    }
}
