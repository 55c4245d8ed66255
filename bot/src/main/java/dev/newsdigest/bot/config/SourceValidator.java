package dev.newsdigest.bot.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one set of rules for a source, shared by {@code sources.yaml}, the {@code sources} CLI and chat admin
 * commands, so a source that one path accepts every path accepts. Every problem is reported with the origin and
 * line of the offending value.
 */
public final class SourceValidator {
    /** The keys a source may have, in the order they are documented. */
    public static final Set<String> KEYS = new LinkedHashSet<>(List.of(
            "id", "name", "url", "type", "every", "fullText", "language", "include", "exclude", "enabled", "charset"));
    public static final Set<String> LANGUAGES = Set.of("ru", "uk", "en");
    /** Polling faster than this is rude to publishers and useless for news. */
    public static final Duration MIN_EVERY = Duration.ofMinutes(1);
    public static final Duration MAX_EVERY = Duration.ofDays(7);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final int MAX_KEYWORDS = 100;
    private static final int MAX_KEYWORD_LENGTH = 100;
    private static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_URL_LENGTH = 2048;

    private final Duration defaultEvery;
    private final SourceUrlCheck urlCheck;

    public SourceValidator(Duration defaultEvery, SourceUrlCheck urlCheck) {
        this.defaultEvery = defaultEvery;
        this.urlCheck = urlCheck;
    }

    public SourceValidator(ScheduleConfig schedule) {
        this(schedule.every(), SourceUrlCheck.NONE);
    }

    public SourceValidator withUrlCheck(SourceUrlCheck check) {
        return new SourceValidator(defaultEvery, check);
    }

    public SourceUrlCheck urlCheck() {
        return urlCheck;
    }

    /** @throws ConfigException listing every problem of the draft */
    public SourceConfig validate(SourceDraft draft) throws ConfigException {
        Checker c = new Checker(draft);
        for (Map.Entry<String, SourceDraft.Field> e : draft.fields().entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                c.problem(e.getValue().line(), "unknown key '" + e.getKey() + "'" + NodeReader.suggestion(e.getKey(), KEYS));
            }
        }
        String id = c.required("id");
        if (id != null && !ID.matcher(id).matches()) {
            c.problem("id", "id '" + id + "' must be 1-64 lower-case letters, digits, '-' or '_', starting with a letter or digit");
        }
        String name = c.text("name");
        if (name == null || name.isBlank()) {
            name = id;
        } else if (name.length() > MAX_NAME_LENGTH) {
            c.problem("name", "name is longer than " + MAX_NAME_LENGTH + " characters");
        }
        URI url = url(c);
        SourceType type = c.parsed("type", null, SourceType::parse);
        Duration every = c.parsed("every", defaultEvery, Durations::parse);
        if (every != null && (every.compareTo(MIN_EVERY) < 0 || every.compareTo(MAX_EVERY) > 0)) {
            c.problem("every", "every must be between " + Durations.format(MIN_EVERY) + " and "
                    + Durations.format(MAX_EVERY) + ", got " + Durations.format(every));
        }
        Boolean fullText = c.parsed("fullText", false, NodeReader::parseBoolean);
        String language = c.parsed("language", null, SourceValidator::language);
        List<String> include = c.keywords("include");
        List<String> exclude = c.keywords("exclude");
        Boolean enabled = c.parsed("enabled", true, NodeReader::parseBoolean);
        String charset = c.parsed("charset", null, SourceValidator::charset);
        c.throwIfAny();
        return new SourceConfig(id, name, url, type, every, fullText, language, include, exclude, enabled, charset);
    }

    /**
     * Applies one admin edit ({@code /setsource ID KEY VALUE}, {@code sources set}) to an existing source through
     * the same rules. The id cannot change.
     */
    public SourceConfig withChange(SourceConfig current, String key, String value, String origin) throws ConfigException {
        if (key.equals("id")) {
            throw new ConfigException(new ConfigProblem(origin, 0, "the id of a source cannot change; remove it and add a new one"));
        }
        SourceDraft draft = SourceDraft.of(current, origin);
        draft.set(key, value == null || value.isBlank() ? null : value);
        return validate(draft);
    }

    private URI url(Checker c) {
        String raw = c.required("url");
        if (raw == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(raw.strip());
        } catch (URISyntaxException e) {
            c.problem("url", "url is not a valid URL: " + e.getReason());
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            c.problem("url", "url must be http or https, got '" + (scheme.isEmpty() ? raw : scheme + ":") + "'");
            return null;
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            c.problem("url", "url has no host name");
            return null;
        }
        if (uri.getRawUserInfo() != null) {
            c.problem("url", "url must not carry a user name or password");
            return null;
        }
        if (raw.length() > MAX_URL_LENGTH) {
            c.problem("url", "url is longer than " + MAX_URL_LENGTH + " characters");
            return null;
        }
        Optional<String> refusal = urlCheck.refuse(uri);
        if (refusal.isPresent()) {
            c.problem("url", "url refused: " + refusal.get());
            return null;
        }
        return uri;
    }

    private static String language(String s) {
        String l = s.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(l)) {
            throw new IllegalArgumentException("language must be one of ru, uk, en, got '" + s + "'");
        }
        return l;
    }

    private static String charset(String s) {
        try {
            return Charset.forName(s.strip()).name();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("charset '" + s + "' is not known to Java");
        }
    }

    /** Collects the problems of one draft. */
    private static final class Checker {
        private final SourceDraft draft;
        private final List<ConfigProblem> problems = new ArrayList<>();

        Checker(SourceDraft draft) {
            this.draft = draft;
        }

        int lineOf(String key) {
            SourceDraft.Field f = draft.fields().get(key);
            return f != null && f.line() > 0 ? f.line() : draft.line();
        }

        void problem(String key, String reason) {
            problem(lineOf(key), reason);
        }

        void problem(int line, String reason) {
            String who = draft.fields().get("id") != null ? "source '" + draft.fields().get("id").value() + "': " : "source: ";
            problems.add(new ConfigProblem(draft.origin(), line > 0 ? line : draft.line(), who + reason));
        }

        String text(String key) {
            SourceDraft.Field f = draft.fields().get(key);
            if (f == null) {
                return null;
            }
            if (f.value() instanceof List<?>) {
                problem(key, key + " must be a single value, not a list");
                return null;
            }
            return String.valueOf(f.value());
        }

        String required(String key) {
            String v = text(key);
            if (v == null || v.isBlank()) {
                if (!draft.fields().containsKey(key) || v != null) {
                    problem(key, key + " is required");
                }
                return null;
            }
            return v.strip();
        }

        <T> T parsed(String key, T fallback, java.util.function.Function<String, T> parse) {
            String v = text(key);
            if (v == null || v.isBlank()) {
                return fallback;
            }
            try {
                return parse.apply(v.strip());
            } catch (IllegalArgumentException e) {
                problem(key, key + ": " + e.getMessage());
                return fallback;
            }
        }

        List<String> keywords(String key) {
            SourceDraft.Field f = draft.fields().get(key);
            if (f == null) {
                return List.of();
            }
            List<String> raw = new ArrayList<>();
            if (f.value() instanceof List<?> list) {
                list.forEach(o -> raw.add(String.valueOf(o)));
            } else {
                raw.addAll(List.of(String.valueOf(f.value()).split(",")));
            }
            List<String> out = new ArrayList<>();
            for (String w : raw) {
                String s = w.strip();
                if (s.isEmpty()) {
                    continue;
                }
                if (s.length() > MAX_KEYWORD_LENGTH) {
                    problem(key, key + ": keyword longer than " + MAX_KEYWORD_LENGTH + " characters");
                    continue;
                }
                out.add(s);
            }
            if (out.size() > MAX_KEYWORDS) {
                problem(key, key + ": more than " + MAX_KEYWORDS + " keywords");
            }
            return out;
        }

        void throwIfAny() throws ConfigException {
            if (!problems.isEmpty()) {
                throw new ConfigException(problems);
            }
        }
    }
}
