package dev.newsdigest.bot.config;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads {@code newsdigest.yaml} and {@code sources.yaml} from a configuration directory into typed, validated
 * records. A missing file means "all defaults" (every key is optional); a broken one is refused with every problem
 * listed by file, line and reason.
 */
public final class ConfigLoader {
    public static final String BOT_FILE = "newsdigest.yaml";
    public static final String SOURCES_FILE = "sources.yaml";
    private static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private final Path dir;
    private final EnvSubstitution env;

    public ConfigLoader(Path dir, EnvSubstitution env) {
        this.dir = dir;
        this.env = env;
    }

    public ConfigLoader(Path dir) {
        this(dir, EnvSubstitution.ofSystem());
    }

    public Path dir() {
        return dir;
    }

    public Path sourcesFile() {
        return dir.resolve(SOURCES_FILE);
    }

    public BotConfig loadBotConfig() throws ConfigException {
        Path file = dir.resolve(BOT_FILE);
        String text = read(file);
        if (text == null) {
            return BotConfig.defaults();
        }
        String origin = file.toString();
        Node root = YamlTree.parse(text, origin);
        NodeReader r = new NodeReader(origin, env);
        BotConfig config = new BotConfigReader(r).read(root);
        if (!r.problems().isEmpty()) {
            throw new ConfigException(r.problems());
        }
        return config;
    }

    /** The sources in {@code sources.yaml}, validated with the schedule defaults of {@code bot}. */
    public List<SourceConfig> loadSources(ScheduleConfig schedule, SourceUrlCheck urlCheck) throws ConfigException {
        Path file = sourcesFile();
        String text = read(file);
        if (text == null) {
            return List.of();
        }
        return parseSources(text, file.toString(), new SourceValidator(schedule.every(), urlCheck));
    }

    /** Parses the text of a sources file; exposed for tests and for validating an edit before it is saved. */
    public List<SourceConfig> parseSources(String text, String origin, SourceValidator validator) throws ConfigException {
        Node root = YamlTree.parse(text, origin);
        NodeReader r = new NodeReader(origin, env);
        Map<String, Node> top = r.mapping(root, "", Set.of("sources"));
        List<Node> entries = r.sequence(top.get("sources"), "sources");
        List<ConfigProblem> problems = new ArrayList<>(r.problems());
        List<SourceConfig> sources = new ArrayList<>();
        Map<String, Integer> seenIds = new HashMap<>();
        for (Node entry : entries) {
            NodeReader er = new NodeReader(origin, env);
            SourceDraft draft = new SourceDraft(origin, YamlTree.line(entry));
            Map<String, Node> fields = er.mapping(entry, "source", null);
            for (Map.Entry<String, Node> f : fields.entrySet()) {
                int line = YamlTree.line(f.getValue());
                Object value = f.getKey().equals("include") || f.getKey().equals("exclude")
                        ? er.strings(f.getValue(), f.getKey())
                        : er.string(f.getValue(), f.getKey());
                draft.set(f.getKey(), value, line);
            }
            problems.addAll(er.problems());
            try {
                SourceConfig s = validator.validate(draft);
                Integer first = seenIds.putIfAbsent(s.id(), draft.line());
                if (first != null) {
                    problems.add(new ConfigProblem(origin, draft.line(),
                            "source '" + s.id() + "': duplicate id (first defined at line " + first + ")"));
                } else {
                    sources.add(s);
                }
            } catch (ConfigException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return List.copyOf(sources);
    }

    /** @return the file's text, or null when it does not exist */
    private static String read(Path file) throws ConfigException {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ConfigException(new ConfigProblem(file.toString(), 0, "file is larger than 4 MiB"));
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            return null;
        } catch (CharacterCodingException e) {
            throw new ConfigException(new ConfigProblem(file.toString(), 0, "file is not UTF-8 text"));
        } catch (IOException e) {
            throw new ConfigException(new ConfigProblem(file.toString(), 0, "cannot read: " + e.getMessage()));
        }
    }

    /** Reads the sections of {@code newsdigest.yaml}; unknown sections and keys are problems (typos do not pass). */
    private static final class BotConfigReader {
        private final NodeReader r;

        BotConfigReader(NodeReader r) {
            this.r = r;
        }

        BotConfig read(Node root) {
            Map<String, Node> top = r.mapping(root, "",
                    Set.of("storage", "fetch", "telegram", "slack", "http", "admins", "schedule", "delivery"));
            BotConfig d = BotConfig.defaults();
            return new BotConfig(storage(top.get("storage"), d.storage()), fetch(top.get("fetch"), d.fetch()),
                    telegram(top.get("telegram"), d.telegram()), slack(top.get("slack"), d.slack()),
                    http(top.get("http"), d.http()), admins(top.get("admins"), d.admins()),
                    schedule(top.get("schedule"), d.schedule()), delivery(top.get("delivery"), d.delivery()));
        }

        private StorageConfig storage(Node node, StorageConfig d) {
            Map<String, Node> m = r.mapping(node, "storage", Set.of("url", "user", "password", "poolSize"));
            String url = r.value(m.get("url"), "storage.url", d.url(), s -> {
                if (!s.startsWith("jdbc:h2:") && !s.startsWith("jdbc:postgresql:")) {
                    // The value is not echoed: a JDBC URL may carry a password.
                    throw new IllegalArgumentException("must be an H2 (jdbc:h2:...) or PostgreSQL (jdbc:postgresql:...) JDBC URL");
                }
                return s;
            });
            String user = r.string(m.get("user"), "storage.user");
            if (user != null && user.isBlank()) {
                user = null;
            }
            Secret password = Secret.of(r.string(m.get("password"), "storage.password"));
            int pool = r.value(m.get("poolSize"), "storage.poolSize", d.poolSize(), s -> intIn(s, 1, 100));
            return new StorageConfig(url, user, password, pool);
        }

        private FetchConfig fetch(Node node, FetchConfig d) {
            Map<String, Node> m = r.mapping(node, "fetch", Set.of("timeout", "connectTimeout", "maxBytes",
                    "allowPrivateNetworks", "allowHosts", "userAgent", "maxRedirects", "maxItemsPerPoll"));
            Duration timeout = r.value(m.get("timeout"), "fetch.timeout", d.timeout(), s -> positive(Durations.parse(s)));
            Duration connect = r.value(m.get("connectTimeout"), "fetch.connectTimeout", d.connectTimeout(),
                    s -> positive(Durations.parse(s)));
            long maxBytes = r.value(m.get("maxBytes"), "fetch.maxBytes", d.maxBytes(), s -> {
                long v = ByteSizes.parse(s);
                if (v < 1024) throw new IllegalArgumentException("must be at least 1KiB");
                return v;
            });
            boolean allowPrivate = r.value(m.get("allowPrivateNetworks"), "fetch.allowPrivateNetworks",
                    d.allowPrivateNetworks(), NodeReader::parseBoolean);
            List<String> hosts = r.strings(m.get("allowHosts"), "fetch.allowHosts");
            String ua = r.value(m.get("userAgent"), "fetch.userAgent", d.userAgent(), s -> s);
            int redirects = r.value(m.get("maxRedirects"), "fetch.maxRedirects", d.maxRedirects(), s -> intIn(s, 0, 20));
            int items = r.value(m.get("maxItemsPerPoll"), "fetch.maxItemsPerPoll", d.maxItemsPerPoll(),
                    s -> intIn(s, 1, 10_000));
            return new FetchConfig(timeout, connect, maxBytes, allowPrivate, hosts, ua, redirects, items);
        }

        private TelegramConfig telegram(Node node, TelegramConfig d) {
            Map<String, Node> m = r.mapping(node, "telegram", Set.of("token", "apiUrl", "webhookUrl", "webhookSecret"));
            Secret token = Secret.of(r.string(m.get("token"), "telegram.token"));
            URI api = r.value(m.get("apiUrl"), "telegram.apiUrl", d.apiUrl(), ConfigLoader::httpUrl);
            String hook = r.string(m.get("webhookUrl"), "telegram.webhookUrl");
            URI webhook = hook == null || hook.isBlank() ? null
                    : r.value(m.get("webhookUrl"), "telegram.webhookUrl", null, ConfigLoader::httpUrl);
            Secret secret = Secret.of(r.string(m.get("webhookSecret"), "telegram.webhookSecret"));
            if (webhook != null && !(secret.isSet() && secret.reveal().matches("[A-Za-z0-9_-]{16,256}"))) {
                r.problem(m.get("webhookSecret") != null ? m.get("webhookSecret") : m.get("webhookUrl"),
                        "telegram.webhookSecret must be 16-256 characters of A-Z a-z 0-9 _ - when telegram.webhookUrl is set");
            }
            return new TelegramConfig(token, api, webhook, secret);
        }

        private SlackConfig slack(Node node, SlackConfig d) {
            Map<String, Node> m = r.mapping(node, "slack", Set.of("botToken", "appToken", "signingSecret", "apiUrl"));
            return new SlackConfig(Secret.of(r.string(m.get("botToken"), "slack.botToken")),
                    Secret.of(r.string(m.get("appToken"), "slack.appToken")),
                    Secret.of(r.string(m.get("signingSecret"), "slack.signingSecret")),
                    r.value(m.get("apiUrl"), "slack.apiUrl", d.apiUrl(), ConfigLoader::httpUrl));
        }

        private HttpConfig http(Node node, HttpConfig d) {
            Map<String, Node> m = r.mapping(node, "http", Set.of("port"));
            return new HttpConfig(r.value(m.get("port"), "http.port", d.port(), s -> intIn(s, 0, 65535)));
        }

        private AdminsConfig admins(Node node, AdminsConfig d) {
            Map<String, Node> m = r.mapping(node, "admins", Set.of("telegram", "slack"));
            return new AdminsConfig(r.strings(m.get("telegram"), "admins.telegram"), r.strings(m.get("slack"), "admins.slack"));
        }

        private ScheduleConfig schedule(Node node, ScheduleConfig d) {
            Map<String, Node> m = r.mapping(node, "schedule",
                    Set.of("every", "workers", "failureThreshold", "maxBackoff", "reloadEvery", "clustered",
                            "checkinInterval", "startSpread", "stopTimeout"));
            Duration every = r.value(m.get("every"), "schedule.every", d.every(), s -> {
                Duration v = Durations.parse(s);
                if (v.compareTo(SourceValidator.MIN_EVERY) < 0) throw new IllegalArgumentException("must be at least 1m");
                return v;
            });
            int workers = r.value(m.get("workers"), "schedule.workers", d.workers(), s -> intIn(s, 1, 64));
            int threshold = r.value(m.get("failureThreshold"), "schedule.failureThreshold", d.failureThreshold(),
                    s -> intIn(s, 1, 1000));
            Duration maxBackoff = r.value(m.get("maxBackoff"), "schedule.maxBackoff", d.maxBackoff(),
                    s -> positive(Durations.parse(s)));
            Duration reload = r.value(m.get("reloadEvery"), "schedule.reloadEvery", d.reloadEvery(),
                    s -> positive(Durations.parse(s)));
            boolean clustered = r.value(m.get("clustered"), "schedule.clustered", d.clustered(), NodeReader::parseBoolean);
            Duration checkin = r.value(m.get("checkinInterval"), "schedule.checkinInterval", d.checkinInterval(),
                    s -> between(Durations.parse(s), Duration.ofMillis(500), Duration.ofMinutes(5)));
            Duration spread = r.value(m.get("startSpread"), "schedule.startSpread", d.startSpread(),
                    s -> between(Durations.parse(s), Duration.ofMillis(1), Duration.ofHours(1)));
            Duration stop = r.value(m.get("stopTimeout"), "schedule.stopTimeout", d.stopTimeout(),
                    s -> between(Durations.parse(s), Duration.ofSeconds(1), Duration.ofMinutes(10)));
            return new ScheduleConfig(every, workers, threshold, maxBackoff, reload, clustered, checkin, spread, stop);
        }

        private DeliveryConfig delivery(Node node, DeliveryConfig d) {
            Map<String, Node> m = r.mapping(node, "delivery", Set.of("leaderLease", "claimLease", "routeEvery"));
            Duration leader = r.value(m.get("leaderLease"), "delivery.leaderLease", d.leaderLease(),
                    s -> between(Durations.parse(s), Duration.ofSeconds(2), Duration.ofMinutes(10)));
            Duration claim = r.value(m.get("claimLease"), "delivery.claimLease", d.claimLease(),
                    s -> between(Durations.parse(s), Duration.ofSeconds(1), Duration.ofHours(1)));
            Duration route = r.value(m.get("routeEvery"), "delivery.routeEvery", d.routeEvery(),
                    s -> between(Durations.parse(s), Duration.ofMillis(100), Duration.ofHours(1)));
            return new DeliveryConfig(leader, claim, route);
        }
    }

    private static int intIn(String s, int min, int max) {
        int v;
        try {
            v = Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a whole number");
        }
        if (v < min || v > max) {
            throw new IllegalArgumentException(v + " is outside " + min + ".." + max);
        }
        return v;
    }

    private static Duration between(Duration d, Duration min, Duration max) {
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw new IllegalArgumentException("must be between " + Durations.format(min) + " and " + Durations.format(max));
        }
        return d;
    }

    private static Duration positive(Duration d) {
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("must be longer than zero");
        }
        return d;
    }

    private static URI httpUrl(String s) {
        URI u;
        try {
            u = new URI(s.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("'" + s + "' is not a URL");
        }
        if (u.getScheme() == null || !(u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))
                || u.getHost() == null) {
            throw new IllegalArgumentException("'" + s + "' is not an http(s) URL");
        }
        return u;
    }
}
