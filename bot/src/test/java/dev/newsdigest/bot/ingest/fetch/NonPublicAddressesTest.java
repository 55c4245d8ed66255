package dev.newsdigest.bot.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NonPublicAddressesTest {

    @ParameterizedTest(name = "S1-S3 {0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "127.0.0.1|loopback", "127.255.255.254|loopback", "::1|loopback",
            "0.0.0.0|unspecified address", "0.1.2.3|unspecified address", "::|unspecified address",
            "10.0.0.1|private network", "172.16.0.1|private network", "172.31.255.255|private network",
            "192.168.1.1|private network", "100.64.0.1|private network (carrier-grade NAT)",
            "100.127.255.255|private network (carrier-grade NAT)",
            "169.254.169.254|link-local (cloud metadata)", "fe80::1|link-local", "febf::1|link-local",
            "fc00::1|private network (unique local)", "fd12:3456::1|private network (unique local)",
            "224.0.0.1|multicast", "239.255.255.250|multicast", "ff02::1|multicast",
            "255.255.255.255|reserved address", "240.0.0.1|reserved address", "198.18.0.1|reserved address",
            "::ffff:127.0.0.1|loopback", "::ffff:10.0.0.1|private network", "::ffff:169.254.169.254|link-local (cloud metadata)",
            "::127.0.0.1|loopback", "::192.168.0.1|private network",
            "64:ff9b::7f00:1|loopback", "64:ff9b::a9fe:a9fe|link-local (cloud metadata)",
            "2002:7f00:1::1|loopback", "2002:c0a8:101::1|private network",
            "fec0::1|private network (site-local)"})
    void nonPublic(String address, String why) throws Exception {
        assertThat(NonPublicAddresses.classify(InetAddress.getByName(address))).contains(why);
    }

    @ParameterizedTest(name = "{0} is public")
    @ValueSource(strings = {"8.8.8.8", "93.184.215.14", "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1",
            "169.253.1.1", "192.169.0.1", "2606:4700:4700::1111", "2a00:1450:4001::200e", "::ffff:8.8.8.8", "2002:0808:0808::1"})
    void publicAddresses(String address) throws Exception {
        assertThat(NonPublicAddresses.classify(InetAddress.getByName(address))).isEmpty();
    }
}
