package io.accountable.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The structure a reviewer checks, over every module's sources: features that do not lean on each
 * other in circles, no resource calling another resource, main code that never reaches into test
 * support, and a repository that refers to nothing outside itself.
 */
class HouseRulesTest {

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);", Pattern.MULTILINE);
    private static final Path ROOT = repositoryRoot();

    @Test
    void noModuleHasAnImportCircleBetweenItsPackages() {
        Map<String, List<String>> circles = new TreeMap<>();
        for (Path sources : mainSourceSets()) {
            List<String> found = packageCircles(sources);
            if (!found.isEmpty()) {
                circles.put(ROOT.relativize(sources).toString(), found);
            }
        }
        assertEquals(Map.of(), circles, "packages that import each other, directly or around a circle");
    }

    @Test
    void aCircleThroughANestedTypeAndAThirdPackageIsFound(@TempDir Path sources) throws IOException {
        write(sources, "toy.a", "A", "import toy.b.B.Nested;");
        write(sources, "toy.b", "B", "import toy.c.C;");
        write(sources, "toy.c", "C", "import toy.a.A;");
        write(sources, "toy.d", "D", "import toy.a.A;");
        assertEquals(List.of("toy.a <-> toy.b <-> toy.c"), packageCircles(sources));
    }

    private static void write(Path sources, String pkg, String name, String imports) throws IOException {
        Path dir = sources.resolve(pkg.replace('.', '/'));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".java"), "package " + pkg + ";\n\n" + imports + "\n\npublic class " + name + " {\n}\n");
    }

    @Test
    void noResourceCallsAnotherResource() {
        List<String> offenders = new ArrayList<>();
        for (Path sources : mainSourceSets()) {
            Map<String, Path> classes = classes(sources);
            Set<String> resources = new HashSet<>();
            classes.keySet().stream().filter(name -> name.endsWith("Resource")).forEach(resources::add);
            for (String resource : resources) {
                String text = read(classes.get(resource));
                for (String other : resources) {
                    String simple = other.substring(other.lastIndexOf('.') + 1);
                    if (!other.equals(resource) && Pattern.compile("\\b" + simple + "\\b").matcher(text).find()) {
                        offenders.add(resource + " uses " + other);
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void noMainSourceImportsTestSupport() {
        Set<String> testSupport = classes(ROOT.resolve("test-support/src/main/java")).keySet();
        List<String> offenders = new ArrayList<>();
        for (Path sources : mainSourceSets()) {
            classes(sources).forEach((name, file) -> {
                Matcher imports = IMPORT.matcher(read(file));
                while (imports.find()) {
                    if (testSupport.contains(imports.group(1))) {
                        offenders.add(name + " imports " + imports.group(1));
                    }
                }
            });
        }
        assertTrue(testSupport.contains("io.accountable.devstack.DevStackTestResource"), "test-support's classes were found");
        assertEquals(List.of(), offenders);
    }

    @Test
    void nothingRefersToAPathOutsideTheRepository() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(Files::isRegularFile)
                    .filter(file -> !isBuildOutputOrHistory(ROOT.relativize(file)))
                    .filter(file -> file.toString().matches(".*\\.(java|md|xml|properties|ya?ml|json|sh|lua|sql)$"))
                    .forEach(file -> {
                        if (read(file).contains("../" + "shared")) {
                            offenders.add(ROOT.relativize(file).toString());
                        }
                    });
        }
        assertEquals(List.of(), offenders);
    }

    /** Each strongly connected set of more than one package, found by Tarjan's algorithm over the import graph. */
    static List<String> packageCircles(Path sources) {
        Map<String, Path> classes = classes(sources);
        Map<String, Set<String>> imports = new TreeMap<>();
        classes.forEach((name, file) -> {
            String from = packageOf(name);
            Set<String> targets = imports.computeIfAbsent(from, p -> new TreeSet<>());
            Matcher matcher = IMPORT.matcher(read(file));
            while (matcher.find()) {
                String imported = outerClass(matcher.group(1), classes.keySet());
                if (imported != null && !packageOf(imported).equals(from)) {
                    targets.add(packageOf(imported));
                }
            }
        });
        return new Circles(imports).find();
    }

    private static final class Circles {
        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new HashSet<>();
        private final List<String> found = new ArrayList<>();

        Circles(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        List<String> find() {
            graph.keySet().forEach(node -> {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            });
            return found;
        }

        private void visit(String node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.push(node);
            onStack.add(node);
            for (String next : graph.getOrDefault(node, Set.of())) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                Set<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(node));
                if (component.size() > 1) {
                    found.add(String.join(" <-> ", component));
                }
            }
        }
    }

    /** The top-level class an import names (it may name a nested class or a static member), if it is one of ours. */
    private static String outerClass(String imported, Set<String> classes) {
        for (String candidate = imported; candidate.contains("."); candidate = candidate.substring(0, candidate.lastIndexOf('.'))) {
            if (classes.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    private static Map<String, Path> classes(Path sources) {
        Map<String, Path> classes = new TreeMap<>();
        if (!Files.isDirectory(sources)) {
            return classes;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                Matcher matcher = PACKAGE.matcher(read(file));
                if (matcher.find()) {
                    String simple = file.getFileName().toString().replace(".java", "");
                    classes.put(matcher.group(1) + "." + simple, file);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }

    private static List<Path> mainSourceSets() {
        try (Stream<Path> modules = Files.list(ROOT)) {
            List<Path> sets = modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory).sorted().toList();
            assertTrue(sets.size() >= 6, "the modules' main sources were found under " + ROOT);
            return sets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBuildOutputOrHistory(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("target") || name.equals(".git") || name.equals("node_modules") || name.startsWith(".accountable")) {
                return true;
            }
        }
        return false;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("platform"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No repository root above " + Path.of("").toAbsolutePath());
    }
}
