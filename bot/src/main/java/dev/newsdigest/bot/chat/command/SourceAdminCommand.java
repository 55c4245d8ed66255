package dev.newsdigest.bot.chat.command;

import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.port.SourceAdmin;
import java.util.List;

/**
 * Admin-only source management: {@code /addsource URL [NAME]}, {@code /removesource ID}, {@code /pausesource ID},
 * {@code /resumesource ID}, {@code /setsource ID KEY VALUE}. Validation, persistence, hot reload and the audit
 * entry are {@link SourceAdmin}'s job, shared with {@code sources.yaml} edits and the CLI.
 */
final class SourceAdminCommand implements CommandHandler {

    @Override
    public List<String> names() {
        return List.of("addsource", "removesource", "pausesource", "resumesource", "setsource");
    }

    @Override
    public boolean adminOnly() {
        return true;
    }

    @Override
    public List<OutgoingMessage> handle(CommandContext ctx, ParsedCommand command) {
        SourceAdmin admin = ctx.ports().sources();
        List<String> args = command.args();
        String actor = ctx.actor();
        SourceAdmin.Result result = switch (command.name()) {
            case "addsource" -> {
                if (args.isEmpty()) {
                    throw new UsageException();
                }
                String name = command.restAfter(1);
                yield admin.add(args.get(0), name.isEmpty() ? null : name, actor);
            }
            case "removesource" -> admin.remove(single(args), actor);
            case "pausesource" -> admin.setEnabled(single(args), false, actor);
            case "resumesource" -> admin.setEnabled(single(args), true, actor);
            case "setsource" -> {
                if (args.size() < 3) {
                    throw new UsageException();
                }
                yield admin.set(args.get(0), args.get(1), command.restAfter(2), actor);
            }
            default -> throw new UsageException();
        };
        String key;
        if (result instanceof SourceAdmin.Result.Done) {
            key = "admin.done";
        } else if (result instanceof SourceAdmin.Result.NotFound) {
            key = "admin.notFound";
        } else {
            key = "admin.invalid";
        }
        return List.of(OutgoingMessage.text(ctx.t(key, result.message())));
    }

    private static String single(List<String> args) {
        if (args.size() != 1) {
            throw new UsageException();
        }
        return args.get(0);
    }
}
