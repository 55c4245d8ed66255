package dev.newsdigest.bot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.config.SourceConfig;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostLanesTest {
    private static SourceConfig source(int i, String host) {
        return new SourceConfig("s" + i, "S" + i, URI.create("https://" + host + "/feed/" + i), null,
                Duration.ofMinutes(10), false, null, List.of(), List.of(), true, null);
    }

    /** RELIABILITY L1: at most two sources of a host start at once, hosts interleaved, the rest follow one by one. */
    @Test
    void l1_startsTwoPerHostInterleavedThenOneForEachThatFinishes() {
        List<SourceConfig> sources = List.of(source(0, "a.example"), source(1, "a.example"), source(2, "a.example"),
                source(3, "A.example"), source(4, "b.example"), source(5, "c.example"), source(6, "c.example"));
        HostLanes lanes = new HostLanes(sources, 2);

        assertThat(lanes.start()).containsExactly(0, 4, 5, 1, 6);
        assertThat(lanes.next("b.example")).isNull();
        assertThat(lanes.next("a.example")).isEqualTo(2);
        assertThat(lanes.next("a.example")).isEqualTo(3);   // host names compare case-insensitively
        assertThat(lanes.next("a.example")).isNull();
        lanes.requeue(3);
        assertThat(lanes.next("a.example")).isEqualTo(3);
    }
}
