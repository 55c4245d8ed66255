package dev.newsdigest.bot.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HostSlotsTest {
    private static final long NO_WAIT = 0;

    /** RELIABILITY L1: two slots per host, per host name (case-insensitive), others unaffected. */
    @Test
    void l1_twoSlotsPerHostNameAndOtherHostsAreIndependent() throws Exception {
        HostSlots slots = new HostSlots(2);
        HostSlots.Slot a1 = slots.acquire("a.example", NO_WAIT);
        HostSlots.Slot a2 = slots.acquire("A.example", NO_WAIT);
        assertThat(a1).isNotNull();
        assertThat(a2).isNotNull();
        assertThat(slots.acquire("a.example", TimeUnit.MILLISECONDS.toNanos(50))).isNull();
        HostSlots.Slot b = slots.acquire("b.example", NO_WAIT);
        assertThat(b).isNotNull();
        a1.close();
        a1.close();   // a second close must not hand out a third slot
        HostSlots.Slot a3 = slots.acquire("a.example", NO_WAIT);
        assertThat(a3).isNotNull();
        assertThat(slots.acquire("a.example", NO_WAIT)).isNull();
        a2.close();
        a3.close();
        b.close();
    }

    /** Months of article links to ever new hosts must not grow the registry: idle hosts are forgotten. */
    @Test
    void l1_idleHostsAreDropped() throws Exception {
        HostSlots slots = new HostSlots(2);
        for (int i = 0; i < 1000; i++) {
            try (HostSlots.Slot s = slots.acquire("host-" + i + ".example", NO_WAIT)) {
                assertThat(s).isNotNull();
            }
        }
        assertThat(slots.acquire("x.example", NO_WAIT)).isNotNull();
        assertThat(slots.acquire("x.example", NO_WAIT)).isNotNull();
        assertThat(slots.acquire("x.example", NO_WAIT)).isNull();   // a failed wait leaves nothing behind either
        assertThat(slots.activeHosts()).isEqualTo(1);
    }

    @Test
    void l1_anInterruptedWaitHoldsNothing() throws Exception {
        HostSlots slots = new HostSlots(1);
        HostSlots.Slot held = slots.acquire("a.example", NO_WAIT);
        Thread.currentThread().interrupt();
        try {
            slots.acquire("a.example", TimeUnit.SECONDS.toNanos(5));
        } catch (InterruptedException expected) {
            // the caller turns this into a failed fetch
        }
        held.close();
        assertThat(slots.activeHosts()).isZero();
    }
}
