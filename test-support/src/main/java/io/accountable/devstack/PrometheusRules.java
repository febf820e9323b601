package io.accountable.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names the alert rules in deploy/prometheus/rules ask for, per rule group, and which of
 * them a service's {@code /q/metrics} lacks: a rule on a metric nobody exposes never fires, and
 * promtool cannot tell. Each service's MetricsTest checks the groups whose metrics it exposes.
 */
public final class PrometheusRules {

    /** The group whose metrics every service exposes (platform/). */
    public static final String PLATFORM = "accountable-platform";

    /** Series Prometheus makes itself, exposed by no service. */
    private static final Set<String> PROMETHEUS_OWN = Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped", "ALERTS");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right", "and", "or",
            "unless", "bool", "offset", "inf", "nan");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern MATCHERS_OR_RANGE = Pattern.compile("\\{[^}]*}|\\[[^]]*]");
    private static final Pattern LABEL_LIST = Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])([a-zA-Z_:][a-zA-Z0-9_:]*+)(?!\\s*\\()");

    private PrometheusRules() {
    }

    /** deploy/prometheus/rules/accountable.yml in the repository the tests run in. */
    public static Path rulesFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path rules = dir.resolve("deploy/prometheus/rules/accountable.yml");
            if (Files.isRegularFile(rules)) {
                return rules;
            }
        }
        throw new IllegalStateException("No deploy/prometheus/rules/accountable.yml above " + Path.of("").toAbsolutePath());
    }

    /** The metric names the expressions of the named groups read, Prometheus's own series left out. */
    public static Set<String> metricsOf(String rulesYaml, List<String> groups) {
        JsonNode document;
        try {
            document = new YAMLMapper().readTree(rulesYaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> metrics = new TreeSet<>();
        for (JsonNode group : document.path("groups")) {
            if (groups.contains(group.path("name").asText())) {
                group.path("rules").forEach(rule -> metrics.addAll(metricNames(rule.path("expr").asText())));
            }
        }
        metrics.removeAll(PROMETHEUS_OWN);
        return metrics;
    }

    /** The metric names in a PromQL expression: identifiers that are no function, keyword, label or number. */
    static Set<String> metricNames(String expr) {
        String bare = STRING.matcher(expr).replaceAll("");
        bare = MATCHERS_OR_RANGE.matcher(bare).replaceAll(" ");
        bare = LABEL_LIST.matcher(bare).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            if (!KEYWORDS.contains(identifier.group(1).toLowerCase())) {
                names.add(identifier.group(1));
            }
        }
        return names;
    }

    /** The metric names in a Prometheus text exposition (what {@code /q/metrics} answers). */
    public static Set<String> exposed(String exposition) {
        Set<String> names = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }

    /** The value of one series, named with its labels as the exposition writes them ({@code name{a="b"}}); 0 when absent. */
    public static double value(String exposition, String series) {
        for (String line : exposition.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim().split(" ")[0]);
            }
        }
        return 0;
    }

    /** The metrics the groups' rules read that the exposition lacks; empty when every rule can fire. */
    public static Set<String> missing(String rulesYaml, List<String> groups, String exposition) {
        Set<String> missing = new TreeSet<>(metricsOf(rulesYaml, groups));
        missing.removeAll(exposed(exposition));
        return missing;
    }

    /** As {@link #missing(String, List, String)} for the repository's rules. */
    public static Set<String> missing(List<String> groups, String exposition) {
        try {
            return missing(Files.readString(rulesFile()), groups, exposition);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
