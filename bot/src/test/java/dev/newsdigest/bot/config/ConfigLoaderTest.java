package dev.newsdigest.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private ConfigLoader loader(Map<String, String> env) {
        return new ConfigLoader(dir, new EnvSubstitution(env));
    }

    private void write(String file, String text) throws Exception {
        Files.writeString(dir.resolve(file), text);
    }

    private List<ConfigProblem> botProblems(String yaml) throws Exception {
        write(ConfigLoader.BOT_FILE, yaml);
        try {
            loader(Map.of()).loadBotConfig();
        } catch (ConfigException e) {
            return e.problems();
        }
        throw new AssertionError("accepted: " + yaml);
    }

    @Test
    void missingFilesMeanDefaults() throws Exception {
        BotConfig c = loader(Map.of()).loadBotConfig();
        assertThat(c).isEqualTo(BotConfig.defaults());
        assertThat(c.storage().url()).isEqualTo("jdbc:h2:file:./data/newsdigest");
        assertThat(c.fetch().allowPrivateNetworks()).isFalse();
        assertThat(loader(Map.of()).loadSources(c.schedule(), SourceUrlCheck.NONE)).isEmpty();
    }

    @Test
    void readsEveryKey() throws Exception {
        write(ConfigLoader.BOT_FILE, """
                storage:
                  url: jdbc:postgresql://db:5432/news
                  user: bot
                  password: pw
                  poolSize: 7
                fetch:
                  timeout: 20s
                  connectTimeout: 5s
                  maxBytes: 2MiB
                  allowPrivateNetworks: true
                  allowHosts: [127.0.0.1, rss-bridge.local]
                  userAgent: test-agent
                  maxRedirects: 3
                  maxItemsPerPoll: 50
                telegram:
                  token: 123:abc
                  apiUrl: http://127.0.0.1:9000
                slack:
                  botToken: xoxb-1
                  appToken: xapp-1
                  signingSecret: s3cr3t
                  apiUrl: http://127.0.0.1:9001/api/
                http:
                  port: 9090
                admins:
                  telegram: [111, 222]
                  slack: U123
                schedule:
                  every: 15m
                  workers: 6
                  failureThreshold: 5
                  maxBackoff: 2h
                  reloadEvery: 10s
                  clustered: true
                """);
        BotConfig c = loader(Map.of()).loadBotConfig();
        assertThat(c.storage().url()).isEqualTo("jdbc:postgresql://db:5432/news");
        assertThat(c.storage().user()).isEqualTo("bot");
        assertThat(c.storage().password().reveal()).isEqualTo("pw");
        assertThat(c.storage().poolSize()).isEqualTo(7);
        assertThat(c.fetch().timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(c.fetch().connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.fetch().maxBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(c.fetch().allowPrivateNetworks()).isTrue();
        assertThat(c.fetch().allowHosts()).containsExactly("127.0.0.1", "rss-bridge.local");
        assertThat(c.fetch().userAgent()).isEqualTo("test-agent");
        assertThat(c.fetch().maxRedirects()).isEqualTo(3);
        assertThat(c.fetch().maxItemsPerPoll()).isEqualTo(50);
        assertThat(c.telegram().token().reveal()).isEqualTo("123:abc");
        assertThat(c.telegram().apiUrl()).hasToString("http://127.0.0.1:9000");
        assertThat(c.slack().botToken().reveal()).isEqualTo("xoxb-1");
        assertThat(c.slack().appToken().reveal()).isEqualTo("xapp-1");
        assertThat(c.slack().signingSecret().reveal()).isEqualTo("s3cr3t");
        assertThat(c.slack().apiUrl()).hasToString("http://127.0.0.1:9001/api/");
        assertThat(c.http().port()).isEqualTo(9090);
        assertThat(c.admins().telegram()).containsExactly("111", "222");
        assertThat(c.admins().slack()).containsExactly("U123");
        assertThat(c.schedule()).isEqualTo(new ScheduleConfig(Duration.ofMinutes(15), 6, 5, Duration.ofHours(2),
                Duration.ofSeconds(10), true));
    }

    @Test
    void substitutesEnvironmentVariablesWithDefaults() throws Exception {
        write(ConfigLoader.BOT_FILE, """
                storage:
                  url: ${DB_URL:-jdbc:h2:file:./data/other}
                telegram:
                  token: ${TG_TOKEN}
                http:
                  port: ${PORT:-8081}
                fetch:
                  userAgent: "literal $${NOT_A_VAR}"
                """);
        BotConfig c = loader(Map.of("TG_TOKEN", "42:xyz", "PORT", "7070")).loadBotConfig();
        assertThat(c.storage().url()).isEqualTo("jdbc:h2:file:./data/other");
        assertThat(c.telegram().token().reveal()).isEqualTo("42:xyz");
        assertThat(c.http().port()).isEqualTo(7070);
        assertThat(c.fetch().userAgent()).isEqualTo("literal ${NOT_A_VAR}");
    }

    @Test
    void clusterAndDeliveryKeysAreReadAndBounded() throws Exception {
        write(ConfigLoader.BOT_FILE, """
                schedule:
                  clustered: true
                  checkinInterval: 2s
                  startSpread: 30s
                  stopTimeout: 20s
                delivery:
                  leaderLease: 10s
                  claimLease: 90s
                  routeEvery: 500ms
                """);
        BotConfig c = loader(Map.of()).loadBotConfig();
        assertThat(c.schedule().clustered()).isTrue();
        assertThat(c.schedule().checkinInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(c.schedule().startSpread()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.schedule().stopTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(c.delivery()).isEqualTo(new DeliveryConfig(Duration.ofSeconds(10), Duration.ofSeconds(90),
                Duration.ofMillis(500)));
        assertThat(loader(Map.of()).loadBotConfig().delivery()).isEqualTo(c.delivery());

        List<ConfigProblem> p = botProblems("schedule:\n  checkinInterval: 100ms\ndelivery:\n  leaderLease: 1s\n");
        assertThat(p).hasSize(2);
        assertThat(p.get(0).line()).isEqualTo(2);
        assertThat(p.get(0).reason()).contains("schedule.checkinInterval").contains("between");
        assertThat(p.get(1).line()).isEqualTo(4);
        assertThat(p.get(1).reason()).contains("delivery.leaderLease");
    }

    @Test
    void environmentValuesAreNotSubstitutedAgain() throws Exception {
        write(ConfigLoader.BOT_FILE, "telegram:\n  token: ${TG_TOKEN}\n");
        BotConfig c = loader(Map.of("TG_TOKEN", "${HOME}", "HOME", "/root")).loadBotConfig();
        assertThat(c.telegram().token().reveal()).isEqualTo("${HOME}");
    }

    @Test
    void unsetVariableWithoutDefaultIsRefusedWithItsLine() throws Exception {
        List<ConfigProblem> p = botProblems("http:\n  port: 80\ntelegram:\n  token: ${TG_TOKEN}\n");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).line()).isEqualTo(4);
        assertThat(p.get(0).origin()).endsWith("newsdigest.yaml");
        assertThat(p.get(0).reason()).contains("TG_TOKEN").contains("not set");
    }

    @Test
    void secretsAreRedactedInEveryToString() throws Exception {
        write(ConfigLoader.BOT_FILE, """
                storage:
                  url: jdbc:postgresql://db/news?user=bot&password=dbsecret1
                  password: dbsecret2
                telegram:
                  token: 123456:telegramsecret
                slack:
                  botToken: xoxb-slacksecret1
                  appToken: xapp-slacksecret2
                  signingSecret: slacksecret3
                """);
        BotConfig c = loader(Map.of()).loadBotConfig();
        String printed = c.toString() + c.storage() + c.telegram() + c.slack() + c.storage().redactedUrl();
        assertThat(printed).doesNotContain("dbsecret1", "dbsecret2", "telegramsecret", "slacksecret1",
                "slacksecret2", "slacksecret3");
        assertThat(printed).contains("***");
        assertThat(Secret.empty().toString()).isEqualTo("(unset)");
    }

    @Test
    void problemsOfNewsdigestYamlCarryFileLineAndReason() throws Exception {
        List<ConfigProblem> p = botProblems("""
                storage:
                  url: mysql://x
                fetch:
                  timeout: soon
                  maxBytes: lots
                  allowPrivateNetworks: maybe
                htp:
                  port: 1
                http:
                  port: 70000
                schedule:
                  evry: 5m
                  workers: 0
                """);
        assertThat(p).extracting(ConfigProblem::line).containsExactlyInAnyOrder(2, 4, 5, 6, 7, 10, 12, 13);
        assertThat(p).allSatisfy(x -> assertThat(x.origin()).endsWith("newsdigest.yaml"));
        assertThat(p).anySatisfy(x -> assertThat(x.reason()).contains("storage.url").contains("JDBC URL"));
        assertThat(p).anySatisfy(x -> assertThat(x.reason()).contains("fetch.timeout").contains("'soon' is not a duration"));
        assertThat(p).anySatisfy(x -> assertThat(x.reason()).contains("fetch.maxBytes"));
        assertThat(p).anySatisfy(x -> assertThat(x.reason()).contains("'maybe' is not true or false"));
        assertThat(p).anySatisfy(x -> assertThat(x.reason()).contains("unknown key 'htp'").contains("did you mean 'http'"));
        assertThat(p).anySatisfy(x -> assertThat(x.reason()).contains("http.port").contains("outside 0..65535"));
        assertThat(p).anySatisfy(x -> assertThat(x.reason()).contains("unknown key 'schedule.evry'").contains("'every'"));
        assertThat(p).anySatisfy(x -> assertThat(x.reason()).contains("schedule.workers"));
    }

    @Test
    void telegramWebhookNeedsARealSecretAndTheSecretNeverPrints() throws Exception {
        List<ConfigProblem> p = botProblems("""
                telegram:
                  token: "1:abc"
                  webhookUrl: https://bot.example/telegram/webhook
                  webhookSecret: short
                """);
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(4);
            assertThat(x.reason()).contains("telegram.webhookSecret").doesNotContain("short");
        });
        write(ConfigLoader.BOT_FILE, """
                telegram:
                  token: "1:abc"
                  webhookUrl: https://bot.example/telegram/webhook
                  webhookSecret: abcdefghijklmnop_0123
                """);
        TelegramConfig t = loader(Map.of()).loadBotConfig().telegram();
        assertThat(t.webhook()).isTrue();
        assertThat(t.webhookSecret().reveal()).isEqualTo("abcdefghijklmnop_0123");
        assertThat(t.toString()).doesNotContain("abcdefghijklmnop_0123").doesNotContain("1:abc");
        write(ConfigLoader.BOT_FILE, "telegram:\n  token: \"1:abc\"\n  webhookUrl: \"\"\n");
        assertThat(loader(Map.of()).loadBotConfig().telegram().webhook()).isFalse();
    }

    @Test
    void brokenYamlGivesTheLine() throws Exception {
        List<ConfigProblem> p = botProblems("http:\n  port: 80\n  bad: [unclosed\n");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).reason()).startsWith("not valid YAML");
        assertThat(p.get(0).line()).isGreaterThan(2);
    }

    @Test
    void sectionThatIsNotAMappingIsRefused() throws Exception {
        List<ConfigProblem> p = botProblems("fetch: 10\n");
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(1);
            assertThat(x.reason()).contains("fetch").contains("mapping");
        });
    }

    @Test
    void aliasBombIsRefused() throws Exception {
        StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'z'; c++) {
            y.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) y.append(i == 0 ? "" : ", ").append('*').append(prev);
            y.append("]\n");
            prev = c;
        }
        write(ConfigLoader.BOT_FILE, y.toString());
        assertThatThrownBy(() -> loader(Map.of()).loadBotConfig()).isInstanceOf(ConfigException.class)
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void readsSources() throws Exception {
        write(ConfigLoader.SOURCES_FILE, """
                sources:
                  - id: lenta
                    name: Lenta.ru
                    url: https://lenta.ru/rss
                    type: rss
                    every: 15m
                    fullText: true
                    language: ru
                    include: [Кремль, Песков]
                    exclude: спорт, футбол
                    charset: windows-1251
                  - id: bbc
                    url: https://feeds.bbci.co.uk/news/rss.xml
                    enabled: false
                """);
        List<SourceConfig> s = loader(Map.of()).loadSources(ScheduleConfig.defaults(), SourceUrlCheck.NONE);
        assertThat(s).hasSize(2);
        SourceConfig lenta = s.get(0);
        assertThat(lenta.id()).isEqualTo("lenta");
        assertThat(lenta.name()).isEqualTo("Lenta.ru");
        assertThat(lenta.url()).hasToString("https://lenta.ru/rss");
        assertThat(lenta.type()).isEqualTo(SourceType.RSS);
        assertThat(lenta.every()).isEqualTo(Duration.ofMinutes(15));
        assertThat(lenta.fullText()).isTrue();
        assertThat(lenta.language()).isEqualTo("ru");
        assertThat(lenta.include()).containsExactly("Кремль", "Песков");
        assertThat(lenta.exclude()).containsExactly("спорт", "футбол");
        assertThat(lenta.charset()).isEqualTo("windows-1251");
        assertThat(lenta.enabled()).isTrue();
        SourceConfig bbc = s.get(1);
        assertThat(bbc.name()).isEqualTo("bbc");
        assertThat(bbc.type()).isNull();
        assertThat(bbc.every()).isEqualTo(ScheduleConfig.defaults().every());
        assertThat(bbc.enabled()).isFalse();
        assertThat(bbc.fullText()).isFalse();
    }

    @Test
    void everyBadSourceIsReportedWithFileLineAndReason() throws Exception {
        write(ConfigLoader.SOURCES_FILE, """
                sources:
                  - id: Bad Id
                    url: https://example.com/a
                  - name: no id
                    url: https://example.com/b
                  - id: noturl
                  - id: ftp
                    url: ftp://example.com/feed
                  - id: fast
                    url: https://example.com/c
                    every: 10s
                  - id: lang
                    url: https://example.com/d
                    language: de
                  - id: typo
                    url: https://example.com/e
                    fulltext: true
                  - id: cs
                    url: https://example.com/f
                    charset: klingon-8
                  - id: kind
                    url: https://example.com/g
                    type: atomfeed
                  - id: dup
                    url: https://example.com/h
                  - id: dup
                    url: https://example.com/i
                  - id: creds
                    url: https://user:pw@example.com/j
                """);
        ConfigException e = (ConfigException) org.assertj.core.api.Assertions.catchThrowable(
                () -> loader(Map.of()).loadSources(ScheduleConfig.defaults(), SourceUrlCheck.NONE));
        assertThat(e).isNotNull();
        List<ConfigProblem> p = e.problems();
        assertThat(p).allSatisfy(x -> assertThat(x.origin()).endsWith("sources.yaml"));
        assertThat(p).anySatisfy(x -> assertProblem(x, 2, "must be 1-64 lower-case"));
        assertThat(p).anySatisfy(x -> assertProblem(x, 4, "id is required"));
        assertThat(p).anySatisfy(x -> assertProblem(x, 6, "url is required"));
        assertThat(p).anySatisfy(x -> assertProblem(x, 8, "must be http or https"));
        assertThat(p).anySatisfy(x -> assertProblem(x, 11, "every must be between 1m and 7d"));
        assertThat(p).anySatisfy(x -> assertProblem(x, 14, "language must be one of ru, uk, en"));
        assertThat(p).anySatisfy(x -> assertProblem(x, 17, "unknown key 'fulltext' (did you mean 'fullText'?)"));
        assertThat(p).anySatisfy(x -> assertProblem(x, 20, "charset 'klingon-8' is not known"));
        assertThat(p).anySatisfy(x -> assertProblem(x, 23, "'atomfeed' is not a source type"));
        assertThat(p).anySatisfy(x -> assertProblem(x, 26, "duplicate id (first defined at line 24)"));
        assertThat(p).anySatisfy(x -> assertProblem(x, 29, "must not carry a user name or password"));
        assertThat(p).hasSize(11);
    }

    @Test
    void sourceUrlCheckRefusesEarly() throws Exception {
        write(ConfigLoader.SOURCES_FILE, "sources:\n  - id: local\n    url: http://127.0.0.1/feed\n");
        SourceUrlCheck check = url -> url.getHost().startsWith("127.")
                ? java.util.Optional.of("private network") : java.util.Optional.empty();
        assertThatThrownBy(() -> loader(Map.of()).loadSources(ScheduleConfig.defaults(), check))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("sources.yaml:3")
                .hasMessageContaining("url refused: private network");
    }

    @Test
    void sourcesFileMustHoldAList() throws Exception {
        write(ConfigLoader.SOURCES_FILE, "sources:\n  id: x\n");
        assertThatThrownBy(() -> loader(Map.of()).loadSources(ScheduleConfig.defaults(), SourceUrlCheck.NONE))
                .isInstanceOf(ConfigException.class).hasMessageContaining("sources.yaml:2").hasMessageContaining("list");
    }

    private static void assertProblem(ConfigProblem p, int line, String reasonPart) {
        assertThat(p.line()).as(p.toString()).isEqualTo(line);
        assertThat(p.reason()).contains(reasonPart);
    }
}
