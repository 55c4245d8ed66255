package dev.newsdigest.bot.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.digest.ArticleInput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark inputs and measures are what they claim: sizes, determinism, a boilerplate metric that can fail. */
class WorkloadsTest {
    @TempDir
    Path dir;

    @Test
    void generatedArticlesAreAboutThreeKilobytesAndRepeatable() {
        List<GeneratedNews.Article> a = GeneratedNews.articles(9, 3000, 5);
        assertThat(a).extracting(GeneratedNews.Article::language).containsSequence("en", "ru", "uk");
        for (GeneratedNews.Article article : a) {
            int bytes = article.asText().getBytes(StandardCharsets.UTF_8).length;
            assertThat(bytes).isBetween(3000, 4500);
            assertThat(article.sentences().size()).isGreaterThan(10);
        }
        assertThat(GeneratedNews.articles(9, 3000, 5)).isEqualTo(a);
    }

    @Test
    void pagesWeighAboutOneHundredKilobytesInEveryLayout() {
        List<GeneratedPages.Page> pages = GeneratedPages.pages(9, 100_000, 1);
        assertThat(pages).extracting(GeneratedPages.Page::layout).contains(GeneratedPages.Layout.values());
        for (GeneratedPages.Page p : pages) {
            assertThat(p.bytes().length).isBetween(100_000, 110_000);
            assertThat(p.boilerplate()).hasSizeGreaterThan(15);
        }
    }

    @Test
    void boilerplateScoreRewardsTheArticleAndCountsEveryLeak() {
        GeneratedPages.Page page = GeneratedPages.pages(1, 100_000, 3).get(0);
        BoilerplateScore clean = BoilerplateScore.of(page, page.article().asText());
        assertThat(clean.recall()).isEqualTo(1.0);
        assertThat(clean.leak()).isZero();

        // All the visible text of the page: every article sentence and every planted sentence is there.
        BoilerplateScore everything = BoilerplateScore.of(page, Jsoup.parse(page.html()).body().text());
        assertThat(everything.recall()).isEqualTo(1.0);
        assertThat(everything.leak()).isEqualTo(1.0);

        BoilerplateScore nothing = BoilerplateScore.of(page, "");
        assertThat(nothing.recall()).isZero();
        assertThat(nothing.leak()).isZero();
    }

    @Test
    void wordsNeverMatchHalfAWord() {
        assertThat(BoilerplateScore.words("Ёлка, «ёж»!")).isEqualTo(" елка еж ");
        assertThat(BoilerplateScore.words("a cat sat").contains(BoilerplateScore.words("at sat"))).isFalse();
    }

    @Test
    void corporaAreReadWhenPresentAndSkippedWhenAbsent() throws Exception {
        assertThat(SharedCorpora.load(dir.resolve("missing"))).isEmpty();
        Files.writeString(dir.resolve("quotes-polnear-en.jsonl"), """
                {"id": "x/1", "lang": "en", "headline": "A title", "text": "Invented text one.", "quotes": null}

                {"id": "x/2", "lang": "en", "headline": null, "text": "Invented text two.", "quotes": null}
                """, StandardCharsets.UTF_8);
        Map<String, List<ArticleInput>> c = SharedCorpora.load(dir);
        assertThat(c).containsOnlyKeys("quotes-polnear-en");
        assertThat(c.get("quotes-polnear-en")).extracting(ArticleInput::titleHint).containsExactly("A title", null);
        assertThat(c.get("quotes-polnear-en")).extracting(ArticleInput::languageHint).containsOnly("en");
    }

    @Test
    void percentilesAreNearestRank() {
        double[] v = new double[100];
        for (int i = 0; i < 100; i++) {
            v[i] = 100 - i;
        }
        Stats s = Stats.of(v);
        assertThat(s.median()).isEqualTo(50);
        assertThat(s.p99()).isEqualTo(99);
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(100);
    }

    @Test
    void seededPeopleHaveDistinctKeysAndAliases() {
        Set<String> keys = new HashSet<>();
        Set<String> aliases = new HashSet<>();
        for (int i = 0; i < 200_000; i += 7) {
            keys.add(QuoteDbSeeder.key(i));
            aliases.add(QuoteDbSeeder.alias(i));
        }
        assertThat(keys).hasSize(aliases.size()).hasSize((200_000 + 6) / 7);
    }

    @Test
    void gcLogLinesAreParsed() throws Exception {
        Path log = dir.resolve("gc.log");
        Files.writeString(log, """
                [0.012s][info][gc] Using G1
                [3.456s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->6M(256M) 4.123ms
                [9.001s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 120M->80M(256M) 9.5ms
                [12.5s][info][gc] GC(2) Pause Full (System.gc()) 90M->41M(200M) 51.0ms
                [240.946s] GC(251) Pause Full (Diagnostic Command) 191M->44M(157M) 251.096ms
                """);
        List<RunProbe.Gc> gcs = RunProbe.parseGcLog(log);
        assertThat(gcs).extracting(RunProbe.Gc::afterMiB).containsExactly(6, 80, 41, 44);
        assertThat(gcs).extracting(RunProbe::requested).containsExactly(false, false, true, true);
        assertThat(gcs.get(1).at()).isEqualTo(9.001);
    }
}
