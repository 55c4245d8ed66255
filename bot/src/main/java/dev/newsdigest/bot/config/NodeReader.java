package dev.newsdigest.bot.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Walks a YAML node tree for one file and collects every problem (with its line) instead of stopping at the
 * first, so an operator fixes a file in one pass. Scalars get environment substitution here.
 */
final class NodeReader {
    private static final LevenshteinDistance EDIT_DISTANCE = new LevenshteinDistance(3);

    final String origin;
    private final EnvSubstitution env;
    private final List<ConfigProblem> problems = new ArrayList<>();

    NodeReader(String origin, EnvSubstitution env) {
        this.origin = origin;
        this.env = env;
    }

    List<ConfigProblem> problems() {
        return problems;
    }

    void problem(Node node, String reason) {
        problems.add(new ConfigProblem(origin, node == null ? 0 : YamlTree.line(node), reason));
    }

    /** The entries of a mapping in file order; reports a non-mapping, non-string keys and unknown keys. */
    Map<String, Node> mapping(Node node, String path, Set<String> allowedKeys) {
        Map<String, Node> entries = new LinkedHashMap<>();
        if (node == null || isNull(node)) {
            return entries;
        }
        if (!(node instanceof MappingNode mapping)) {
            problem(node, where(path) + "expected a mapping of keys to values");
            return entries;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problem(tuple.getKeyNode(), where(path) + "keys must be plain words");
                continue;
            }
            String name = key.getValue();
            if (allowedKeys != null && !allowedKeys.contains(name)) {
                problem(key, "unknown key '" + qualified(path, name) + "'" + suggestion(name, allowedKeys));
                continue;
            }
            if (entries.containsKey(name)) {
                problem(key, "duplicate key '" + qualified(path, name) + "'");
                continue;
            }
            entries.put(name, tuple.getValueNode());
        }
        return entries;
    }

    List<Node> sequence(Node node, String path) {
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode seq)) {
            problem(node, path + ": expected a list");
            return List.of();
        }
        return seq.getValue();
    }

    /** A scalar with environment variables substituted; null when absent or YAML null. */
    String string(Node node, String path) {
        if (node == null || isNull(node)) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problem(node, path + ": expected a single value");
            return null;
        }
        try {
            return env.apply(scalar.getValue());
        } catch (IllegalArgumentException e) {
            problem(node, path + ": " + e.getMessage());
            return null;
        }
    }

    /** A list of scalars (a YAML list, or one comma-separated value). */
    List<String> strings(Node node, String path) {
        if (node == null || isNull(node)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (node instanceof ScalarNode) {
            String s = string(node, path);
            if (s != null) {
                for (String part : s.split(",")) {
                    if (!part.isBlank()) out.add(part.strip());
                }
            }
            return out;
        }
        for (Node item : sequence(node, path)) {
            String s = string(item, path);
            if (s != null) out.add(s);
        }
        return out;
    }

    /** Converts a scalar; a conversion failure becomes a problem naming the key. */
    <T> T value(Node node, String path, T fallback, Function<String, T> parse) {
        String s = string(node, path);
        if (s == null || s.isBlank()) {
            return fallback;
        }
        try {
            return parse.apply(s.strip());
        } catch (IllegalArgumentException | ArithmeticException e) {
            problem(node, path + ": " + e.getMessage());
            return fallback;
        }
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    static String suggestion(String name, Collection<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int d = EDIT_DISTANCE.apply(name.toLowerCase(), candidate.toLowerCase());
            if (d >= 0 && d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null ? " (did you mean '" + best + "'?)" : " (expected one of " + String.join(", ", allowed) + ")";
    }

    private static String where(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }

    private static String qualified(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static boolean parseBoolean(String s) {
        return switch (s.toLowerCase()) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException("'" + s + "' is not true or false");
        };
    }
}
