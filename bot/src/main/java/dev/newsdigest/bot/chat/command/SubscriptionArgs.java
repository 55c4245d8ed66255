package dev.newsdigest.bot.chat.command;

import dev.newsdigest.bot.chat.Subscription;
import dev.newsdigest.bot.chat.message.Choice;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses {@code [all | source ID | person NAME | keyword WORD]} for {@code /subscribe} and {@code /unsubscribe}.
 * A person name is resolved to the person key, so "Песков", "Пескова" and "Peskov" are one follow.
 */
final class SubscriptionArgs {

    /** Longest keyword accepted (a keyword is one word, not a sentence). */
    static final int MAX_KEYWORD = 64;

    /** Either a subscription, or a reply to send instead (a choice list or "nobody of that name"). */
    record Parsed(Optional<Subscription> subscription, List<OutgoingMessage> reply) {
        static Parsed of(Subscription s) {
            return new Parsed(Optional.of(s), List.of());
        }

        static Parsed reply(OutgoingMessage m) {
            return new Parsed(Optional.empty(), List.of(m));
        }
    }

    private SubscriptionArgs() {
    }

    static Parsed parse(CommandContext ctx, ParsedCommand command) {
        List<String> args = command.args();
        if (args.isEmpty()) {
            return Parsed.of(Subscription.all());
        }
        String kind = args.get(0).toLowerCase(Locale.ROOT);
        String rest = command.restAfter(1);
        switch (kind) {
            case "all":
                if (!rest.isEmpty()) {
                    throw new UsageException();
                }
                return Parsed.of(Subscription.all());
            case "source":
                if (args.size() != 2) {
                    throw new UsageException();
                }
                String id = args.get(1);
                boolean known = ctx.ports().sources().list().stream().anyMatch(s -> s.id().equals(id));
                if (!known) {
                    return Parsed.reply(OutgoingMessage.text(ctx.t("sources.unknown", id)));
                }
                return Parsed.of(Subscription.source(id));
            case "keyword":
                if (args.size() != 2 || args.get(1).length() > MAX_KEYWORD) {
                    throw new UsageException();
                }
                return Parsed.of(Subscription.keyword(args.get(1)));
            case "person":
                if (rest.isEmpty()) {
                    throw new UsageException();
                }
                return person(ctx, command.name(), rest);
            default:
                throw new UsageException();
        }
    }

    /**
     * A known person resolves to their key; several candidates give a choice list; an unknown name is still
     * followable (the point is to hear when they are first quoted), under the key the people matcher computes.
     */
    private static Parsed person(CommandContext ctx, String commandName, String name) {
        PersonResolver.Resolution r = new PersonResolver(ctx.ports().people()).resolve(name);
        if (r instanceof PersonResolver.Resolution.One one) {
            return Parsed.of(Subscription.person(one.person().key(), one.person().name()));
        }
        if (r instanceof PersonResolver.Resolution.Several several) {
            List<Choice> choices = several.candidates().stream()
                    .map(m -> new Choice(m.name(), "/" + commandName + " person " + PersonResolver.KEY_PREFIX + m.key()))
                    .toList();
            return Parsed.reply(OutgoingMessage.text(ctx.t("people.which", name)).withChoices(choices));
        }
        if (name.startsWith(PersonResolver.KEY_PREFIX)) {
            return Parsed.reply(OutgoingMessage.text(ctx.t("people.unknown", name)));
        }
        String key = ctx.ports().people().keyOf(name);
        if (key == null || key.isBlank()) {
            throw new UsageException();
        }
        return Parsed.of(Subscription.person(key, name));
    }

    static String describe(CommandContext ctx, Subscription s) {
        return switch (s.kind()) {
            case ALL -> ctx.t("subs.kind.all");
            case SOURCE -> ctx.t("subs.kind.source", s.label());
            case PERSON -> ctx.t("subs.kind.person", s.label());
            case KEYWORD -> ctx.t("subs.kind.keyword", s.label());
        };
    }
}
