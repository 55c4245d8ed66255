package dev.newsdigest.bot.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RELIABILITY P7: one article reached through differently written links gets one key. */
class UrlNormalizerTest {
    @Test
    void dropsTrackingFragmentsTrailingSlashesDefaultPortsAndCase() {
        assertThat(UrlNormalizer.normalize("HTTPS://News.Example.COM:443/a/b/?utm_source=rss&utm_medium=x&id=7#comments"))
                .isEqualTo("https://news.example.com/a/b?id=7");
        assertThat(UrlNormalizer.normalize("http://example.com:80")).isEqualTo("http://example.com/");
        assertThat(UrlNormalizer.normalize("http://example.com:8080/x")).isEqualTo("http://example.com:8080/x");
        assertThat(UrlNormalizer.normalize("https://example.com/x?b=2&a=1&fbclid=abc&gclid=z"))
                .isEqualTo("https://example.com/x?a=1&b=2");
        assertThat(UrlNormalizer.normalize("https://example.com/a/./b/../c")).isEqualTo("https://example.com/a/c");
    }

    @Test
    void keepsWhatIdentifiesTheArticle() {
        assertThat(UrlNormalizer.normalize("https://example.com/news?id=1"))
                .isNotEqualTo(UrlNormalizer.normalize("https://example.com/news?id=2"));
        assertThat(UrlNormalizer.normalize("https://example.com/Path")).isEqualTo("https://example.com/Path");
    }

    @Test
    void refusesWhatIsNotAnHttpUrl() {
        assertThat(UrlNormalizer.normalize("javascript:alert(1)")).isNull();
        assertThat(UrlNormalizer.normalize("/relative")).isNull();
        assertThat(UrlNormalizer.normalize("http://bad host/")).isNull();
        assertThat(UrlNormalizer.normalize(null)).isNull();
    }

    @Test
    void httpAndHttpsShareADedupKey() {
        assertThat(ItemKeys.of("a", null, "http://example.com/x").urlHash())
                .isEqualTo(ItemKeys.of("b", null, "https://example.com/x/?utm_campaign=y").urlHash());
    }

    @Test
    void uriGuidsAreGlobalBareGuidsAreScopedToTheirSource() {
        assertThat(ItemKeys.of("a", "urn:uuid:1", null).guidHash()).isEqualTo(ItemKeys.of("b", "urn:uuid:1", null).guidHash());
        assertThat(ItemKeys.of("a", "12345", null).guidHash()).isNotEqualTo(ItemKeys.of("b", "12345", null).guidHash());
        assertThat(ItemKeys.of("a", "  ", null).guidHash()).isNull();
    }
}
