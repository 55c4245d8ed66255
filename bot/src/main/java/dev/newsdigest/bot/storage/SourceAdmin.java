package dev.newsdigest.bot.storage;

import dev.newsdigest.bot.config.ConfigException;
import dev.newsdigest.bot.config.ConfigProblem;
import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.config.SourceDraft;
import dev.newsdigest.bot.config.SourceValidator;
import java.time.Clock;

/**
 * Admin edits of sources, from the CLI today and chat commands next: every edit is validated by the same
 * {@link SourceValidator} as {@code sources.yaml}, persisted in the database (so it survives restarts) and
 * audit-logged with the actor. A running bot picks the change up through {@link SourceRegistry#revision()}.
 */
public final class SourceAdmin {
    private final SourceRegistry registry;
    private final SourceValidator validator;
    private final AuditLog audit;
    private final Clock clock;

    public SourceAdmin(SourceRegistry registry, SourceValidator validator, AuditLog audit, Clock clock) {
        this.registry = registry;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws ConfigException when the draft breaks a rule or the id is taken */
    public SourceConfig add(SourceDraft draft, String actor) throws ConfigException {
        SourceConfig s = validator.validate(draft);
        try {
            registry.add(s, actor);
        } catch (IllegalStateException e) {
            throw new ConfigException(new ConfigProblem(draft.origin(), 0, e.getMessage()));
        }
        return s;
    }

    /** Sets one key ({@code every}, {@code url}, {@code include}, ...). */
    public SourceConfig set(String id, String key, String value, String actor) throws ConfigException {
        SourceConfig current = existing(id, actor);
        SourceConfig changed = validator.withChange(current, key, value, actor);
        registry.replace(changed, actor, "source.set " + key);
        return changed;
    }

    public SourceConfig setEnabled(String id, boolean enabled, String actor) throws ConfigException {
        SourceConfig changed = existing(id, actor).withEnabled(enabled);
        registry.replace(changed, actor, enabled ? "source.enable" : "source.disable");
        return changed;
    }

    public void remove(String id, String actor) throws ConfigException {
        existing(id, actor);
        try {
            registry.remove(id, actor);
        } catch (IllegalStateException e) {
            throw new ConfigException(new ConfigProblem(actor, 0, e.getMessage()));
        }
    }

    /** Records an attempt that was refused (e.g. by someone who is not an admin); nothing else changes. */
    public void refused(String actor, String action, String target, String why) {
        audit.record(new AuditLog.Entry(clock.instant(), actor, action + ".refused", target, why));
    }

    private SourceConfig existing(String id, String actor) throws ConfigException {
        return registry.find(id).orElseThrow(() -> new ConfigException(
                new ConfigProblem(actor, 0, "no source with id '" + id + "'")));
    }
}
