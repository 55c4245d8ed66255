package dev.newsdigest.bot.app;

import dev.newsdigest.bot.chat.port.SourceAdmin;
import dev.newsdigest.bot.chat.port.SourceView;
import dev.newsdigest.bot.config.ConfigException;
import dev.newsdigest.bot.config.ConfigProblem;
import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.config.SourceDraft;
import dev.newsdigest.bot.storage.SourceHealth;
import dev.newsdigest.bot.storage.SourceHealthStore;
import dev.newsdigest.bot.storage.SourceRegistry;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The chat admin commands' view of sources, over the same {@link dev.newsdigest.bot.storage.SourceAdmin} the CLI and
 * {@code sources.yaml} use: one validator (including the SSRF pre-check), one registry, one audit log. Changes are
 * picked up by the running scheduler like file edits, without a restart.
 */
final class ChatSourceAdmin implements SourceAdmin {

    private final dev.newsdigest.bot.storage.SourceAdmin admin;
    private final SourceRegistry registry;
    private final SourceHealthStore health;

    ChatSourceAdmin(dev.newsdigest.bot.storage.SourceAdmin admin, SourceRegistry registry, SourceHealthStore health) {
        this.admin = admin;
        this.registry = registry;
        this.health = health;
    }

    @Override
    public List<SourceView> list() {
        Map<String, SourceHealth> h = health.all();
        return registry.list().stream().map(SourceRegistry.StoredSource::config).map(c -> {
            SourceHealth s = h.getOrDefault(c.id(), SourceHealth.none(c.id()));
            String error = s.lastErrorReason() == null ? null
                    : s.lastErrorReason() + (s.lastErrorMessage() == null ? "" : " (" + s.lastErrorMessage() + ")");
            return new SourceView(c.id(), c.name(), c.url().toString(), c.enabled(), error, s.failuresInRow(),
                    s.lastSuccessAt());
        }).toList();
    }

    @Override
    public Result add(String url, String name, String actor) {
        String id = freeId(url, name);
        SourceDraft draft = new SourceDraft("chat", 0).set("id", id).set("url", url).set("name", name);
        try {
            SourceConfig s = admin.add(draft, actor);
            return new Result.Done("added source " + s.id() + " (" + s.url() + ")");
        } catch (ConfigException e) {
            return new Result.Invalid(reasons(e));
        }
    }

    @Override
    public Result remove(String id, String actor) {
        return change(id, () -> {
            admin.remove(id, actor);
            return "removed " + id;
        });
    }

    @Override
    public Result setEnabled(String id, boolean enabled, String actor) {
        return change(id, () -> {
            admin.setEnabled(id, enabled, actor);
            return (enabled ? "resumed " : "paused ") + id;
        });
    }

    @Override
    public Result set(String id, String key, String value, String actor) {
        return change(id, () -> {
            admin.set(id, key, value.isEmpty() ? null : value, actor);
            return id + ": " + key + " = " + (value.isEmpty() ? "(default)" : value);
        });
    }

    private interface Change {
        String apply() throws ConfigException;
    }

    private Result change(String id, Change change) {
        if (registry.find(id).isEmpty()) {
            return new Result.NotFound("no source " + id + "; /sources lists them");
        }
        try {
            return new Result.Done(change.apply());
        } catch (ConfigException e) {
            return new Result.Invalid(reasons(e));
        }
    }

    /** The validator's reasons without the file-and-line prefix meant for sources.yaml. */
    private static String reasons(ConfigException e) {
        return e.problems().stream().map(ConfigProblem::reason).collect(Collectors.joining("; "));
    }

    /**
     * An id for a source added from chat: from the name when it has Latin letters, else from the host
     * ({@code https://www.example.org/rss} → {@code example-org}), with {@code -2}, {@code -3}... when taken.
     */
    String freeId(String url, String name) {
        String base = slug(name);
        if (base.isEmpty()) {
            try {
                String host = URI.create(url.strip()).getHost();
                base = slug(host == null ? "" : host.replaceFirst("^www\\.", ""));
            } catch (IllegalArgumentException e) {
                base = "";
            }
        }
        if (base.isEmpty()) {
            base = "source";
        }
        String id = base;
        for (int i = 2; registry.find(id).isPresent(); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    static String slug(String s) {
        if (s == null) {
            return "";
        }
        String slug = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 48 ? slug.substring(0, 48).replaceAll("-+$", "") : slug;
    }
}
