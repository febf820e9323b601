package io.accountable.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The alert rules of deploy/prometheus: valid and doing what their unit tests say (promtool, where
 * Debian's prometheus package installed it), in groups that the services' MetricsTests check, and the
 * check itself: a rule on a metric no service exposes is found.
 */
class PrometheusRulesTest {

    private static final Path PROMTOOL = Path.of("/usr/bin/promtool");
    private static final String EXPOSITION = """
            # HELP accountable_outbox_backlog Events in the outbox not yet published
            # TYPE accountable_outbox_backlog gauge
            accountable_outbox_backlog 0.0
            accountable_events_dead_lettered_total{topic="accountable.client.events"} 0.0
            http_server_requests_seconds_count{method="GET",outcome="SUCCESS",status="200",uri="/api/clients"} 3
            """;

    @Test
    void aRuleOnAMetricNoServiceExposesIsFound() {
        String rules = """
                groups:
                  - name: accountable-platform
                    rules:
                      - alert: Real
                        expr: sum by (job, topic) (increase(accountable_events_dead_lettered_total{topic=~"accountable.+"}[15m])) > 0
                      - alert: Toy
                        expr: max by (job) (accountable_outbox_backlogg) > 10 and on (job) up == 1
                  - name: accountable-notification
                    rules:
                      - alert: OtherService
                        expr: accountable_deliveries{status="failed"} > 0
                """;
        assertEquals(Set.of("accountable_outbox_backlogg"), PrometheusRules.missing(rules, List.of(PrometheusRules.PLATFORM), EXPOSITION),
                "the misspelt metric is missing; up is Prometheus's own, and the other group is not asked for");
        assertEquals(Set.of("accountable_deliveries"), PrometheusRules.missing(rules, List.of("accountable-notification"), EXPOSITION));
    }

    @Test
    void metricNamesAreTheIdentifiersThatAreNoFunctionKeywordLabelOrNumber() {
        assertEquals(Set.of("http_server_requests_seconds_count"), PrometheusRules.metricNames("""
                sum by (job) (rate(http_server_requests_seconds_count{status=~"5.."}[5m]))
                  / sum by (job) (rate(http_server_requests_seconds_count[5m] offset 1h)) > 0.05"""));
        assertEquals(Set.of("a_total", "b"), PrometheusRules.metricNames("a_total / ignoring(instance) group_left(channel) b * 1e3"));
    }

    @Test
    void everyGroupIsOneAServiceChecks() throws Exception {
        Set<String> checked = Set.of(PrometheusRules.PLATFORM, "accountable-client", "accountable-quota", "accountable-compliance",
                "accountable-notification");
        JsonNode rules = new YAMLMapper().readTree(PrometheusRules.rulesFile().toFile());
        assertTrue(rules.path("groups").size() > 0);
        for (JsonNode group : rules.path("groups")) {
            assertTrue(checked.contains(group.path("name").asText()), group.path("name") + " is checked by no service's MetricsTest");
            for (JsonNode rule : group.path("rules")) {
                String runbook = rule.path("annotations").path("runbook_url").asText();
                assertTrue(runbook.startsWith("docs/runbook.md#"), rule.path("alert") + " links the runbook");
                String anchor = runbook.substring(runbook.indexOf('#') + 1);
                assertTrue(runbookAnchors().contains(anchor), rule.path("alert") + ": docs/runbook.md has no heading #" + anchor);
            }
        }
    }

    @Test
    void promtoolFindsTheRulesValidAndTheirUnitTestsPass() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(PROMTOOL),
                "promtool is not installed (apt-get install prometheus; .ci/run tries it): the rules are not validated");
        Path prometheus = PrometheusRules.rulesFile().getParent().getParent();
        promtool(prometheus, "check", "rules", "rules/accountable.yml");
        promtool(prometheus, "test", "rules", "tests/accountable.test.yml");
        promtool(prometheus, "check", "config", "prometheus.yml");
    }

    private static void promtool(Path dir, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(PROMTOOL.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "promtool " + String.join(" ", arguments) + " finished");
        assertEquals(0, process.exitValue(), "promtool " + String.join(" ", arguments) + ":\n" + output);
    }

    /** GitHub's anchors of the runbook's headings: lower case, spaces to hyphens, punctuation dropped. */
    private static Set<String> runbookAnchors() throws Exception {
        Path runbook = PrometheusRules.rulesFile().getParent().getParent().getParent().getParent().resolve("docs/runbook.md");
        return Set.copyOf(Files.readAllLines(runbook).stream().filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s*", "").toLowerCase().replaceAll("[^a-z0-9 -]", "").replace(' ', '-')).toList());
    }
}
