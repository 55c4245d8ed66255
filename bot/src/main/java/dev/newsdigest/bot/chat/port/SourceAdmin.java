package dev.newsdigest.bot.chat.port;

import java.util.List;

/**
 * Source management for admin commands. Implemented in {@code app} over the configuration's single validator
 * and {@code sources.yaml} persistence, so a chat edit is validated, persisted and applied exactly like a file
 * edit. Implementations audit-log the change with the actor.
 */
public interface SourceAdmin {

    List<SourceView> list();

    Result add(String url, String name, String actor);

    Result remove(String id, String actor);

    Result setEnabled(String id, boolean enabled, String actor);

    Result set(String id, String key, String value, String actor);

    /** Outcome of an admin change; {@code message} is shown to the admin as is (already in plain words). */
    sealed interface Result {
        String message();

        record Done(String message) implements Result {
        }

        record Invalid(String message) implements Result {
        }

        record NotFound(String message) implements Result {
        }
    }
}
