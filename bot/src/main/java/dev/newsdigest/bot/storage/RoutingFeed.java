package dev.newsdigest.bot.storage;

import dev.newsdigest.bot.delivery.RoutableStory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * New stories for routing to chats, and the record of which were routed ({@code routed_stories}). Only stories
 * published in the last {@link #FRESH} are routed: the first poll of a new source brings its whole back catalogue,
 * which must not land in every subscribed chat.
 */
public final class RoutingFeed {

    public static final Duration FRESH = Duration.ofHours(24);

    private final Database db;
    private final DigestReader digests;
    private final Clock clock;

    public RoutingFeed(Database db, Clock clock) {
        this.db = db;
        this.digests = new DigestReader(db);
        this.clock = clock;
    }

    /**
     * Fresh stories not routed yet, oldest first. An index-only anti-join finds them first, so a pass with nothing
     * new (the common case, every few seconds) parses no digest at all.
     */
    public List<RoutableStory> unrouted() {
        Instant since = clock.instant().minus(FRESH);
        record Pending(Set<Long> ids, Instant oldest) {
        }
        Pending pending = db.read("unrouted stories", c -> {
            Set<Long> ids = new HashSet<>();
            Instant oldest = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT d.story_id, d.published_at FROM digests d "
                    + "LEFT JOIN routed_stories r ON r.story_id = d.story_id "
                    + "WHERE r.story_id IS NULL AND d.published_at >= ?")) {
                Sql.setInstant(ps, 1, since);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                        Instant p = Sql.getInstant(rs, "published_at");
                        oldest = oldest == null || p.isBefore(oldest) ? p : oldest;
                    }
                }
            }
            return new Pending(ids, oldest);
        });
        if (pending.ids().isEmpty()) {
            return List.of();
        }
        List<RoutableStory> out = new ArrayList<>();
        for (StoredDigest d : digests.since(pending.oldest())) {
            if (pending.ids().contains(d.storyId())) {
                out.add(StoredStories.routable(d));
            }
        }
        return out;
    }

    /** Records that these stories were routed (after their outbox rows were queued). */
    public void markRouted(List<RoutableStory> stories) {
        if (stories.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        db.inTransaction("mark routed", c -> {
            try (PreparedStatement check = c.prepareStatement("SELECT 1 FROM routed_stories WHERE story_id = ?");
                 PreparedStatement ins = c.prepareStatement(
                         "INSERT INTO routed_stories (story_id, routed_at) VALUES (?, ?)")) {
                for (RoutableStory s : stories) {
                    check.setLong(1, s.id());
                    try (ResultSet rs = check.executeQuery()) {
                        if (rs.next()) {
                            continue;
                        }
                    }
                    ins.setLong(1, s.id());
                    Sql.setInstant(ins, 2, now);
                    ins.executeUpdate();
                }
            }
            return null;
        });
    }
}
