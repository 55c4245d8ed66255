package dev.newsdigest.bot.delivery;

import java.util.Optional;

/**
 * Whether this process may send now. One process alone always may ({@link #ALWAYS}). With several instances on one
 * database only the elected sender may, and it claims under a {@link Fence} the database checks, so a sender that
 * lost its election (a long pause, a partition) can neither claim nor start a send.
 */
public interface DeliveryGate {

    /** The fence to claim and send under, or empty while this process must not send. */
    Optional<Fence> fence();

    /** True while {@code fence} is still the current one: checked right before each request goes out. */
    default boolean holds(Fence fence) {
        return fence().filter(fence::equals).isPresent();
    }

    /** A single process: always the sender, no fence in the database. */
    DeliveryGate ALWAYS = () -> Optional.of(Fence.NONE);

    /**
     * The lease a claim is made under: the claim succeeds only while {@code holder} has the live lease {@code lease}
     * with {@code token}. {@link #NONE} claims unconditionally.
     */
    record Fence(String lease, String holder, long token) {
        public static final Fence NONE = new Fence(null, null, 0);

        public boolean unfenced() {
            return lease == null;
        }
    }
}
