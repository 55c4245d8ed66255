package dev.newsdigest.bot.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FetchSettingsTest {

    @Test
    void defaultsAreSafe() {
        FetchSettings d = FetchSettings.defaults();
        assertThat(d.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(d.deadline()).isEqualTo(Duration.ofSeconds(30));
        assertThat(d.maxBodyBytes()).isEqualTo(15L * 1024 * 1024);
        assertThat(d.maxRedirects()).isEqualTo(5);
        assertThat(d.allowPrivateNetworks()).isFalse();
        assertThat(d.allowHosts()).isEmpty();
        assertThat(d.proxy()).isNull();
        assertThat(d.userAgent()).matches("newsdigest/\\S+ \\(\\+https://\\S+\\)");
    }

    @Test
    void allowHostsAreNormalisedAndValidatedUpFront() {
        assertThat(FetchSettings.defaults().withAllowHosts(Set.of(" RSS-Bridge.Local ", "127.0.0.1:8080")).allowHosts())
                .containsExactlyInAnyOrder("rss-bridge.local", "127.0.0.1:8080");
        assertThatThrownBy(() -> FetchSettings.defaults().withAllowHosts(Set.of("127.0.0.1:99999")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad port");
        assertThatThrownBy(() -> FetchSettings.defaults().withAllowHosts(Set.of("[::1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonsenseLimitsAreRejected() {
        assertThatThrownBy(() -> FetchSettings.defaults().withDeadline(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FetchSettings.defaults().withMaxBodyBytes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FetchSettings.defaults().withMaxRedirects(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FetchSettings.defaults().withUserAgent("bot\r\nX-Evil: 1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FetchSettings.defaults().withProxy(new Proxy(Proxy.Type.HTTP, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void directProxyMeansNoProxy() {
        assertThat(FetchSettings.defaults().withProxy(Proxy.NO_PROXY).proxy()).isNull();
        Proxy p = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.internal", 3128));
        assertThat(FetchSettings.defaults().withProxy(p).proxy()).isEqualTo(p);
    }
}
