package dev.newsdigest.bot.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.Dns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The early, friendly check used at /addsource time (each S case is checked again at dial time elsewhere). */
class UrlPolicyTest {
    /** A scripted resolver: no real DNS in tests. */
    private static final Dns DNS = host -> {
        Map<String, String> table = Map.of(
                "feeds.example.org", "93.184.215.14",
                "internal.example.org", "10.1.2.3",
                "rebind.example.org", "127.0.0.1",
                "rss-bridge.local", "192.168.1.20");
        String a = table.get(host);
        if (a == null) {
            throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByName(a));
    };

    private final UrlPolicy policy = new UrlPolicy(FetchSettings.defaults(), DNS);

    private static String refusal(UrlPolicy p, String url) {
        RefusedUrlException e = catchThrowableOfType(RefusedUrlException.class, () -> p.check(url));
        assertThat(e).as(url).isNotNull();
        return e.getMessage();
    }

    @Test
    void publicFeedPasses() throws Exception {
        assertThat(policy.check("https://Feeds.Example.org/rss.xml?x=1")).isEqualTo(URI.create("https://feeds.example.org/rss.xml?x=1"));
    }

    @ParameterizedTest(name = "S1 {0}")
    @ValueSource(strings = {"http://127.0.0.1:8080/", "http://localhost/", "http://LOCALHOST./feed", "http://foo.localhost/",
            "http://[::1]/", "http://0.0.0.0/", "http://[::]/", "http://127.1/"})
    void s1_loopbackAndUnspecifiedAreRefused(String url) {
        assertThat(refusal(policy, url)).startsWith("refused:");
    }

    @ParameterizedTest(name = "S2 {0}")
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://metadata.google.internal/computeMetadata/v1/",
            "http://metadata.goog/", "http://[fd00:ec2::254]/", "http://[::ffff:169.254.169.254]/"})
    void s2_cloudMetadataIsRefused(String url) {
        assertThat(refusal(policy, url)).startsWith("refused:");
    }

    @ParameterizedTest(name = "S3 {0}")
    @ValueSource(strings = {"http://10.0.0.1/", "http://172.16.5.4/", "http://192.168.0.1/", "http://100.64.0.1/",
            "http://[fc00::1]/", "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/",
            "http://2130706433/", "http://0177.0.0.1/", "http://0x7f.1/", "http://0x7f000001/", "http://[ff02::1]/",
            "http://224.0.0.1/", "http://intranet/", "http://printer.lan/"})
    void s3_privateRangesAndOddSpellingsAreRefused(String url) {
        assertThat(refusal(policy, url)).startsWith("refused:");
    }

    @Test
    void s3_namesResolvingToPrivateAddressesAreRefused() {
        assertThat(refusal(policy, "http://internal.example.org/feed")).isEqualTo("refused: private network");
        assertThat(refusal(policy, "http://rebind.example.org/feed")).isEqualTo("refused: loopback");
    }

    @ParameterizedTest(name = "S6 {0}")
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.org/feed", "gopher://example.org:70/", "jar:file:/x.jar!/a",
            "data:text/xml,<rss/>", "javascript:alert(1)", "FILE:///etc/passwd", "//example.org/feed", "example.org/feed"})
    void s6_onlyHttpAndHttpsAreFetched(String url) {
        assertThat(refusal(policy, url)).startsWith("refused: only http and https");
    }

    @Test
    void unknownHostIsADnsProblemNotARefusal() {
        RefusedUrlException e = catchThrowableOfType(RefusedUrlException.class, () -> policy.check("http://nope.example.org/"));
        assertThat(e.reason()).isEqualTo(FailureReason.DNS);
    }

    @Test
    void s7_allowHostsExemptsExactlyTheListedHostsAndPorts() throws Exception {
        UrlPolicy p = new UrlPolicy(FetchSettings.defaults().withAllowHosts(Set.of("rss-bridge.local", "127.0.0.1:8080", "[::1]:9090")), DNS);
        assertThat(p.check("http://rss-bridge.local/feed")).hasHost("rss-bridge.local");
        assertThat(p.check("http://127.0.0.1:8080/feed")).hasPort(8080);
        assertThat(p.check("http://[::1]:9090/feed")).hasPort(9090);
        assertThat(refusal(p, "http://127.0.0.1:22/")).isEqualTo("refused: loopback");
        assertThat(refusal(p, "http://[::1]:22/")).isEqualTo("refused: loopback");
        assertThat(refusal(p, "http://169.254.169.254/")).startsWith("refused: link-local");
        assertThat(refusal(p, "http://internal.example.org/")).isEqualTo("refused: private network");
    }

    @Test
    void s7_allowPrivateNetworksTurnsTheAddressBlockOffButNotTheSchemeRule() throws Exception {
        UrlPolicy p = new UrlPolicy(FetchSettings.defaults().withAllowPrivateNetworks(true), DNS);
        assertThat(p.check("http://127.0.0.1/feed")).hasHost("127.0.0.1");
        assertThat(p.check("http://internal.example.org/feed")).hasHost("internal.example.org");
        assertThatThrownBy(() -> p.check("file:///etc/passwd")).isInstanceOf(RefusedUrlException.class);
    }

    @Test
    void s2_cloudMetadataStaysRefusedEvenWhenPrivateNetworksAreAllowed() throws Exception {
        UrlPolicy p = new UrlPolicy(FetchSettings.defaults().withAllowPrivateNetworks(true), DNS);
        assertThat(refusal(p, "http://169.254.169.254/latest/meta-data/")).startsWith("refused: link-local");
        assertThat(refusal(p, "http://[::ffff:169.254.169.254]/")).startsWith("refused: link-local");
        assertThat(refusal(p, "http://[fe80::1]/")).startsWith("refused: link-local");
        assertThat(refusal(p, "http://metadata.google.internal/")).isEqualTo("refused: cloud metadata host");
        // Only an explicit allowHosts entry reaches it.
        UrlPolicy listed = new UrlPolicy(FetchSettings.defaults().withAllowHosts(Set.of("169.254.169.254")), DNS);
        assertThat(listed.check("http://169.254.169.254/latest/meta-data/")).hasHost("169.254.169.254");
    }

    @Test
    void badAllowHostsEntriesAreRejectedWhenTheSettingsAreUsed() {
        assertThatThrownBy(() -> new UrlPolicy(FetchSettings.defaults().withAllowHosts(Set.of("127.0.0.1:notaport"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad port");
    }
}
