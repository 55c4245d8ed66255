package dev.newsdigest.bot.chat;

import dev.newsdigest.bot.chat.command.CommandPorts;
import dev.newsdigest.bot.chat.port.AuditLog;
import dev.newsdigest.bot.chat.port.ChatSettingsStore;
import dev.newsdigest.bot.chat.port.DigestQueries;
import dev.newsdigest.bot.chat.port.PeopleQueries;
import dev.newsdigest.bot.chat.port.QuoteQueries;
import dev.newsdigest.bot.chat.port.SourceAdmin;
import dev.newsdigest.bot.chat.port.SourceView;
import dev.newsdigest.bot.chat.port.StoryView;
import dev.newsdigest.bot.chat.port.SubscriptionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * In-memory stand-ins for the command layer's ports, for unit tests of the command layer and the adapters. The
 * people "matcher" here is deliberately simple (exact key, or a listed alias): matching quality is tested in the
 * people module, not here.
 */
public final class FakePorts implements SubscriptionStore, ChatSettingsStore, QuoteQueries, PeopleQueries,
        DigestQueries, SourceAdmin, AuditLog {

    public record KnownPerson(String key, String name, List<String> aliases) {
    }

    public record AuditEntry(String actor, String action, String detail, boolean allowed) {
    }

    public final Map<String, List<Subscription>> subscriptions = new HashMap<>();
    public final Map<String, ChatSettings> settings = new HashMap<>();
    public final List<KnownPerson> people = new ArrayList<>();
    public final List<QuoteView> quotes = new ArrayList<>();
    public final List<StoryView> stories = new ArrayList<>();
    public final List<SourceView> sources = new ArrayList<>();
    public final List<AuditEntry> audit = new CopyOnWriteArrayList<>();
    public final List<String> adminCalls = new CopyOnWriteArrayList<>();

    public CommandPorts ports() {
        return new CommandPorts(this, this, this, this, this, this, this);
    }

    @Override
    public synchronized boolean add(ChatRef chat, Subscription s) {
        List<Subscription> l = subscriptions.computeIfAbsent(chat.toString(), k -> new ArrayList<>());
        if (l.stream().anyMatch(x -> x.sameAs(s))) {
            return false;
        }
        return l.add(s);
    }

    @Override
    public synchronized boolean remove(ChatRef chat, Subscription s) {
        return subscriptions.getOrDefault(chat.toString(), new ArrayList<>()).removeIf(x -> x.sameAs(s));
    }

    @Override
    public synchronized int removeAll(ChatRef chat) {
        List<Subscription> l = subscriptions.remove(chat.toString());
        return l == null ? 0 : l.size();
    }

    @Override
    public synchronized List<Subscription> list(ChatRef chat) {
        return List.copyOf(subscriptions.getOrDefault(chat.toString(), List.of()));
    }

    @Override
    public synchronized ChatSettings get(ChatRef chat) {
        return settings.getOrDefault(chat.toString(), ChatSettings.defaults());
    }

    @Override
    public synchronized void put(ChatRef chat, ChatSettings s) {
        settings.put(chat.toString(), s);
    }

    @Override
    public List<QuoteView> recentQuotes(String personKey, int limit) {
        return quotes.stream().filter(q -> personKey.equals(q.speakerKey()))
                .sorted(Comparator.comparing(QuoteView::published).reversed()).limit(limit).toList();
    }

    @Override
    public List<PersonMatch> match(String query, int limit) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        List<PersonMatch> out = new ArrayList<>();
        for (KnownPerson p : people) {
            double score = p.key().equals(q) ? 1.0
                    : p.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(q)) ? 0.95
                    : p.name().toLowerCase(Locale.ROOT).contains(q) ? 0.3 : 0.0;
            if (score > 0) {
                int n = (int) quotes.stream().filter(x -> p.key().equals(x.speakerKey())).count();
                out.add(new PersonMatch(p.key(), p.name(), score, n));
            }
        }
        out.sort(Comparator.comparingDouble(PersonMatch::score).reversed());
        return out.stream().limit(limit).toList();
    }

    @Override
    public String keyOf(String name) {
        String[] words = name.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    @Override
    public List<PersonCount> inTheNews(Instant since, int limit) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (QuoteView q : quotes) {
            if (q.published().isAfter(since) && q.speakerKey() != null) {
                counts.merge(q.speakerKey(), 1, Integer::sum);
                names.put(q.speakerKey(), q.speaker());
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(limit).map(e -> new PersonCount(e.getKey(), names.get(e.getKey()), e.getValue())).toList();
    }

    @Override
    public List<StoryView> stories(List<Subscription> subs, Instant since, int limit) {
        return stories.stream().filter(s -> s.published().isAfter(since)).limit(limit).toList();
    }

    @Override
    public List<SourceView> list() {
        return List.copyOf(sources);
    }

    @Override
    public Result add(String url, String name, String actor) {
        adminCalls.add("add " + url + " " + name + " by " + actor);
        if (!url.startsWith("https://")) {
            return new Result.Invalid("url must be https");
        }
        String id = name == null ? "new" : name.toLowerCase(Locale.ROOT).replace(' ', '-');
        sources.add(new SourceView(id, name == null ? url : name, url, true, null, 0, null));
        return new Result.Done("added source " + id);
    }

    @Override
    public Result remove(String id, String actor) {
        adminCalls.add("remove " + id + " by " + actor);
        return sources.removeIf(s -> s.id().equals(id)) ? new Result.Done("removed " + id) : new Result.NotFound(id);
    }

    @Override
    public Result setEnabled(String id, boolean enabled, String actor) {
        adminCalls.add((enabled ? "resume " : "pause ") + id + " by " + actor);
        return new Result.Done(id);
    }

    @Override
    public Result set(String id, String key, String value, String actor) {
        adminCalls.add("set " + id + " " + key + "=" + value + " by " + actor);
        return new Result.Done(id + " " + key + " = " + value);
    }

    @Override
    public void record(String actor, String action, String detail, boolean allowed) {
        audit.add(new AuditEntry(actor, action, detail, allowed));
    }
}
