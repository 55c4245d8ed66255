package dev.newsdigest.bot.config;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses a YAML document into SnakeYAML's node tree (compose only: no object is ever constructed from the file),
 * so every value keeps its line for error messages. Aliases, nesting and size are bounded: a configuration file
 * has no business being a billion-laughs document.
 */
final class YamlTree {
    private static final int MAX_CODE_POINTS = 4 * 1024 * 1024;

    private YamlTree() {}

    /** @return the root node, or null for an empty document */
    static Node parse(String text, String origin) throws ConfigException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        try {
            return yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            throw new ConfigException(new ConfigProblem(origin, line, "not valid YAML: " + problem + context));
        } catch (YAMLException e) {
            throw new ConfigException(new ConfigProblem(origin, 0, "not valid YAML: " + e.getMessage()));
        }
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
