package dev.newsdigest.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The rules that the file, the CLI and chat admin commands share. */
class SourceValidatorTest {
    private final SourceValidator validator = new SourceValidator(ScheduleConfig.defaults());

    @Test
    void draftFromCommandLineIsValidatedWithItsOrigin() {
        SourceDraft d = new SourceDraft("command line", 0).set("id", "x").set("url", "gopher://example.com");
        assertThatThrownBy(() -> validator.validate(d)).isInstanceOf(ConfigException.class)
                .hasMessage("command line: source 'x': url must be http or https, got 'gopher:'");
    }

    @Test
    void adminEditGoesThroughTheSameRules() throws Exception {
        SourceConfig s = validator.validate(new SourceDraft("t", 0).set("id", "a").set("url", "https://example.com/rss"));
        SourceConfig slower = validator.withChange(s, "every", "1h", "telegram:42");
        assertThat(slower.every()).isEqualTo(Duration.ofHours(1));
        assertThat(slower.url()).isEqualTo(s.url());
        SourceConfig words = validator.withChange(s, "include", "Песков, Кремль", "telegram:42");
        assertThat(words.include()).containsExactly("Песков", "Кремль");
        assertThatThrownBy(() -> validator.withChange(s, "every", "5s", "telegram:42"))
                .hasMessageContaining("every must be between");
        assertThatThrownBy(() -> validator.withChange(s, "colour", "red", "telegram:42"))
                .hasMessageContaining("unknown key 'colour'");
        assertThatThrownBy(() -> validator.withChange(s, "id", "b", "telegram:42"))
                .hasMessageContaining("cannot change");
    }

    @Test
    void roundTripsThroughADraft() throws Exception {
        SourceConfig s = validator.validate(new SourceDraft("t", 0).set("id", "a").set("url", "https://example.com/rss")
                .set("type", "atom").set("every", "1h30m").set("fullText", "yes").set("language", "UK")
                .set("exclude", java.util.List.of("спорт")).set("charset", "koi8-r").set("enabled", "off"));
        assertThat(validator.validate(SourceDraft.of(s, "t"))).isEqualTo(s);
        assertThat(s.language()).isEqualTo("uk");
        assertThat(s.charset()).isEqualTo("KOI8-R");
    }

    @Test
    void durationsReadAndPrint() {
        assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("PT10M")).isEqualTo(Duration.ofMinutes(10));
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThatThrownBy(() -> Durations.parse("10")).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> Durations.parse("10 minutes")).hasMessageContaining("not a duration");
        assertThat(ByteSizes.parse("15MiB")).isEqualTo(15L * 1024 * 1024);
        assertThat(ByteSizes.parse("1024")).isEqualTo(1024);
    }
}
