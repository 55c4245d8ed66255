package dev.newsdigest.bot.app;

import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.Subscription;
import dev.newsdigest.bot.chat.telegram.FakeTelegramServer;
import dev.newsdigest.bot.config.StorageConfig;
import dev.newsdigest.bot.storage.ChatStore;
import dev.newsdigest.bot.storage.Database;
import dev.newsdigest.bot.testing.ChildJvm;
import dev.newsdigest.bot.testing.FeedServer;
import dev.newsdigest.bot.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Benchmark (not a test): throughput of 1, 2 or 3 clustered {@code newsdigest run} JVMs on one embedded PostgreSQL,
 * against local feeds and a fake Telegram that enforces the Bot API limits (30 messages a second per bot token, one
 * a second per chat). Prints articles digested per minute (first stored article to last) and posts delivered per
 * minute (first post to last).
 *
 * <pre>
 * mvn -B -q -pl bot -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp bot/target/test-classes:bot/target/classes:digest/target/classes:$(cat /tmp/cp.txt) \
 *     dev.newsdigest.bot.app.ScaleBench 1,2,3 60 5 60 10
 * </pre>
 * Arguments: instance counts (1,2,3), feeds (60), items per feed (5), chats (60), feeds the chats follow (10: their
 * stories are posted to every chat). Each instance runs 2 poll workers.
 */
public final class ScaleBench {
    private static final String[] WORDS = ("government council minister budget city river bridge school hospital "
            + "police court election party vote report company market price energy water road train airport storm "
            + "winter summer farmers workers union strike protest agreement meeting talks border army ceasefire "
            + "museum festival team match coach season league players fans stadium record growth inflation bank "
            + "tax plan project contract audit inquiry statement officials residents villages district province "
            + "capital region mayor governor president spokesman director professor scientists researchers study")
            .split(" ");

    public static void main(String[] args) throws Exception {
        String[] counts = (args.length > 0 ? args[0] : "1,2,3").split(",");
        int feeds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int items = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int chats = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int followed = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        System.out.printf("feeds=%d items/feed=%d chats=%d following %d feeds (%d posts), cores=%d%n", feeds, items,
                chats, followed, chats * followed * items, Runtime.getRuntime().availableProcessors());
        for (String c : counts) {
            run(Integer.parseInt(c.trim()), feeds, items, chats, followed);
        }
        System.exit(0);
    }

    private static void run(int instances, int feeds, int items, int chats, int followed) throws Exception {
        Path dir = Files.createTempDirectory("scale-bench");
        StorageConfig storage = TestDatabases.postgres();
        Random random = new Random(42);
        String now = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
        List<Process> children = new ArrayList<>();
        try (FeedServer server = new FeedServer(16); FakeTelegramServer telegram = new FakeTelegramServer();
             Database db = Database.open(storage)) {
            FakeTelegramServer.Limits limits = telegram.enforceLimits();
            StringBuilder sources = new StringBuilder("sources:\n");
            for (int f = 0; f < feeds; f++) {
                String[][] entries = new String[items][];
                for (int i = 0; i < items; i++) {
                    entries[i] = new String[] {"urn:bench:" + f + ":" + i, "http://bench.example/" + f + "/" + i,
                            "Item " + i + " of feed " + f, "<p>" + text(random, 120) + "</p>"};
                }
                server.feed("/feed/" + f + ".xml", FeedServer.rss("Feed " + f, entries)
                        .replace("Mon, 20 Jan 2025 10:00:00 GMT", now));
                sources.append("  - id: feed").append(f).append("\n    url: ").append(server.url("/feed/" + f + ".xml"))
                        .append("\n    every: 10m\n    language: en\n");
            }
            ChatStore chatStore = new ChatStore(db.dataSource(), Clock.systemUTC());
            for (int c = 0; c < chats; c++) {
                ChatRef chat = new ChatRef(Platform.TELEGRAM, String.valueOf(80_000 + c), ChatKind.PRIVATE);
                for (int f = 0; f < followed; f++) {
                    chatStore.add(chat, Subscription.source("feed" + f));
                }
            }
            int articles = feeds * items;
            int posts = chats * followed * items;
            for (int i = 0; i < instances; i++) {
                Path config = dir.resolve("config-" + i);
                Files.createDirectories(config);
                Files.writeString(config.resolve("newsdigest.yaml"), """
                        storage:
                          url: %s
                          user: postgres
                          password: postgres
                          poolSize: 6
                        fetch:
                          allowHosts: [127.0.0.1]
                        telegram:
                          token: "%s"
                          apiUrl: %s
                        http:
                          port: 0
                        schedule:
                          workers: 2
                          clustered: true
                          checkinInterval: 2s
                          startSpread: 3s
                        delivery:
                          routeEvery: 1s
                        """.formatted(storage.url(), FakeTelegramServer.TOKEN, telegram.baseUrl()));
                Files.writeString(config.resolve("sources.yaml"), sources);
                children.add(ChildJvm.start(Main.class, dir.resolve("instance-" + i + ".log"), "run", "--config",
                        config.toString()));
            }
            long firstArticle = 0, lastArticle = 0, firstPost = 0, lastPost = 0;
            long deadline = System.nanoTime() + 20L * 60 * 1_000_000_000L;
            while (System.nanoTime() < deadline) {
                long stored = ScaleOutTest.count(db, "SELECT COUNT(*) FROM articles");
                int sent = telegram.sent.size();
                long t = System.nanoTime();
                if (stored > 0 && firstArticle == 0) firstArticle = t;
                if (stored >= articles && lastArticle == 0) lastArticle = t;
                if (sent > 0 && firstPost == 0) firstPost = t;
                if (sent >= posts) {
                    lastPost = t;
                    break;
                }
                Thread.sleep(200);
            }
            double ingestMin = (lastArticle - firstArticle) / 60e9;
            double deliverMin = (lastPost - firstPost) / 60e9;
            System.out.printf("instances=%d: %d articles in %.1f s = %.0f articles/min; %d posts in %.1f s = %.0f posts/min"
                            + " (%.1f/s); 429s=%d%n", instances, articles, ingestMin * 60, articles / ingestMin,
                    telegram.sent.size(), deliverMin * 60, telegram.sent.size() / deliverMin,
                    telegram.sent.size() / (deliverMin * 60), limits.throttled.get());
        } finally {
            children.forEach(Process::destroy);
            for (Process p : children) {
                p.waitFor();
            }
        }
    }

    private static String text(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            b.append(w % 12 == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            b.append(w % 12 == 11 ? ". " : " ");
        }
        return b.toString().strip() + ".";
    }
}
