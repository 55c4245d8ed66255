package dev.newsdigest.bot.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostLiteralsTest {

    @ParameterizedTest(name = "S3 {0} spells {1}")
    @CsvSource({
            "127.0.0.1,127.0.0.1", "2130706433,127.0.0.1", "0177.0.0.1,127.0.0.1", "0x7f.1,127.0.0.1",
            "0x7f000001,127.0.0.1", "127.1,127.0.0.1", "127.0.1,127.0.0.1", "0,0.0.0.0", "127.0.0.1.,127.0.0.1",
            "0x,0.0.0.0", "0xA9.0xFE.0xA9.0xFE,169.254.169.254", "2852039166,169.254.169.254", "012.0.0.1,10.0.0.1",
            "[::1],0:0:0:0:0:0:0:1", "::ffff:7f00:1,127.0.0.1"})
    void oddSpellingsOfAddresses(String host, String address) throws Exception {
        assertThat(HostLiterals.parse(host)).contains(InetAddress.getByName(address));
    }

    @ParameterizedTest(name = "{0} is a name")
    @ValueSource(strings = {"example.com", "deadbeef", "1.2.3.4.5", "256.1.1.1", "08.1.1.1", "1..1", "feeds.example.org",
            "0x100000000", "4294967296", "xn--80ak6aa92e.com"})
    void namesAreNotLiterals(String host) {
        assertThat(HostLiterals.parse(host)).isEmpty();
    }
}
